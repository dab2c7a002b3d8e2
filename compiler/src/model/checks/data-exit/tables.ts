// Statutory figures and lists behind the data-exit checks. Figures as of 2026 — re-check before each
// release (adequacy decisions and the Swiss list of Annex 1 OPDo change; the Data Act dates are fixed
// by Regulation (EU) 2023/2854 art. 29 and 50).

export const TABLES_VERSION = '2026-01';

/** EEA: the 27 EU member states, Iceland, Liechtenstein and Norway (GDPR applies through the EEA Agreement). */
export const EEA: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/** EU member states (the Data Act is an EU regulation; its EEA incorporation is pending). */
export const EU: ReadonlySet<string> = new Set([...EEA].filter((c) => !['IS', 'LI', 'NO'].includes(c)));

/**
 * Countries covered by a European Commission adequacy decision (GDPR art. 45). The United States is
 * covered only for organisations certified under the EU-US Data Privacy Framework: use mechanism `dpf`.
 * (Andorra, Argentina, Canada — commercial organisations —, Faroe Islands, Guernsey, Israel, Isle of Man,
 * Japan, Jersey, New Zealand, Republic of Korea, Switzerland, United Kingdom, Uruguay.)
 */
export const EU_ADEQUATE: ReadonlySet<string> = new Set(['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY']);

/**
 * Countries with adequate protection for Switzerland (LPD art. 16 al. 1, OPDo Annex 1): the EEA and the
 * states below. The United States only for organisations certified under the Swiss-US DPF (`dpf`).
 */
export const CH_ADEQUATE: ReadonlySet<string> = new Set([...EEA, 'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JE', 'MC', 'NZ', 'GB', 'UY']);

/** Countries where a Data Privacy Framework certification can replace other mechanisms. */
export const DPF_COUNTRIES: ReadonlySet<string> = new Set(['US']);

/** Is a destination inside the zone where no transfer mechanism is needed? */
export function insideZone(country: string, law: 'gdpr' | 'nlpd'): boolean {
  return law === 'gdpr' ? EEA.has(country) : country === 'CH' || CH_ADEQUATE.has(country);
}

/** Is a destination covered by an adequacy decision for that regime? */
export function adequate(country: string, law: 'gdpr' | 'nlpd'): boolean {
  return law === 'gdpr' ? EEA.has(country) || EU_ADEQUATE.has(country) : CH_ADEQUATE.has(country) || country === 'CH';
}

/** EU Data Act (Reg. 2023/2854), chapter VI: switching between data-processing services. */
export const DATA_ACT = {
  /** Chapter VI applies from this date (art. 50). */
  appliesFrom: '2025-09-12',
  /** Maximum notice period for the customer's switching request (art. 25(2)(d)), in days (2 months). */
  maxNoticeDays: 61,
  /** Maximum transitional period (art. 25(2)(a)). */
  maxTransitionDays: 30,
  /** Maximum extension when the switch is technically unfeasible (art. 25(4)): 7 months at most. */
  maxExtensionDays: 7 * 30.4375,
  /** Minimum data-retrieval period after the transitional period (art. 25(2)(g)). */
  minRetrievalDays: 30,
  /** Last day on which reduced (at-cost) switching charges may be levied (art. 29(2)). */
  reducedChargesUntil: '2027-01-11',
  /** From this day switching charges are prohibited (art. 29(1)). */
  chargesProhibitedFrom: '2027-01-12',
} as const;

/** Sane ranges of brief §3.5 (warnings, configurable). */
export const RANGES = {
  /** Reversibility assistance, in months. */
  assistanceMinMonths: 1,
  assistanceMaxMonths: 12,
  /** Minimum assistance when a cloud service is included (Data Act transition + retrieval), in days. */
  assistanceMinDaysWithCloud: 30,
  /** Technical dossier: updated at least every … months. */
  dossierMaxUpdateMonths: 12,
  /** Processor → controller breach notification: recommended and hard maximum, in hours. */
  breachRecommendedHours: 48,
  breachMaxHours: 72,
  /** Sub-processor change notice: recommended minimum, in days. */
  subprocessorNoticeMinDays: 15,
} as const;
