// Catalogue band IG4050–IG4099: validity of the commercial facts (domain brief §3.2 dates and durations,
// §3.3 money and price revision, §3.5 sanity ranges), emitted by model/checks/commercial/validate.ts.
// Figures come from the versioned profile table model/checks/profiles/commercial.ts and reach the
// messages as arguments. Examples are contract-level snippets (a test wraps them in a contract, under
// `law FR` unless they state their own law).
import { defineCode, type DiagnosticCode } from '../catalogue.ts';
import { humanDuration } from '../durations.ts';
import { forLaw } from '../law-hints.ts';
import type { Locale, Localized, MessageArgs, Severity } from '../types.ts';

/** Renders a duration argument written `"<amount> <unit>"` in the message's language. */
export function dur(text: string, l: Locale): string {
  return humanDuration(text, l);
}

const q = (s: string, l: Locale): string => (l === 'fr' ? `« ${s} »` : `"${s}"`);

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

// ---- Money (§3.3) -------------------------------------------------------------------------------

export const amountNotPositive = code<{ keyword: string; amount: string; law?: string }>({
  code: 'IG4050', severity: 'error', rule: 'money.amount',
  title: { fr: 'Montant nul ou négatif', en: 'Zero or negative amount' },
  fr: (a) => `Le montant ${a.amount} de ${q(a.keyword, 'fr')} doit être strictement positif ; indiquez le montant réel (ex. ${forLaw('1450.00 EUR', a.law)}) ou retirez l’instruction.`,
  en: (a) => `The amount ${a.amount} of ${q(a.keyword, 'en')} must be greater than zero; state the real amount (e.g. ${forLaw('1450.00 EUR', a.law)}) or remove the statement.`,
  explanation: { fr: 'Un prix, un tarif, un plafond ou une indemnité à zéro n’a pas de sens contractuel : s’il n’est rien dû, dites-le par le fait approprié (`travel included`, `hotline_overage unlimited`).', en: 'A zero price, rate, cap or indemnity has no contractual meaning: if nothing is due, say so with the proper fact (`travel included`, `hotline_overage unlimited`).' },
  example: 'price { fee 0.00 EUR per month excl_vat }',
  fixed: 'price { fee 1450.00 EUR per month excl_vat }',
});

export const amountPrecision = code<{ keyword: string; amount: string; law?: string }>({
  code: 'IG4051', severity: 'error', rule: 'money.amount',
  title: { fr: 'Montant à plus de deux décimales', en: 'Amount with more than two decimals' },
  fr: (a) => `Le montant ${a.amount} de ${q(a.keyword, 'fr')} a plus de deux décimales : un montant s’écrit au centime près (ex. ${forLaw('1450.00 EUR', a.law)}).`,
  en: (a) => `The amount ${a.amount} of ${q(a.keyword, 'en')} has more than two decimals: write amounts to the cent (e.g. ${forLaw('1450.00 EUR', a.law)}).`,
  explanation: { fr: 'Les montants en euros et en francs suisses se comptent en centimes ; une troisième décimale rendrait la facture ambiguë.', en: 'Euro and Swiss franc amounts are counted in cents; a third decimal would make the invoice ambiguous.' },
  example: 'price { fee 1450.125 EUR per month excl_vat }',
  fixed: 'price { fee 1450.13 EUR per month excl_vat }',
});

export const currencyNotAllowed = code<{ keyword: string; currency: string }>({
  code: 'IG4052', severity: 'error', rule: 'money.currency',
  title: { fr: 'Devise non admise', en: 'Currency not allowed' },
  fr: (a) => `La devise ${a.currency} de ${q(a.keyword, 'fr')} n’est pas admise : utilisez EUR ou CHF.`,
  en: (a) => `Currency ${a.currency} of ${q(a.keyword, 'en')} is not allowed: use EUR or CHF.`,
  explanation: { fr: 'Les contrats couverts (France, Suisse, Belgique) se facturent en euros ou en francs suisses.', en: 'The contracts covered (France, Switzerland, Belgium) are invoiced in euros or Swiss francs.' },
  example: 'price { fee 1450.00 USD per month excl_vat }',
  fixed: 'price { fee 1450.00 EUR per month excl_vat }',
});

export const currencyUnusual = code<{ currency: string; law: string; expected: string }>({
  code: 'IG4053', severity: 'warning', rule: 'money.currency',
  title: { fr: 'Devise inhabituelle pour la loi applicable', en: 'Unusual currency for the governing law' },
  fr: (a) => `Montant en ${a.currency} dans un contrat de droit ${a.law} : c’est permis, mais vérifiez le choix (devise attendue : ${a.expected}) et le risque de change.`,
  en: (a) => `Amount in ${a.currency} in a contract under ${a.law} law: allowed, but check the choice (expected currency: ${a.expected}) and the exchange risk.`,
  explanation: { fr: 'Des francs suisses sous droit français ou belge, ou des euros dans un contrat purement suisse, sont licites mais inhabituels : le risque de change pèse sur une partie.', en: 'Swiss francs under French or Belgian law, or euros in a purely Swiss contract, are lawful but unusual: one party bears the exchange risk.' },
  example: 'price { fee 1450.00 CHF per month excl_vat }',
  fixed: 'price { fee 1450.00 EUR per month excl_vat }',
});

