import type { Law } from '../rule.ts';

// Statutory and configurable figures used by the commercial checks, per jurisdiction profile.
// Figures as of 2026, re-check before release (VAT rates, legal interest rate, e-invoicing dates).

export interface CommercialProfile {
  /** Standard VAT rate in basis points (20 % = 2000). */
  readonly vatBasisPoints: number;
  /** Expected currency; the other one is allowed but flagged. */
  readonly currency: 'EUR' | 'CHF';
  /** Payment-term caps in days, or undefined when the law sets none (only a warning threshold). */
  readonly paymentCapFromInvoiceDays: number | undefined;
  readonly paymentCapEndOfMonthDays: number | undefined;
  readonly paymentCapSummaryInvoiceDays: number | undefined;
  /** Above this, a warning only (CH: no statutory cap). */
  readonly paymentWarnDays: number | undefined;
  /** Flat recovery indemnity in cents, and whether the figure is exact (FR) or a minimum (BE). */
  readonly recoveryFeeCents: bigint | undefined;
  readonly recoveryFeeIsMinimum: boolean;
  /** Minimum multiple of the legal interest rate for late-payment interest, if any. */
  readonly lateInterestMinFactor: number | undefined;
  /** Legal interest rate (professionals, in %) the factor applies to, and the half-year it is for. */
  readonly legalInterestRate: { readonly percent: number; readonly period: string } | undefined;
  /** First day structured e-invoicing applies to SMEs issuing B2B invoices, if any. */
  readonly eInvoicingFrom: string | undefined;
  /** Whether a choice-of-court clause requires both parties to be merchants (FR CPC 48). */
  readonly choiceOfCourtMerchantsOnly: boolean;
  /** Whether a missing gross-negligence / fraud carve-out from the liability cap is an error. */
  readonly carveOutIsError: boolean;
}

export const PROFILE_VERSION = '2026-01';

export const COMMERCIAL_PROFILES: Readonly<Record<Law, CommercialProfile>> = {
  FR: {
    vatBasisPoints: 2000,
    currency: 'EUR',
    paymentCapFromInvoiceDays: 60,
    paymentCapEndOfMonthDays: 45,
    paymentCapSummaryInvoiceDays: 45,
    paymentWarnDays: undefined,
    recoveryFeeCents: 4000n,
    recoveryFeeIsMinimum: false,
    lateInterestMinFactor: 3,
    // Taux de l'intérêt légal, « autres cas », 2nd half of 2025: update every half-year (arrêté, JO).
    legalInterestRate: { percent: 2.76, period: '2025-S2' },
    // Issuing obligation for SMEs and micro-enterprises (reception: 1 Sept 2026 for all).
    eInvoicingFrom: '2027-09-01',
    choiceOfCourtMerchantsOnly: true,
    carveOutIsError: true,
  },
  BE: {
    vatBasisPoints: 2100,
    currency: 'EUR',
    paymentCapFromInvoiceDays: 60,
    paymentCapEndOfMonthDays: 60,
    paymentCapSummaryInvoiceDays: 60,
    paymentWarnDays: undefined,
    recoveryFeeCents: 4000n,
    recoveryFeeIsMinimum: true,
    lateInterestMinFactor: undefined,
    legalInterestRate: undefined,
    eInvoicingFrom: '2026-01-01',
    choiceOfCourtMerchantsOnly: false,
    carveOutIsError: false,
  },
  CH: {
    vatBasisPoints: 810,
    currency: 'CHF',
    paymentCapFromInvoiceDays: undefined,
    paymentCapEndOfMonthDays: undefined,
    paymentCapSummaryInvoiceDays: undefined,
    paymentWarnDays: 60,
    recoveryFeeCents: undefined,
    recoveryFeeIsMinimum: false,
    lateInterestMinFactor: undefined,
    legalInterestRate: undefined,
    eInvoicingFrom: undefined,
    choiceOfCourtMerchantsOnly: false,
    carveOutIsError: true,
  },
};

/** Sanity thresholds of brief §3.2 and §3.5 (warnings unless stated). */
export const THRESHOLDS = {
  /** Initial term above which lock-in is flagged. */
  initialTermWarnMonths: 60,
  /** Non-renewal notice above which it is flagged for SME clients. */
  nonRenewalNoticeWarnMonths: 3,
  /** Clients up to this headcount (or undeclared) count as SMEs for the notice threshold. */
  smeHeadcount: 249,
  /** Cure period below which it is flagged. */
  cureWarnDays: 8,
  /** Non-solicitation: error above, warning above. */
  nonSolicitationMaxMonths: 24,
  nonSolicitationWarnMonths: 12,
  nonSolicitationIndemnityMaxMonths: 12,
  /** Confidentiality survival floor. */
  confidentialityMinYears: 2,
  /** Liability cap floor, in months of fees. */
  liabilityCapWarnMonths: 12,
  /** FR due-diligence duty threshold (C. trav. R8222-1), in cents excluding VAT, and its period. */
  vigilanceThresholdCents: 500000n,
  vigilanceMaxMonths: 6,
  /** FR micro-client withdrawal (C. consom. L221-3). */
  withdrawalMaxHeadcount: 5,
  withdrawalMinDays: 14,
} as const;

/** Known price-revision indexes; `other` is flagged. Syntec révisé is the recommended one for IT services. */
export const KNOWN_INDEXES: readonly string[] = ['syntec', 'insee_it_services', 'agoria', 'ch_cpi', 'be_health'];
