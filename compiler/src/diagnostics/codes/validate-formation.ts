// Catalogue band IG4170–IG4174: consistency of the contract's documents, term and signature, emitted by
// model/checks/formation.ts. Examples are contract-level snippets (a test wraps them in a contract,
// under `law FR` unless they state their own law).
import { defineCode, type DiagnosticCode } from '../catalogue.ts';
import type { Localized, MessageArgs, Severity } from '../types.ts';
import { dur } from './validate-commercial.ts';

interface Spec<A extends MessageArgs> {
  readonly code: string;
  readonly severity: Severity;
  readonly rule: string;
  readonly title: Localized;
  readonly fr: (a: A) => string;
  readonly en: (a: A) => string;
  readonly explanation: Localized;
  readonly legalBasis?: string;
  readonly example: string;
  readonly fixed: string;
}

function code<A extends MessageArgs>(s: Spec<A>): DiagnosticCode<A> {
  return defineCode<A>({
    code: s.code, severity: s.severity, rule: s.rule, title: s.title, message: { fr: s.fr, en: s.en },
    doc: { explanation: s.explanation, ...(s.legalBasis === undefined ? {} : { legalBasis: s.legalBasis }), example: s.example, fixed: s.fixed },
  });
}

export const amendmentsRankedLow = code<{ position: number }>({
  code: 'IG4170', severity: 'warning', rule: 'contract.documents',
  title: { fr: 'Avenants classés après d’autres documents', en: 'Amendments ranked below other documents' },
  fr: (a) => `Les avenants sont classés en position ${a.position} : ils céderaient devant les documents qu’ils modifient, ce qui contredit la règle selon laquelle un avenant prévaut pour les points qu’il modifie. Placez « amendments » en tête de « precedence ».`,
  en: (a) => `Amendments are ranked in position ${a.position}: they would give way to the documents they change, which contradicts the rule that an amendment prevails on the points it changes. Put "amendments" first in "precedence".`,
  explanation: {
    fr: 'Un avenant modifie les documents signés avant lui : il doit prévaloir sur eux pour les points qu’il modifie. Le classer après les conditions particulières ou les annexes le priverait d’effet et contredirait la phrase « un avenant prévaut sur les documents antérieurs ».',
    en: 'An amendment changes the documents signed before it: it must prevail over them on the points it changes. Ranking it after the special conditions or the annexes would deprive it of effect and contradict the sentence "an amendment prevails over earlier documents".',
  },
  legalBasis: 'FR: C. civ. 1193; CH: CO 12; BE: C. civ. 5.69',
  example: 'documents { precedence particular_conditions, amendments; later_amendments_prevail yes }',
  fixed: 'documents { precedence amendments, particular_conditions; later_amendments_prevail yes }',
});

export const convenienceOpenToProvider = code<{ by: string }>({
  code: 'IG4171', severity: 'warning', rule: 'termination.convenience',
  title: { fr: 'Résiliation pour convenance ouverte au prestataire', en: 'Termination for convenience open to the provider' },
  fr: (a) => `La résiliation pour convenance est ouverte ${a.by === 'both' ? 'aux deux parties' : 'au prestataire'} : le prestataire pourrait quitter le contrat pendant sa durée initiale, sur simple préavis, et le client perdrait la continuité de son système d’information. Réservez-la au client (« by client ») si ce n’est pas un choix négocié.`,
  en: (a) => `Termination for convenience is open to ${a.by === 'both' ? 'both parties' : 'the provider'}: the provider could leave the contract during its initial term on mere notice, and the client would lose the continuity of its information system. Reserve it to the client ("by client") unless it is a negotiated choice.`,
  explanation: {
    fr: 'Dans un contrat d’infogérance, le client dépend du prestataire pour l’exploitation de son système d’information : une sortie du prestataire en cours de durée initiale est son risque principal. La résiliation pour convenance est donc réservée au client, sauf choix exprès ; elle l’est alors par « by both », que cet avertissement signale. En droit suisse, pour un mandat, chacune des parties peut résilier en tout temps (CO 404) : l’avertissement ne s’applique pas.',
    en: 'In a managed-services contract the client depends on the provider to run its information system: the provider leaving during the initial term is its main risk. Termination for convenience is therefore reserved to the client unless expressly chosen otherwise, which "by both" does and this warning points out. Under Swiss law, for a mandate, either party may terminate at any time (CO 404): the warning does not apply.',
  },
  legalBasis: 'FR: C. civ. 1210–1212; BE: C. civ. 5.70; CH: CO 404 (mandat)',
  example: 'term { initial 36 months; termination convenience { by both; notice 6 months } }',
  fixed: 'term { initial 36 months; termination convenience { by client; notice 6 months } }',
});