export const vatRateMismatch = code<{ rate: string; expected: string; law: string }>({
  code: 'IG4054', severity: 'error', rule: 'money.vat',
  title: { fr: 'Taux de TVA différent du profil', en: 'VAT rate differs from the profile' },
  fr: (a) => `Taux de TVA ${a.rate} % : le taux normal en droit ${a.law} est ${a.expected} %. Corrigez le taux, ou indiquez « vat reverse_charge » (autoliquidation) ou « vat exempt "mention" ».`,
  en: (a) => `VAT rate ${a.rate} %: the standard rate under ${a.law} law is ${a.expected} %. Fix the rate, or state "vat reverse_charge" or "vat exempt "wording"".`,
  explanation: { fr: 'Les prestations informatiques relèvent du taux normal (France 20 %, Suisse 8,1 %, Belgique 21 % ; table versionnée, à revérifier à chaque version). Une prestation B2B transfrontalière est autoliquidée par le preneur ; une exonération doit être mentionnée.', en: 'IT services bear the standard rate (France 20 %, Switzerland 8.1 %, Belgium 21 %; versioned table, re-check at each release). A cross-border B2B service is reverse-charged; an exemption must be stated.' },
  legalBasis: 'FR: CGI 278; CH: LTVA 25; BE: Code TVA 37',
  example: 'price { fee 1450.00 EUR per month excl_vat; vat 19.6% }',
  fixed: 'price { fee 1450.00 EUR per month excl_vat; vat 20% }',
});

// ---- Payment (§3.3) -----------------------------------------------------------------------------

export const paymentTermOverCap = code<{ days: number; cap: number; start: string; law: string }>({
  code: 'IG4055', severity: 'error', rule: 'payment.terms',
  title: { fr: 'Délai de paiement au-delà du plafond légal', en: 'Payment term above the statutory cap' },
  fr: (a) => `Délai de paiement de ${a.days} jours (${a.start}) : le plafond en droit ${a.law} est de ${a.cap} jours. Ramenez « term » à ${a.cap} jours au plus.`,
  en: (a) => `Payment term of ${a.days} days (${a.start}): the cap under ${a.law} law is ${a.cap} days. Bring "term" down to ${a.cap} days at most.`,
  explanation: { fr: 'France : 60 jours à compter de la facture, ou 45 jours fin de mois ; 45 jours pour les factures récapitulatives périodiques. Belgique : 60 jours au plus depuis le 1er février 2022. Un délai plus long est nul et expose à une amende administrative (France).', en: 'France: 60 days from the invoice date, or 45 days end of month; 45 days for periodic summary invoices. Belgium: 60 days at most since 1 February 2022. A longer term is void and incurs an administrative fine (France).' },
  legalBasis: 'FR: C. com. L441-10 I, L441-16; BE: loi du 2 août 2002, art. 4',
  example: 'payment { term 90 days from invoice }',
  fixed: 'payment { term 60 days from invoice }',
});

export const paymentTermLong = code<{ days: number; threshold: number }>({
  code: 'IG4056', severity: 'warning', rule: 'payment.terms',
  title: { fr: 'Délai de paiement long', en: 'Long payment term' },
  fr: (a) => `Délai de paiement de ${a.days} jours : au-delà de ${a.threshold} jours, le prestataire finance son client. Vérifiez ce choix ou raccourcissez « term ».`,
  en: (a) => `Payment term of ${a.days} days: beyond ${a.threshold} days the provider is financing its client. Check this choice or shorten "term".`,
  explanation: { fr: 'Le droit suisse ne plafonne pas le délai de paiement ; au-delà de 60 jours, le délai est inhabituel et pèse sur la trésorerie du prestataire.', en: 'Swiss law sets no cap on payment terms; beyond 60 days the term is unusual and weighs on the provider’s cash flow.' },
  legalBasis: 'CH: CO 75, 102, 104',
  example: 'law CH\npayment { term 90 days from invoice }',
  fixed: 'law CH\npayment { term 30 days from invoice }',
});

export const lateInterestTooLow = code<{ stated: string; minimum: string }>({
  code: 'IG4057', severity: 'error', rule: 'payment.terms',
  title: { fr: 'Pénalités de retard trop basses', en: 'Late-payment interest too low' },
  fr: (a) => `Taux de pénalités de retard ${a.stated} : en droit français il ne peut être inférieur à trois fois le taux d’intérêt légal (${a.minimum}). Écrivez « late_interest 3 x legal_rate » ou un taux supérieur.`,
  en: (a) => `Late-payment interest ${a.stated}: under French law it may not be below three times the legal interest rate (${a.minimum}). Write "late_interest 3 x legal_rate" or a higher rate.`,
  explanation: { fr: 'Le taux des pénalités de retard entre professionnels ne peut être inférieur à trois fois le taux d’intérêt légal ; à défaut de stipulation, c’est le taux BCE majoré de 10 points. Taux légal de la table versionnée, à revérifier chaque semestre.', en: 'Late-payment interest between businesses may not be below three times the legal interest rate; if silent, the ECB rate plus 10 points applies. Legal rate from the versioned table, re-check each half-year.' },
  legalBasis: 'FR: C. com. L441-10 II',
  example: 'payment { late_interest 2 x legal_rate }',
  fixed: 'payment { late_interest 3 x legal_rate }',
});

