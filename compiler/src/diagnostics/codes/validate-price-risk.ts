// Catalogue band IG4175–IG4179: validity of price, payment and risk facts that the clause library
// relies on to say something lawful (non-solicitation scope, a Swiss recovery fee, the first price
// revision's variation period, insurance amounts, liability for subcontractors). Emitted by
// model/checks/commercial/validate-price-risk.ts. Examples are contract-level snippets (a test wraps
// them in a contract, under `law FR` unless they state their own law).
import { defineCode, type DiagnosticCode } from '../catalogue.ts';
import type { Localized, MessageArgs, Severity } from '../types.ts';

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

export const nonSolicitationAllStaff = code<Record<string, never>>({
  code: 'IG4175', severity: 'warning', rule: 'non-solicitation',
  title: { fr: 'Non-sollicitation étendue à tout le personnel', en: 'Non-solicitation extended to all staff' },
  fr: () => 'La non-sollicitation protège tout le personnel, y compris les salariés qui n’ont jamais travaillé sur le contrat : elle risque d’être jugée disproportionnée à l’intérêt légitime protégé. Écrivez « protects contract_staff ».',
  en: () => 'The non-solicitation covers all staff, including employees who never worked on the contract: it may be held disproportionate to the legitimate interest protected. Write "protects contract_staff".',
  explanation: {
    fr: 'Une clause de non-sollicitation n’est licite que si elle est proportionnée aux intérêts légitimes qu’elle protège, au regard de l’objet du contrat : la limiter aux salariés ayant participé à son exécution, et à une durée bornée après sa fin, la met à l’abri.',
    en: 'A non-solicitation clause is lawful only if proportionate to the legitimate interests it protects, given the object of the contract: limiting it to the employees who worked on the contract, for a bounded time after its end, keeps it safe.',
  },
  legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261',
  example: 'non_solicitation { protects all_staff; parties both; duration 12 months after_end; indemnity 6 months_of_salary }',
  fixed: 'non_solicitation { protects contract_staff; parties both; duration 12 months after_end; indemnity 6 months_of_salary }',
});

export const recoveryFeeSwiss = code<{ amount: string }>({
  code: 'IG4176', severity: 'warning', rule: 'payment.terms',
  title: { fr: 'Indemnité forfaitaire de recouvrement en droit suisse', en: 'Flat recovery indemnity under Swiss law' },
  fr: (a) => `Indemnité de recouvrement de ${a.amount} dans un contrat de droit suisse : le droit suisse ne connaît pas l’indemnité forfaitaire française ou belge ; la clause n’est qu’une peine conventionnelle (CO 160 ss), que le juge peut réduire. Retirez « recovery_fee » ou assumez-la comme peine conventionnelle.`,
  en: (a) => `Recovery indemnity of ${a.amount} in a contract under Swiss law: Swiss law has no French or Belgian flat indemnity; the clause is merely a contractual penalty (CO 160 ff.), which a court may reduce. Remove "recovery_fee" or keep it as a contractual penalty.`,
  explanation: {
    fr: 'En droit suisse, le débiteur en demeure doit l’intérêt moratoire de 5 % l’an (CO 104) et, sur preuve, la réparation du dommage supplémentaire (CO 106) ; aucune indemnité forfaitaire n’est prévue par la loi. Le contrat l’imprime comme une peine conventionnelle.',
    en: 'Under Swiss law a debtor in default owes default interest of 5 % a year (CO 104) and, on proof, further damages (CO 106); no flat indemnity is provided by statute. The contract prints it as a contractual penalty.',
  },
  legalBasis: 'CH: CO 104, 106, 160–163',
  example: 'law CH\npayment { term 30 days from invoice; late_interest 5%; recovery_fee 40.00 CHF }',
  fixed: 'law CH\npayment { term 30 days from invoice; late_interest 5% }',
});