export const swissSignatureNotQualified = code<Record<string, never>>({
  code: 'IG4172', severity: 'warning', rule: 'contract.signing',
  title: { fr: 'Droit suisse : signature électronique non qualifiée', en: 'Swiss law: electronic signature not qualified' },
  fr: () => 'En droit suisse, seule une signature électronique qualifiée au sens de la SCSE est assimilée à la signature manuscrite (CO 14 al. 2bis) ; une signature avancée ne vaut que comme preuve libre. Écrivez « level qualified ».',
  en: () => 'Under Swiss law only a qualified electronic signature within the meaning of the ESigA is equivalent to a handwritten signature (CO 14 para. 2bis); an advanced signature is mere free evidence. Write "level qualified".',
  explanation: {
    fr: 'Le règlement eIDAS ne s’applique pas en Suisse. La loi fédérale sur la signature électronique (SCSE, RS 943.03) et l’article 14 alinéa 2bis du Code des obligations n’assimilent à la signature manuscrite que la signature électronique qualifiée, avec horodatage qualifié. Le contrat n’est soumis à aucune forme (CO 11), mais la preuve de la signature est alors plus fragile.',
    en: 'The eIDAS Regulation does not apply in Switzerland. The Federal Act on Electronic Signatures (ESigA, SR 943.03) and article 14 paragraph 2bis of the Code of Obligations equate only a qualified electronic signature, with a qualified time stamp, to a handwritten one. The contract needs no form (CO 11), but proof of the signature is then weaker.',
  },
  legalBasis: 'CH: CO 11, 14 al. 2bis; SCSE (RS 943.03)',
  example: 'law CH\nterm { signing electronic { level advanced } }',
  fixed: 'law CH\nterm { signing electronic { level qualified } }',
});

export const convenienceNoticeTooLong = code<{ notice: string; initial: string }>({
  code: 'IG4173', severity: 'error', rule: 'termination.convenience',
  title: { fr: 'Préavis de résiliation plus long que la durée initiale', en: 'Termination notice longer than the initial term' },
  fr: (a) => `Le préavis de résiliation pour convenance (${dur(a.notice, 'fr')}) n’est pas plus court que la durée initiale (${dur(a.initial, 'fr')}) : la faculté de résilier avant le terme ne pourrait jamais s’exercer. Réduisez « notice ».`,
  en: (a) => `The notice for termination for convenience (${dur(a.notice, 'en')}) is not shorter than the initial term (${dur(a.initial, 'en')}): the right to end the contract before its term could never be exercised. Shorten "notice".`,
  explanation: {
    fr: 'Une résiliation anticipée suppose un préavis qui expire avant le terme de la durée initiale ; un préavis égal ou plus long rend la clause sans objet et trompe le client sur sa faculté de sortie.',
    en: 'Early termination requires a notice that expires before the end of the initial term; an equal or longer notice makes the clause pointless and misleads the client about its exit right.',
  },
  example: 'term { initial 6 months; termination convenience { by client; notice 6 months } }',
  fixed: 'term { initial 6 months; termination convenience { by client; notice 2 months } }',
});