export const recoveryFeeWrong = code<{ amount: string; expected: string; law: string; minimum: string }>({
  code: 'IG4058', severity: 'error', rule: 'payment.terms',
  title: { fr: 'Indemnité forfaitaire de recouvrement erronée', en: 'Wrong flat recovery indemnity' },
  fr: (a) => `Indemnité de recouvrement ${a.amount} : en droit ${a.law} elle est ${a.minimum === 'yes' ? 'd’au moins' : 'de'} ${a.expected}. Écrivez « recovery_fee ${a.expected} ».`,
  en: (a) => `Recovery indemnity ${a.amount}: under ${a.law} law it is ${a.minimum === 'yes' ? 'at least ' : ''}${a.expected}. Write "recovery_fee ${a.expected}".`,
  explanation: { fr: 'En France, l’indemnité forfaitaire pour frais de recouvrement due par le débiteur en retard est fixée à 40 € ; en Belgique, elle est d’au moins 40 €.', en: 'In France the flat recovery-cost indemnity owed by a late payer is set at 40 €; in Belgium it is at least 40 €.' },
  legalBasis: 'FR: C. com. L441-10 II, D441-5; BE: loi du 2 août 2002, art. 6',
  example: 'payment { recovery_fee 15.00 EUR }',
  fixed: 'payment { recovery_fee 40.00 EUR }',
});

// ---- Price revision (§3.3) ----------------------------------------------------------------------

const WORKED = {
  fr: ' Exemple : P0 = 1 000 € HT, S0 = 280,6, S1 = 290,0 → formule pure P1 = 1 033,50 € ; avec 15 % de part fixe (0,15 + 0,85 × S1/S0) → 1 028,47 €.',
  en: ' Example: P0 = 1,000 € excl. VAT, S0 = 280.6, S1 = 290.0 → pure formula P1 = 1,033.50 €; with a 15 % fixed part (0.15 + 0.85 × S1/S0) → 1,028.47 €.',
};

export const revisionIndexUnknown = code<{ name: string; law?: string }>({
  code: 'IG4059', severity: 'warning', rule: 'price.revision',
  title: { fr: 'Indice de révision hors liste', en: 'Revision index not in the known list' },
  fr: (a) => `Indice ${a.name ? q(a.name, 'fr') : 'non nommé'} hors de la liste connue : vérifiez qu’il est en relation directe avec l’objet du contrat ou l’activité d’une partie, sinon la clause est nulle. ${forLaw('L’indice Syntec révisé est recommandé (« revision syntec »)', a.law)}.`,
  en: (a) => `Index ${a.name ? q(a.name, 'en') : '(unnamed)'} is not in the known list: check that it is directly related to the object of the contract or a party’s activity, otherwise the clause is void. ${forLaw('The revised Syntec index is recommended ("revision syntec")', a.law)}.`,
  explanation: { fr: `Une indexation sur un indice sans relation directe avec l’objet du contrat ou l’activité d’une partie est interdite. Pour les prestations informatiques, l’indice Syntec révisé est l’usage.${WORKED.fr}`, en: `Indexing on an index unrelated to the object of the contract or a party’s activity is prohibited. For IT services the revised Syntec index is customary.${WORKED.en}` },
  legalBasis: 'C. mon. fin. L112-2',
  example: 'revision other { index_name "Indice du prix de l’or" }',
  fixed: 'revision syntec { base_month 2026-10 }',
});

export const revisionFixedPart = code<{ part: string }>({
  code: 'IG4060', severity: 'error', rule: 'price.revision',
  title: { fr: 'Part fixe de révision invalide', en: 'Invalid fixed part of the revision' },
  fr: (a) => `Part fixe ${a.part} % : elle doit être comprise entre 0 % et moins de 100 % (sinon le prix n’est plus indexé). Ramenez « fixed_part » sous 100 %.`,
  en: (a) => `Fixed part ${a.part} %: it must be from 0 % to less than 100 % (otherwise the price is no longer indexed). Bring "fixed_part" below 100 %.`,
  explanation: { fr: `Dans P1 = P0 × (a + b × S1/S0), a est la part fixe et b = 1 − a la part indexée : a ∈ [0, 1).${WORKED.fr}`, en: `In P1 = P0 × (a + b × S1/S0), a is the fixed part and b = 1 − a the indexed part: a ∈ [0, 1).${WORKED.en}` },
  legalBasis: 'C. mon. fin. L112-1',
  example: 'revision syntec { fixed_part 100% }',
  fixed: 'revision syntec { fixed_part 15% }',
});