export const revisionFirstVariation = code<{ month: string; effective: string; months: number }>({
  code: 'IG4177', severity: 'warning', rule: 'price.revision',
  title: { fr: 'Mois de base trop ancien pour la première révision', en: 'Base month too old for the first revision' },
  fr: (a) => `Le mois de base de l’indice (${a.month}) précède de ${a.months} mois l’entrée en vigueur (${a.effective}) : la première révision prendrait en compte une variation de l’indice plus longue que l’intervalle entre deux révisions, ce que la loi répute non écrit. Prenez le dernier indice publié à la signature (« base_month »).`,
  en: (a) => `The index base month (${a.month}) is ${a.months} months before the effective date (${a.effective}): the first revision would take into account an index variation longer than the interval between revisions, which the law deems unwritten. Use the last index published at signature ("base_month").`,
  explanation: {
    fr: 'Est réputée non écrite la clause qui prend en compte une période de variation de l’indice supérieure à la durée s’écoulant entre deux révisions. Un indice est publié un à trois mois après le mois qu’il mesure : lorsque S1 est la dernière valeur publiée à la date de révision, un mois de base antérieur de plus de trois mois à l’entrée en vigueur allonge la période de variation de la première révision (S1 du même mois calendaire que S0 n’est pas concerné).',
    en: 'A clause taking into account an index variation period longer than the time between two revisions is deemed unwritten. An index is published one to three months after the month it measures: when S1 is the latest value published on the revision date, a base month more than three months before the effective date lengthens the variation period of the first revision (an S1 of the same calendar month as S0 is not affected).',
  },
  legalBasis: 'C. mon. fin. L112-1 al. 2',
  example: 'term { effective 2027-01-01 }\nrevision syntec { base_month 2026-03; every 12 months }',
  fixed: 'term { effective 2027-01-01 }\nrevision syntec { base_month 2026-10; every 12 months }',
});

export const insuranceYearBelowClaim = code<{ year: string; claim: string }>({
  code: 'IG4178', severity: 'warning', rule: 'insurance',
  title: { fr: 'Garantie annuelle inférieure à la garantie par sinistre', en: 'Yearly cover below the per-claim cover' },
  fr: (a) => `La garantie par année d’assurance (${a.year}) est inférieure à la garantie par sinistre (${a.claim}) : un seul sinistre épuiserait la garantie de l’année. Vérifiez les montants de « cover ».`,
  en: (a) => `The cover per insurance year (${a.year}) is below the cover per claim (${a.claim}): a single claim would exhaust the year’s cover. Check the "cover" amounts.`,
  explanation: {
    fr: 'Le plafond annuel d’une assurance de responsabilité civile professionnelle est au moins égal au plafond par sinistre ; l’inverse révèle une inversion des montants.',
    en: 'The yearly limit of a professional liability policy is at least the per-claim limit; the reverse shows the amounts were swapped.',
  },
  example: 'insurance { cover 3000000.00 EUR per claim; cover 1500000.00 EUR per year }',
  fixed: 'insurance { cover 1500000.00 EUR per claim; cover 3000000.00 EUR per year }',
});

export const subcontractorLiabilityExcluded = code<Record<string, never>>({
  code: 'IG4179', severity: 'warning', rule: 'subcontracting',
  title: { fr: 'Prestataire non responsable de ses sous-traitants', en: 'Provider not liable for its subcontractors' },
  fr: () => 'Le prestataire ne répondrait de ses sous-traitants que du choix et des instructions qu’il leur donne : pour les données personnelles, le sous-traitant initial demeure pleinement responsable (RGPD art. 28(4)), et le client perd son recours pour le reste. Écrivez « provider_liable yes ».',
  en: () => 'The provider would answer for its subcontractors only for choosing and instructing them: for personal data the initial processor remains fully liable (GDPR art. 28(4)), and the client loses its recourse for the rest. Write "provider_liable yes".',
  explanation: {
    fr: 'Le débiteur répond des personnes qu’il charge d’exécuter ses obligations (C. civ. 1231-1 ; CO 101). En droit suisse, un mandataire autorisé à se substituer un tiers ne répond que du soin avec lequel il l’a choisi et instruit (CO 399 al. 2), sauf convention contraire : le contrat doit donc le dire.',
    en: 'A debtor answers for the persons it engages to perform its obligations (C. civ. 1231-1; CO 101). Under Swiss law, a mandatary authorised to use a substitute answers only for the care with which it chose and instructed it (CO 399(2)) unless agreed otherwise: the contract must therefore say so.',
  },
  legalBasis: 'RGPD art. 28(4); FR: C. civ. 1231-1; CH: CO 101, 399 al. 2',
  example: 'subcontracting allowed { consent prior_written; provider_liable no }',
  fixed: 'subcontracting allowed { consent prior_written; provider_liable yes }',
});
