// Checklist rules of brief §2.1 (parties, formation) and §2.2 (duration, termination), and the
// governing law of §2.4. Wording of summaries follows the brief's catalogue.
import { defineRuleCode } from './rule-codes.ts';

export const partiesIdentification = defineRuleCode({
  rule: 'parties.identification', number: 1, level: 'required',
  title: { fr: 'Identification des parties', en: 'Identification of the parties' },
  summary: {
    fr: 'Identification incomplète de la partie : SIREN/IDE/BCE, forme juridique et siège sont requis.',
    en: 'Incomplete identification of the party: SIREN/UID/BCE, legal form and registered office are required.',
  },
  explanation: {
    fr: "Chaque partie doit être identifiable sans ambiguïté : dénomination, forme juridique, siège, pays, identifiant national valide pour ce pays et les mentions de son registre (SIREN/SIRET, ville du RCS et capital en France ; IDE et canton du registre du commerce en Suisse ; numéro d'entreprise BCE et « RPM » avec le siège et la division du tribunal de l'entreprise en Belgique) et numéro de TVA si elle y est assujettie. Le contrat doit comporter un prestataire et un client.",
    en: 'Each party must be unambiguously identified: name, legal form, registered office, country, the national identifier valid for that country and its register mentions (SIREN/SIRET, RCS city and share capital in France; UID and canton of the commercial register in Switzerland; BCE enterprise number and "RPM" with the seat and division of the enterprise court in Belgium) and the VAT number when VAT-registered. The contract must have one provider and one client.',
  },
  legalBasis: 'FR: C. com. R123-237 (mentions obligatoires); CH: CO 927, ORC art. 93; BE: CSA art. 2:20, CDE III.25',
  example: 'party client dupont {\n  name "Cabinet Dupont SELARL"\n}',
  fixed: 'party client dupont {\n  name "Cabinet Dupont SELARL"\n  legal_form "SELARL"\n  address "8 place Bellecour, 69002 Lyon"\n  country FR\n  siren "732829320"\n  rcs "Lyon"\n  vat "FR44732829320"\n}',
});

export const partiesSignatories = defineRuleCode({
  rule: 'parties.signatories', number: 2, level: 'required',
  title: { fr: 'Signataires', en: 'Signatories' },
  summary: { fr: 'Signataire non identifié : nom et qualité requis.', en: 'No signatory identified: name and capacity required.' },
  explanation: {
    fr: "Pour chaque partie, le nom et la qualité du signataire, et, s'il n'est pas représentant légal, la référence de sa délégation ou procuration : c'est la preuve de son pouvoir d'engager la société.",
    en: 'For each party, the signatory’s name and capacity and, if not a statutory representative, the reference of their delegation or power of attorney: it evidences their authority to bind the company.',
  },
  legalBasis: 'FR: C. civ. 1153–1156 (représentation)',
  example: 'party provider ns {\n  name "Network Service SARL"\n  signatory "Jean Martin"\n}',
  fixed: 'party provider ns {\n  name "Network Service SARL"\n  signatory "Jean Martin" { capacity "Gérant" }\n}',
});

export const contractDates = defineRuleCode({
  rule: 'contract.dates', number: 5, level: 'required',
  title: { fr: 'Dates du contrat', en: 'Contract dates' },
  summary: {
    fr: "Dates manquantes : la date de signature et la date de prise d'effet doivent être indiquées.",
    en: 'Missing dates: both signature date and effective date must be stated.',
  },
  explanation: {
    fr: "La date de formation (signature) et la date d'application (entrée en vigueur) doivent toutes deux figurer ; la date de début des prestations vaut par défaut l'entrée en vigueur.",
    en: 'The formation date (signature) and the date of application (entry into force) must both appear; the service start date defaults to the entry into force.',
  },
  example: 'term {\n  initial 36 months\n}',
  fixed: 'term {\n  signature 2026-12-15\n  effective 2027-01-01\n  initial 36 months\n}',
});