export const revisionVariationTooLong = code<{ variation: string; every: string }>({
  code: 'IG4061', severity: 'error', rule: 'price.revision',
  title: { fr: 'Période de variation plus longue que la périodicité', en: 'Variation period longer than the revision interval' },
  fr: (a) => `La période de variation de l’indice (${dur(a.variation, 'fr')}) dépasse l’intervalle entre deux révisions (${dur(a.every, 'fr')}) : la clause serait réputée non écrite. Alignez « variation » sur « every ».`,
  en: (a) => `The index variation period (${dur(a.variation, 'en')}) exceeds the interval between revisions (${dur(a.every, 'en')}): the clause would be deemed unwritten. Align "variation" with "every".`,
  explanation: { fr: `Est réputée non écrite la clause qui prend en compte une période de variation de l’indice supérieure à la durée entre deux révisions.${WORKED.fr}`, en: `A clause using an index variation period longer than the time between two revisions is deemed unwritten.${WORKED.en}` },
  legalBasis: 'C. mon. fin. L112-1 al. 2',
  example: 'revision syntec { every 12 months; variation 24 months }',
  fixed: 'revision syntec { every 12 months; variation 12 months }',
});

export const revisionOneWay = code<{ direction: string }>({
  code: 'IG4062', severity: 'error', rule: 'price.revision',
  title: { fr: 'Révision à sens unique', en: 'One-way price revision' },
  fr: () => 'La révision ne joue que dans un sens : une indexation qui ne peut jouer qu’à la hausse (ou à la baisse) est réputée non écrite en entier. Écrivez « direction both ».',
  en: () => 'The revision works one way only: indexation that can only go up (or down) is struck out entirely. Write "direction both".',
  explanation: { fr: `La jurisprudence répute non écrite toute clause d’indexation qui exclut la réciprocité de la variation.${WORKED.fr}`, en: `Case law strikes out any indexation clause that excludes reciprocal variation.${WORKED.en}` },
  legalBasis: 'C. mon. fin. L112-1; Cass. 3e civ., 14 janvier 2016, n° 14-24.681',
  example: 'revision syntec { direction up_only }',
  fixed: 'revision syntec { direction both }',
});

export const revisionBaseMonthLate = code<{ month: string; date: string }>({
  code: 'IG4063', severity: 'warning', rule: 'price.revision',
  title: { fr: 'Mois de S0 postérieur à la signature', en: 'S0 month after signature' },
  fr: (a) => `Le mois de référence S0 (${a.month}) est postérieur à la date de signature ou d’entrée en vigueur (${a.date}) : sa valeur n’est pas connue à la signature. Prenez le dernier indice publié à cette date.`,
  en: (a) => `The base month S0 (${a.month}) is after the signature or effective date (${a.date}): its value is unknown when signing. Use the last index published at that date.`,
  explanation: { fr: `S0 est normalement le dernier indice publié à la signature (ou le mois de base du prix) : un S0 futur rend le prix initial indéterminé.${WORKED.fr}`, en: `S0 is normally the last index published at signature (or the price’s base month): a future S0 leaves the initial price undetermined.${WORKED.en}` },
  legalBasis: 'C. civ. 1163',
  example: 'term { signature 2026-12-15; effective 2027-01-01 }\nrevision syntec { base_month 2027-03 }',
  fixed: 'term { signature 2026-12-15; effective 2027-01-01 }\nrevision syntec { base_month 2026-10 }',
});

// ---- Dates and durations (§3.2) -----------------------------------------------------------------

export const retroactiveEffect = code<{ effective: string; signature: string }>({
  code: 'IG4064', severity: 'warning', rule: 'contract.dates',
  title: { fr: 'Effet rétroactif', en: 'Retroactive effect' },
  fr: (a) => `L’entrée en vigueur (${a.effective}) précède la signature (${a.signature}) : le contrat serait rétroactif. Vérifiez les dates ou assumez la rétroactivité.`,
  en: (a) => `The effective date (${a.effective}) precedes the signature (${a.signature}): the contract would be retroactive. Check the dates or accept the retroactivity.`,
  explanation: { fr: 'Un contrat rétroactif fait naître des obligations (SLA, pénalités) pour une période déjà écoulée ; c’est rarement voulu.', en: 'A retroactive contract creates obligations (SLA, penalties) for a period already past; this is rarely intended.' },
  example: 'term { signature 2027-01-15; effective 2027-01-01 }',
  fixed: 'term { signature 2026-12-15; effective 2027-01-01 }',
});

export const serviceBeforeEffective = code<{ start: string; effective: string }>({
  code: 'IG4065', severity: 'warning', rule: 'contract.dates',
  title: { fr: 'Prestations avant l’entrée en vigueur', en: 'Services before the effective date' },
  fr: (a) => `Le début des prestations (${a.start}) précède l’entrée en vigueur (${a.effective}) : les prestations ne seraient couvertes par aucun contrat. Alignez « service_start » sur « effective » ou après.`,
  en: (a) => `Service start (${a.start}) precedes the effective date (${a.effective}): those services would be covered by no contract. Set "service_start" on or after "effective".`,
  explanation: { fr: 'Les prestations commencent au plus tôt à l’entrée en vigueur, éventuellement après une phase de prise en charge.', en: 'Services start at the effective date at the earliest, possibly after an onboarding phase.' },
  example: 'term { signature 2026-12-15; effective 2027-01-01; service_start 2026-12-20 }',
  fixed: 'term { signature 2026-12-15; effective 2027-01-01; service_start 2027-01-01 }',
});

