// Checklist rules of the contract's formation beyond the brief's §2 list (IG3085–IG3089): the
// documents a contract ranks exist, the recitals record the pre-contractual information, and the
// contract says how it is signed. Emitted by model/checks/formation.ts.
import { defineRuleCode } from './rule-codes.ts';

export const documentsDeclared = defineRuleCode({
  rule: 'contract.documents.declared', number: 85, level: 'required',
  title: { fr: 'Documents classés existants', en: 'Ranked documents exist' },
  summary: {
    fr: 'Un document classé dans l’ordre de priorité n’est ni produit par le contrat ni identifié (titre, version, date, joint ou remis).',
    en: 'A document ranked in the order of precedence is neither produced by the contract nor identified (title, version, date, attached or delivered).',
  },
  explanation: {
    fr: "Un contrat ne peut faire prévaloir un document qui n'existe pas. Les annexes que le contrat produit lui-même (niveaux de service, inventaire, conditions financières, données personnelles, réversibilité) sont classées dès que leurs faits sont déclarés ; tout autre document (conditions générales, annexe de sécurité) doit être déclaré avec `document <nature> \"titre\" { version …; date …; attached yes }`. Des conditions générales ne lient le client que s'il en a eu connaissance et les a acceptées : elles sont jointes au contrat ou lui ont été remises avant la signature (`gtc_received yes`). En Belgique, une clause constatant de manière irréfragable que le client connaît des conditions qu'il n'a pu lire est interdite ; en Suisse, les clauses insolites de conditions générales non signalées ne sont pas acceptées.",
    en: 'A contract cannot give precedence to a document that does not exist. Annexes the contract produces itself (service levels, inventory, price schedule, personal data, reversibility) are ranked as soon as their facts are stated; any other document (general terms, security annex) must be declared with `document <kind> "title" { version …; date …; attached yes }`. General terms bind the client only if it knew and accepted them: they are attached to the contract or were given to it before signing (`gtc_received yes`). In Belgium a clause irrefutably stating that the client knows terms it could not read is prohibited; in Switzerland unusual clauses of general terms not pointed out are not accepted.',
  },
  legalBasis: 'FR: C. civ. 1119; CH: règle de l’insolite (ATF 135 III 1); BE: CDE VI.91/4',
  example: 'documents { precedence amendments, particular_conditions, general_conditions }',
  fixed: 'documents {\n  precedence amendments, particular_conditions, general_conditions\n  document general_conditions "Conditions générales de services" "General terms of service" { version "2026.1"; date 2026-09-01; attached yes }\n}',
});

export const contractRecitals = defineRuleCode({
  rule: 'contract.recitals', number: 86, level: 'recommended',
  title: { fr: 'Préambule', en: 'Recitals' },
  summary: {
    fr: 'Le préambule ne dit pas quelle information précontractuelle le prestataire a remise, ni quelle compétence informatique a le client.',
    en: 'The recitals do not say what pre-contractual information the provider gave, nor what IT expertise the client has.',
  },
  explanation: {
    fr: "Le prestataire doit communiquer avant la signature les informations déterminantes du consentement du client, et son devoir de conseil se mesure à la compétence du client. Le préambule en garde la preuve : le document remis (proposition, étude préalable) et la compétence informatique interne du client (aucune, limitée, service informatique).",
    en: 'The provider must disclose before signing the information decisive for the client’s consent, and its duty to advise is measured against the client’s expertise. The recitals keep the evidence: the document given (proposal, preliminary study) and the client’s in-house IT expertise (none, limited, IT department).',
  },
  legalBasis: 'FR: C. civ. 1112-1; CH: CC 2 al. 1 (culpa in contrahendo); BE: C. civ. 5.16',
  example: 'recitals { client_expertise none }',
  fixed: 'recitals {\n  client_expertise none\n  provider_information "sa proposition n° 118 du 25 novembre 2026" "its proposal No 118 of 25 November 2026"\n}',
});

export const contractSigning = defineRuleCode({
  rule: 'contract.signing', number: 87, level: 'recommended',
  title: { fr: 'Mode de signature', en: 'How the contract is signed' },
  summary: {
    fr: 'Le mode de signature n’est pas précisé : exemplaires originaux sur papier (et leur nombre) ou signature électronique (et son niveau).',
    en: 'How the contract is signed is not stated: paper originals (and how many) or electronic signature (and its level).',
  },
  explanation: {
    fr: "La page des signatures ne mêle pas deux formules : sur papier, elle indique le lieu, la date et le nombre d’exemplaires originaux (un par partie ayant un intérêt distinct), chaque page étant paraphée ; par signature électronique, la date et le lieu sont ceux des certificats, et l'article « Signature électronique » cite le droit applicable : le règlement eIDAS en France et en Belgique, la loi fédérale sur la signature électronique (SCSE) et l'article 14 alinéa 2bis CO en Suisse.",
    en: 'The signature page never mixes two formulas: on paper it gives the place, the date and the number of originals (one per party with a distinct interest), each page being initialled; by electronic signature the date and place are those of the certificates, and the "Electronic signature" clause cites the applicable law: the eIDAS Regulation in France and Belgium, the Federal Act on Electronic Signatures (ESigA) and article 14 paragraph 2bis CO in Switzerland.',
  },
  legalBasis: 'FR: C. civ. 1366–1367, 1375; UE: règlement (UE) n° 910/2014 modifié par le règlement (UE) 2024/1183; CH: CO 14 al. 2bis, SCSE (RS 943.03)',
  example: 'term { signature 2026-12-15; effective 2027-01-01; initial 12 months }',
  fixed: 'term {\n  signature 2026-12-15; effective 2027-01-01; initial 12 months\n  signing paper { originals 2 }\n}',
});