export const termDuration = defineRuleCode({
  rule: 'term.duration', number: 10, level: 'required',
  title: { fr: 'Durée du contrat', en: 'Contract term' },
  summary: { fr: 'Durée du contrat non précisée.', en: 'Contract term not specified.' },
  explanation: {
    fr: "Le contrat doit avoir une durée ferme (nombre et unité) ou être explicitement à durée indéterminée avec un préavis : les engagements perpétuels sont prohibés et la durée ferme lie les parties jusqu'à son terme.",
    en: 'The contract must have a fixed initial term (number and unit) or be explicitly indefinite with a notice period: perpetual commitments are prohibited and a fixed term binds the parties until it ends.',
  },
  legalBasis: 'FR: C. civ. 1210–1212',
  example: 'term {\n  effective 2027-01-01\n}',
  fixed: 'term {\n  effective 2027-01-01\n  initial 36 months\n}',
});

export const termRenewal = defineRuleCode({
  rule: 'term.renewal', number: 11, level: 'required',
  title: { fr: 'Renouvellement', en: 'Renewal' },
  summary: {
    fr: 'Tacite reconduction sans durée de renouvellement ni préavis de non-reconduction.',
    en: 'Tacit renewal without renewal period or non-renewal notice.',
  },
  explanation: {
    fr: "Quand un renouvellement est prévu, il faut son mode, la durée de chaque période (à défaut, en droit français, le contrat reconduit devient à durée indéterminée), le préavis pour l'empêcher et sa forme.",
    en: 'When renewal is foreseen, state its mode, the length of each period (otherwise, under French law, the renewed contract becomes indefinite), the notice to prevent it and its form.',
  },
  legalBasis: 'FR: C. civ. 1214–1215; BE: CDE VI.91/5',
  example: 'renewal tacit',
  fixed: 'renewal tacit { period 12 months; notice 3 months; form registered_letter }',
});

export const terminationConvenience = defineRuleCode({
  rule: 'termination.convenience', number: 12, level: 'recommended',
  title: { fr: 'Résiliation pour convenance', en: 'Termination for convenience' },
  summary: {
    fr: 'Modalités de résiliation (préavis, forme, conséquences financières) non définies.',
    en: 'Termination terms (notice, form, financial consequences) not defined.',
  },
  explanation: {
    fr: 'Qui peut résilier, avec quel préavis, sous quelle forme et avec quelles conséquences financières. En Suisse, un mandat peut être résilié en tout temps (CO 404, impératif) : la règle devient obligatoire.',
    en: 'Who may terminate, with what notice, in what form and with what financial consequences. In Switzerland a mandate can be terminated at any time (CO 404, mandatory): the rule becomes required.',
  },
  legalBasis: 'FR: C. civ. 1211, C. com. L442-1 II; CH: CO 404',
  example: 'termination convenience { notice 6 months }',
  fixed: 'termination convenience { by both; notice 6 months; form registered_letter; fees "Redevances dues jusqu’au terme du préavis" }',
});

export const terminationBreach = defineRuleCode({
  rule: 'termination.breach', number: 13, level: 'required',
  title: { fr: 'Résiliation pour manquement', en: 'Termination for breach' },
  summary: {
    fr: 'Résiliation pour manquement : obligations visées, mise en demeure et délai de régularisation requis.',
    en: 'Termination for breach: targeted obligations, formal notice and cure period required.',
  },
  explanation: {
    fr: 'La clause résolutoire doit désigner les manquements visés (ou un seuil de manquements au SLA), exiger une mise en demeure et laisser un délai pour y remédier.',
    en: 'The termination clause must name the breaches covered (or an SLA-breach threshold), require a formal notice and leave a cure period.',
  },
  legalBasis: 'FR: C. civ. 1224–1226',
  example: 'termination breach { cure 30 days }',
  fixed: 'termination breach { breaches "Défaut de paiement"; formal_notice; cure 30 days }',
});

export const lawApplicable = defineRuleCode({
  rule: 'law.applicable', number: 28, level: 'required',
  title: { fr: 'Loi applicable', en: 'Governing law' },
  summary: { fr: 'Loi applicable non désignée.', en: 'Governing law not designated.' },
  explanation: {
    fr: 'La loi applicable (FR, CH ou BE) choisit le profil juridique des règles : identifiants attendus, plafonds de délai de paiement, jours fériés, etc.',
    en: 'The governing law (FR, CH or BE) selects the jurisdiction profile of the rules: expected identifiers, payment-term caps, holidays, and so on.',
  },
  legalBasis: 'Règlement (CE) 593/2008 « Rome I », art. 3',
  example: 'contract "Infogérance" {\n  reference "NS-1"\n}',
  fixed: 'contract "Infogérance" {\n  reference "NS-1"\n  law FR\n}',
});