export const initialTermLong = code<{ months: number; threshold: number }>({
  code: 'IG4066', severity: 'warning', rule: 'term.duration',
  title: { fr: 'Durée initiale très longue', en: 'Very long initial term' },
  fr: (a) => `Durée initiale de ${a.months} mois : au-delà de ${a.threshold} mois, l’engagement enferme le client et peut être jugé déséquilibré. Raccourcissez « initial » ou prévoyez une sortie anticipée.`,
  en: (a) => `Initial term of ${a.months} months: beyond ${a.threshold} months the commitment locks the client in and may be held unbalanced. Shorten "initial" or provide an early exit.`,
  explanation: { fr: 'Une durée ferme longue, sans faculté de sortie, est un risque de déséquilibre significatif entre professionnels.', en: 'A long fixed term without an exit option risks being a significant imbalance between businesses.' },
  legalBasis: 'FR: C. com. L442-1 I 2°; BE: CDE VI.91/3',
  example: 'term { initial 84 months }',
  fixed: 'term { initial 36 months }',
});

export const renewalLongerThanInitial = code<{ period: string; initial: string }>({
  code: 'IG4067', severity: 'warning', rule: 'term.renewal',
  title: { fr: 'Renouvellement plus long que la durée initiale', en: 'Renewal longer than the initial term' },
  fr: (a) => `Période de renouvellement (${dur(a.period, 'fr')}) plus longue que la durée initiale (${dur(a.initial, 'fr')}) : réduisez « period ».`,
  en: (a) => `Renewal period (${dur(a.period, 'en')}) longer than the initial term (${dur(a.initial, 'en')}): shorten "period".`,
  explanation: { fr: 'Chaque période de renouvellement doit être positive et ne pas dépasser la durée initiale.', en: 'Each renewal period must be positive and no longer than the initial term.' },
  example: 'term { initial 12 months; renewal tacit { period 36 months } }',
  fixed: 'term { initial 12 months; renewal tacit { period 12 months } }',
});

export const noticeNotShorter = code<{ notice: string; period: string }>({
  code: 'IG4068', severity: 'error', rule: 'term.renewal',
  title: { fr: 'Préavis aussi long que la période', en: 'Notice as long as the period' },
  fr: (a) => `Le préavis (${dur(a.notice, 'fr')}) n’est pas plus court que la période à laquelle il s’applique (${dur(a.period, 'fr')}) : il serait impossible à respecter. Réduisez « notice ».`,
  en: (a) => `The notice (${dur(a.notice, 'en')}) is not shorter than the period it applies to (${dur(a.period, 'en')}): it could never be met. Shorten "notice".`,
  explanation: { fr: 'Un préavis de non-reconduction doit être strictement plus court que la durée initiale et que chaque période de renouvellement.', en: 'A non-renewal notice must be strictly shorter than the initial term and each renewal period.' },
  example: 'term { initial 12 months; renewal tacit { period 12 months; notice 12 months } }',
  fixed: 'term { initial 12 months; renewal tacit { period 12 months; notice 3 months } }',
});

export const nonRenewalNoticeLong = code<{ notice: string; threshold: number }>({
  code: 'IG4069', severity: 'warning', rule: 'term.renewal',
  title: { fr: 'Préavis de non-reconduction long', en: 'Long non-renewal notice' },
  fr: (a) => `Préavis de non-reconduction de ${dur(a.notice, 'fr')} : au-delà de ${a.threshold} mois, il est souvent jugé déséquilibré pour une PME cliente. Réduisez « notice ».`,
  en: (a) => `Non-renewal notice of ${dur(a.notice, 'en')}: beyond ${a.threshold} months it is often seen as unbalanced for an SME client. Shorten "notice".`,
  explanation: { fr: 'Un long préavis de non-reconduction piège les petites entreprises clientes dans la tacite reconduction (seuil configurable).', en: 'A long non-renewal notice traps small client businesses in tacit renewal (configurable threshold).' },
  legalBasis: 'FR: C. com. L442-1 I 2°; BE: CDE VI.91/5',
  example: 'term { initial 36 months; renewal tacit { period 12 months; notice 6 months } }',
  fixed: 'term { initial 36 months; renewal tacit { period 12 months; notice 3 months } }',
});

export const cureShort = code<{ cure: string; threshold: number }>({
  code: 'IG4070', severity: 'warning', rule: 'termination.breach',
  title: { fr: 'Délai de régularisation court', en: 'Short cure period' },
  fr: (a) => `Délai de régularisation de ${dur(a.cure, 'fr')} : en dessous de ${a.threshold} jours, le débiteur ne peut raisonnablement remédier au manquement. Portez « cure » à ${a.threshold} jours au moins.`,
  en: (a) => `Cure period of ${dur(a.cure, 'en')}: below ${a.threshold} days the defaulting party cannot reasonably remedy the breach. Raise "cure" to ${a.threshold} days at least.`,
  explanation: { fr: 'La mise en demeure doit laisser un délai raisonnable ; huit jours est le plancher usuel.', en: 'The formal notice must leave a reasonable time; eight days is the usual floor.' },
  legalBasis: 'FR: C. civ. 1225–1226',
  example: 'term { termination breach { cure 2 days } }',
  fixed: 'term { termination breach { cure 30 days } }',
});

export const mandateTerminationExcluded = code<{ by: string }>({
  code: 'IG4071', severity: 'error', rule: 'termination.convenience',
  title: { fr: 'Mandat suisse : résiliation en tout temps exclue', en: 'Swiss mandate: termination at any time excluded' },
  fr: (a) => `Contrat qualifié de mandat en droit suisse : la résiliation pour convenance est réservée ${a.by === 'client' ? 'au client' : 'au prestataire'}, ce qui exclut le droit impératif de l’autre partie de résilier en tout temps (CO 404). Écrivez « by both ».`,
  en: (a) => `Contract characterised as a mandate under Swiss law: termination for convenience is reserved to the ${a.by}, which excludes the other party’s mandatory right to terminate at any time (CO 404). Write "by both".`,
  explanation: { fr: 'Le mandat peut être révoqué ou répudié en tout temps par chacune des parties ; ce droit est impératif, seule une indemnité pour résiliation en temps inopportun peut être due.', en: 'A mandate can be terminated at any time by either party; this right is mandatory, only compensation for untimely termination may be owed.' },
  legalBasis: 'CH: CO 404',
  example: 'law CH\nqualification mandate\nterm { termination convenience { by client } }',
  fixed: 'law CH\nqualification mandate\nterm { termination convenience { by both } }',
});

export const mandateTerminationFee = code<{ months: number }>({
  code: 'IG4072', severity: 'warning', rule: 'termination.convenience',
  title: { fr: 'Mandat suisse : indemnité de résiliation forfaitaire', en: 'Swiss mandate: flat termination fee' },
  fr: (a) => `Indemnité de résiliation de ${a.months} mois de redevance dans un mandat : en droit suisse, seule la réparation du dommage causé par une résiliation en temps inopportun est due. Remplacez « fee » par une clause de dommages (« fees "…" »).`,
  en: (a) => `Termination fee of ${a.months} months of fees in a mandate: under Swiss law only damages caused by untimely termination are owed. Replace "fee" with a damages clause ("fees "…"").`,
  explanation: { fr: 'Une indemnité forfaitaire qui rend la résiliation coûteuse revient à restreindre le droit impératif de résilier en tout temps.', en: 'A flat fee that makes termination costly amounts to restricting the mandatory right to terminate at any time.' },
  legalBasis: 'CH: CO 404 al. 2',
  example: 'law CH\nqualification mandate\nterm { termination convenience { by both; fee 6 months_of_fees } }',
  fixed: 'law CH\nqualification mandate\nterm { termination convenience { by both; fees "Dommages en cas de résiliation en temps inopportun" } }',
});

// ---- Liability, non-solicitation, confidentiality (§3.4, §3.5) -----------------------------------

export const liabilityCapLow = code<{ cap: string; annual: string }>({
  code: 'IG4073', severity: 'warning', rule: 'liability.cap',
  title: { fr: 'Plafond de responsabilité bas', en: 'Low liability cap' },
  fr: (a) => `Plafond de responsabilité (${a.cap}) inférieur à une année de redevances (${a.annual}) : il risque d’être jugé comme vidant l’obligation essentielle de sa substance. Relevez « cap » à 12 mois de redevances au moins.`,
  en: (a) => `Liability cap (${a.cap}) below one year of fees (${a.annual}): it may be held to empty the essential obligation. Raise "cap" to 12 months of fees at least.`,
  explanation: { fr: 'Un plafond dérisoire au regard du prix contredit la portée de l’engagement essentiel (GTR, sauvegarde) et est alors réputé non écrit.', en: 'A cap derisory compared with the price contradicts the scope of the essential obligation (restoration time, backups) and is then deemed unwritten.' },
  legalBasis: 'FR: C. civ. 1170 (Cass. com. 29 juin 2010, Faurecia)',
  example: 'price { fee 1450.00 EUR per month excl_vat }\nliability { cap 3 months_of_fees }',
  fixed: 'price { fee 1450.00 EUR per month excl_vat }\nliability { cap 12 months_of_fees }',
});

const CARVE: Readonly<Record<string, Localized>> = {
  gross_negligence: { fr: 'la faute lourde (gross_negligence)', en: 'gross negligence (gross_negligence)' },
  wilful_misconduct: { fr: 'le dol (wilful_misconduct)', en: 'fraud (wilful_misconduct)' },
};
const carve = (k: string, l: Locale): string => CARVE[k]?.[l] ?? k;

export const liabilityCarveOutMissing = code<{ law: string; missing: readonly string[] }>({
  code: 'IG4074', severity: 'error', rule: 'liability.cap',
  title: { fr: 'Plafond sans exclusion de la faute lourde et du dol', en: 'Cap without gross-negligence and fraud carve-outs' },
  fr: (a) => `Le plafond de responsabilité ne réserve pas ${a.missing.map((k) => carve(k, 'fr')).join(' ni ')} : en droit ${a.law}, une limitation ne peut couvrir ces cas. Ajoutez « carve_outs gross_negligence, wilful_misconduct ».`,
  en: (a) => `The liability cap does not carve out ${a.missing.map((k) => carve(k, 'en')).join(' nor ')}: under ${a.law} law a limitation cannot cover these cases. Add "carve_outs gross_negligence, wilful_misconduct".`,
  explanation: { fr: 'France : une clause limitative est écartée en cas de faute lourde ou de dol. Suisse : est nulle toute stipulation excluant d’avance la responsabilité en cas de dol ou de faute grave. Belgique : pas d’exonération pour la faute intentionnelle (avertissement).', en: 'France: a limitation clause is set aside for gross negligence or fraud. Switzerland: any clause excluding in advance liability for intent or gross negligence is void. Belgium: no exoneration for intentional fault (warning).' },
  legalBasis: 'FR: C. civ. 1231-3; CH: CO 100 al. 1; BE: C. civ. 5.89',
  example: 'liability { cap 12 months_of_fees; carve_outs bodily_injury }',
  fixed: 'liability { cap 12 months_of_fees; carve_outs gross_negligence, wilful_misconduct, bodily_injury }',
});

export const nonSolicitationExcessive = code<{ months: number; max: number }>({
  code: 'IG4075', severity: 'error', rule: 'non-solicitation',
  title: { fr: 'Non-sollicitation trop longue', en: 'Non-solicitation too long' },
  fr: (a) => `Non-sollicitation de ${a.months} mois après la fin : au-delà de ${a.max} mois, elle est disproportionnée à l’intérêt protégé. Ramenez « duration » à 12 mois.`,
  en: (a) => `Non-solicitation of ${a.months} months after the end: beyond ${a.max} months it is disproportionate to the interest protected. Bring "duration" down to 12 months.`,
  explanation: { fr: 'La clause de non-sollicitation doit être proportionnée aux intérêts légitimes à protéger ; une durée excessive la rend inopposable.', en: 'A non-solicitation clause must be proportionate to the legitimate interests protected; an excessive duration makes it unenforceable.' },
  legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261',
  example: 'non_solicitation { duration 36 months after_end }',
  fixed: 'non_solicitation { duration 12 months after_end }',
});

export const nonSolicitationLong = code<{ months: number; threshold: number }>({
  code: 'IG4076', severity: 'warning', rule: 'non-solicitation',
  title: { fr: 'Non-sollicitation longue', en: 'Long non-solicitation' },
  fr: (a) => `Non-sollicitation de ${a.months} mois après la fin : au-delà de ${a.threshold} mois, sa proportionnalité est discutable. Envisagez 12 mois.`,
  en: (a) => `Non-solicitation of ${a.months} months after the end: beyond ${a.threshold} months its proportionality is questionable. Consider 12 months.`,
  explanation: { fr: 'Usage : 12 mois après la fin du contrat ; au-delà, justifiez l’intérêt légitime.', en: 'Customary: 12 months after the end of the contract; beyond, justify the legitimate interest.' },
  legalBasis: 'Cass. com., 27 mai 2021, n° 18-23.261',
  example: 'non_solicitation { duration 18 months after_end }',
  fixed: 'non_solicitation { duration 12 months after_end }',
});

export const nonSolicitationIndemnity = code<{ months: number; max: number }>({
  code: 'IG4077', severity: 'warning', rule: 'non-solicitation',
  title: { fr: 'Indemnité de non-sollicitation excessive', en: 'Excessive non-solicitation indemnity' },
  fr: (a) => `Indemnité de ${a.months} mois de salaire : au-delà de ${a.max} mois, le juge peut la réduire comme manifestement excessive. Ramenez « indemnity » à ${a.max} mois au plus.`,
  en: (a) => `Indemnity of ${a.months} months of salary: beyond ${a.max} months a court may reduce it as manifestly excessive. Bring "indemnity" down to ${a.max} months at most.`,
  explanation: { fr: 'L’indemnité forfaitaire est une clause pénale, que le juge peut modérer si elle est manifestement excessive.', en: 'The flat indemnity is a penalty clause, which a court may reduce when manifestly excessive.' },
  legalBasis: 'FR: C. civ. 1231-5',
  example: 'non_solicitation { indemnity 24 months_of_salary }',
  fixed: 'non_solicitation { indemnity 6 months_of_salary }',
});

export const confidentialityShort = code<{ duration: string; min: number }>({
  code: 'IG4078', severity: 'warning', rule: 'confidentiality',
  title: { fr: 'Confidentialité trop courte après la fin', en: 'Confidentiality too short after the end' },
  fr: (a) => `La confidentialité ne survit que ${dur(a.duration, 'fr')} après la fin : prévoyez ${a.min} ans au moins (et sans limite pour les secrets d’affaires et les mots de passe).`,
  en: (a) => `Confidentiality survives only ${dur(a.duration, 'en')} after the end: provide ${a.min} years at least (and no limit for trade secrets and passwords).`,
  explanation: { fr: 'Le prestataire a connu les systèmes, les accès et les données du client : la confidentialité doit durer au moins deux ans après la fin.', en: 'The provider knew the client’s systems, access and data: confidentiality should last at least two years after the end.' },
  example: 'confidentiality { survives 6 months }',
  fixed: 'confidentiality { survives 5 years }',
});

// ---- Other (jurisdiction, termination, invoicing, withdrawal) ------------------------------------

export const choiceOfCourtNonMerchant = code<{ party: string }>({
  code: 'IG4079', severity: 'warning', rule: 'law.jurisdiction',
  title: { fr: 'Clause attributive de juridiction et non-commerçant', en: 'Choice of court and non-merchant' },
  fr: (a) => `La partie ${a.party} n’est pas déclarée commerçante (merchant yes) : en droit français, la clause attributive de juridiction lui est inopposable. Écrivez « jurisdiction ordinary_rules » ou déclarez « merchant yes ».`,
  en: (a) => `Party ${a.party} is not declared a merchant (merchant yes): under French law the choice-of-court clause cannot be enforced against it. Write "jurisdiction ordinary_rules" or declare "merchant yes".`,
  explanation: { fr: 'Une clause dérogeant à la compétence territoriale n’est valable qu’entre commerçants et si elle est très apparente (le PDF la met en gras). Professions libérales, sociétés civiles et associations ne sont pas commerçantes.', en: 'A clause derogating from territorial jurisdiction is valid only between merchants and if very conspicuous (the PDF renders it in bold). Liberal professions, civil companies and associations are not merchants.' },
  legalBasis: 'FR: CPC 48',
  example: 'party client dupont { name "Cabinet Dupont SELARL"; merchant no }\njurisdiction commercial_court "Lyon"',
  fixed: 'party client dupont { name "Cabinet Dupont SELARL"; merchant no }\njurisdiction ordinary_rules',
});

export const insolvencyTrigger = code<{ text: string }>({
  code: 'IG4080', severity: 'warning', rule: 'termination.effects',
  title: { fr: 'Résiliation pour procédure collective', en: 'Termination for insolvency proceedings' },
  fr: (a) => `Le manquement ${q(a.text, 'fr')} vise l’ouverture d’une procédure collective : une telle clause est inopérante en droit français. Retirez-le ou visez le défaut de paiement.`,
  en: (a) => `Breach ${q(a.text, 'en')} refers to the opening of insolvency proceedings: such a clause has no effect under French law. Remove it or target non-payment instead.`,
  explanation: { fr: 'Aucune résiliation ne peut résulter du seul fait de l’ouverture d’une sauvegarde, d’un redressement ou d’une liquidation judiciaire.', en: 'No termination may result from the mere opening of safeguard, receivership or liquidation proceedings.' },
  legalBasis: 'FR: C. com. L622-13, L631-14, L641-11-1',
  example: 'term { termination breach { breaches "Ouverture d’une procédure de redressement judiciaire" } }',
  fixed: 'term { termination breach { breaches "Défaut de paiement" } }',
});

export const eInvoicingRequired = code<{ law: string; from: string; channel: string }>({
  code: 'IG4081', severity: 'warning', rule: 'invoicing.schedule',
  title: { fr: 'Facturation électronique obligatoire', en: 'Mandatory e-invoicing' },
  fr: (a) => `Le contrat court au-delà du ${a.from}, date à partir de laquelle la facture électronique structurée est obligatoire (droit ${a.law}) : le canal ${q(a.channel, 'fr')} ne suffira plus. Écrivez « channel ${a.law === 'BE' ? 'peppol' : 'e_invoicing'} ».`,
  en: (a) => `The contract runs beyond ${a.from}, when structured e-invoicing becomes mandatory (${a.law} law): channel ${q(a.channel, 'en')} will no longer do. Write "channel ${a.law === 'BE' ? 'peppol' : 'e_invoicing'}".`,
  explanation: { fr: 'France : réception obligatoire au 1er septembre 2026, émission au 1er septembre 2026 (grandes entreprises et ETI) ou 2027 (PME, table versionnée). Belgique : facture électronique structurée B2B obligatoire depuis le 1er janvier 2026.', en: 'France: reception mandatory from 1 September 2026, issuing from 1 September 2026 (large and mid-size companies) or 2027 (SMEs, versioned table). Belgium: structured B2B e-invoicing mandatory since 1 January 2026.' },
  legalBasis: 'FR: CGI 289 bis; loi n° 2023-1322 art. 91; BE: loi du 6 février 2024',
  example: 'term { effective 2027-01-01; initial 36 months }\ninvoicing monthly in_advance { channel email_pdf }',
  fixed: 'term { effective 2027-01-01; initial 36 months }\ninvoicing monthly in_advance { channel e_invoicing }',
});

export const withdrawalPeriodShort = code<{ period: string; min: number }>({
  code: 'IG4082', severity: 'error', rule: 'withdrawal.micro-client',
  title: { fr: 'Délai de rétractation trop court', en: 'Withdrawal period too short' },
  fr: (a) => `Délai de rétractation de ${dur(a.period, 'fr')} : la loi impose ${a.min} jours au moins. Écrivez « period ${a.min} days ».`,
  en: (a) => `Withdrawal period of ${dur(a.period, 'en')}: the law requires ${a.min} days at least. Write "period ${a.min} days".`,
  explanation: { fr: 'Le délai de rétractation est de quatorze jours ; un délai plus court est sans effet et la rétractation reste ouverte.', en: 'The withdrawal period is fourteen days; a shorter one has no effect and withdrawal stays open.' },
  legalBasis: 'C. consom. L221-18',
  example: 'withdrawal { period 7 days }',
  fixed: 'withdrawal { period 14 days }',
});
