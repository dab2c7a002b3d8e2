import type { Diagnostic } from '../../../diagnostics/index.ts';
import {
  amountNotPositive, amountPrecision, choiceOfCourtNonMerchant, confidentialityShort, cureShort, currencyNotAllowed, currencyUnusual,
  eInvoicingRequired, initialTermLong, insolvencyTrigger, lateInterestTooLow, liabilityCapLow, liabilityCarveOutMissing,
  mandateTerminationExcluded, mandateTerminationFee, nonRenewalNoticeLong, noticeNotShorter, nonSolicitationExcessive,
  nonSolicitationIndemnity, nonSolicitationLong, paymentTermLong, paymentTermOverCap, recoveryFeeWrong, renewalLongerThanInitial,
  retroactiveEffect, revisionBaseMonthLate, revisionFixedPart, revisionIndexUnknown, revisionOneWay, revisionVariationTooLong,
  serviceBeforeEffective, vatRateMismatch, withdrawalPeriodShort,
} from '../../../diagnostics/codes/validate-commercial.ts';
import type { Range } from '../../../text/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { months as monthsOfUnit } from '../../durations.ts';
import { anchor, child, childEnum, childString, children, enumValue, value } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import { formatAmount, formatRate, parseAmount, parseRate } from '../../validate/money.ts';
import { COMMERCIAL_PROFILES, KNOWN_INDEXES, THRESHOLDS } from '../profiles/commercial.ts';
import type { CheckContext, Validator } from '../rule.ts';
import { annualFees, cents, clientParty, days, descendants, durationOf, headcount, moneyOf, monthsOf, partyId, termOf, type Duration } from './util.ts';

// Validity of the commercial facts: brief §3.2 (dates, durations, CH mandate), §3.3 (money, payment,
// price revision), §3.4 liability cap, §3.5 (non-solicitation, confidentiality). Figures come from
// ../profiles/commercial.ts.

type Report = (d: Diagnostic) => void;

/** Contract-level keywords of the commercial vocabulary whose amounts are checked here. */
const MONEY_BLOCKS = ['price', 'payment', 'liability', 'insurance'];

const at = (b: BoundStatement, slot?: string): { file: string; range: Range } => ({
  file: b.file,
  range: (slot === undefined ? undefined : value(b, slot)?.range) ?? anchor(b),
});

const durText = (d: Duration): string => `${d.amount} ${d.unit}`;

function validateMoney(ctx: CheckContext, report: Report): void {
  const profile = ctx.law ? COMMERCIAL_PROFILES[ctx.law] : undefined;
  const purelySwiss = ctx.law === 'CH' && ctx.parties.length > 0 && ctx.parties.every((p) => childEnum(p, 'country', 'country') === 'CH');
  let flaggedCurrency = false;
  for (const top of MONEY_BLOCKS) {
    for (const s of descendants(child(ctx.contract, top))) {
      for (const [slot, v] of Object.entries(s.values)) {
        if (v.kind !== 'money') continue;
        const w = at(s, slot);
        const r = parseAmount(v.amount);
        if (!r.ok && r.reason === 'precision') report(amountPrecision.create(w.file, w.range, { keyword: s.spec.keyword, amount: v.amount }));
        else if (r.ok && r.cents <= 0n) report(amountNotPositive.create(w.file, w.range, { keyword: s.spec.keyword, amount: v.amount }));
        if (v.currency !== 'EUR' && v.currency !== 'CHF') {
          report(currencyNotAllowed.create(w.file, w.range, { keyword: s.spec.keyword, currency: v.currency }));
        } else if (!flaggedCurrency && profile && ((ctx.law !== 'CH' && v.currency === 'CHF') || (purelySwiss && v.currency === 'EUR'))) {
          flaggedCurrency = true;
          report(currencyUnusual.create(w.file, w.range, { currency: v.currency, law: ctx.law ?? '', expected: profile.currency }));
        }
      }
    }
  }
  const vat = child(child(ctx.contract, 'price'), 'vat');
  const rate = value(vat, 'rate');
  if (vat && profile && rate?.kind === 'percent' && value(vat, 'regime') === undefined) {
    const bp = parseRate(rate.text);
    if (bp.ok && bp.basisPoints !== profile.vatBasisPoints) {
      const w = at(vat, 'rate');
      report(vatRateMismatch.create(w.file, w.range, { rate: formatRate(bp.basisPoints), expected: formatRate(profile.vatBasisPoints), law: ctx.law ?? '' }));
    }
  }
}

function validatePayment(ctx: CheckContext, report: Report): void {
  const payment = child(ctx.contract, 'payment');
  if (!payment || !ctx.law) return;
  const profile = COMMERCIAL_PROFILES[ctx.law];
  const term = child(payment, 'term');
  const d = durationOf(term);
  if (term && d) {
    const n = Math.round(days(d));
    const start = enumValue(term, 'start') ?? 'invoice';
    const summary = childEnum(child(ctx.contract, 'invoicing'), 'summary_invoice', 'value') === 'yes';
    const cap = summary ? profile.paymentCapSummaryInvoiceDays : start === 'end_of_month' ? profile.paymentCapEndOfMonthDays : profile.paymentCapFromInvoiceDays;
    const w = at(term, 'duration');
    if (cap !== undefined && n > cap) report(paymentTermOverCap.create(w.file, w.range, { days: n, cap, start, law: ctx.law }));
    else if (profile.paymentWarnDays !== undefined && n > profile.paymentWarnDays) report(paymentTermLong.create(w.file, w.range, { days: n, threshold: profile.paymentWarnDays }));
  }
  const late = child(payment, 'late_interest');
  if (late && profile.lateInterestMinFactor !== undefined && profile.legalInterestRate) {
    const min = profile.lateInterestMinFactor;
    const minimum = `${min} × ${profile.legalInterestRate.percent} % = ${(min * profile.legalInterestRate.percent).toFixed(2)} % (${profile.legalInterestRate.period})`;
    const rate = value(late, 'rate');
    const factor = value(late, 'factor');
    if (rate?.kind === 'percent' && rate.value < min * profile.legalInterestRate.percent) {
      const w = at(late, 'rate');
      report(lateInterestTooLow.create(w.file, w.range, { stated: `${rate.text} %`, minimum }));
    } else if (factor?.kind === 'number' && factor.value < min) {
      const w = at(late, 'factor');
      report(lateInterestTooLow.create(w.file, w.range, { stated: `${factor.text} × legal_rate`, minimum }));
    }
  }
  const fee = child(payment, 'recovery_fee');
  const m = moneyOf(fee);
  if (fee && m && profile.recoveryFeeCents !== undefined) {
    const c = cents(m);
    const ok = m.currency === 'EUR' && c !== undefined && (profile.recoveryFeeIsMinimum ? c >= profile.recoveryFeeCents : c === profile.recoveryFeeCents);
    if (!ok) {
      const w = at(fee, 'amount');
      report(recoveryFeeWrong.create(w.file, w.range, {
        amount: `${m.amount} ${m.currency}`, expected: `${formatAmount(profile.recoveryFeeCents)} EUR`, law: ctx.law, minimum: profile.recoveryFeeIsMinimum ? 'yes' : 'no',
      }));
    }
  }
}

function validateRevision(ctx: CheckContext, report: Report): void {
  const r = child(ctx.contract, 'revision');
  if (!r) return;
  const index = enumValue(r, 'index');
  if (index !== undefined && !KNOWN_INDEXES.includes(index)) {
    const w = at(r, 'index');
    report(revisionIndexUnknown.create(w.file, w.range, { name: childString(r, 'index_name') ?? '' }));
  }
  const fixed = child(r, 'fixed_part');
  const part = value(fixed, 'part');
  if (fixed && part?.kind === 'percent' && part.value >= 100) {
    const w = at(fixed, 'part');
    report(revisionFixedPart.create(w.file, w.range, { part: part.text }));
  }
  const every = durationOf(child(r, 'every'));
  const variation = child(r, 'variation');
  const v = durationOf(variation);
  if (every && variation && v && days(v) > days(every) + 0.5) {
    const w = at(variation, 'duration');
    report(revisionVariationTooLong.create(w.file, w.range, { variation: durText(v), every: durText(every) }));
  }
  const direction = child(r, 'direction');
  const dir = enumValue(direction, 'direction');
  if (direction && dir !== undefined && dir !== 'both') {
    const w = at(direction, 'direction');
    report(revisionOneWay.create(w.file, w.range, { direction: dir }));
  }
  const base = child(r, 'base_month');
  const month = value(base, 'month');
  const term = termOf(ctx);
  const ref = dateOf(child(term, 'signature')) ?? dateOf(child(term, 'effective'));
  if (base && month?.kind === 'month' && ref !== undefined && month.text > ref.slice(0, 7)) {
    const w = at(base, 'month');
    report(revisionBaseMonthLate.create(w.file, w.range, { month: month.text, date: ref }));
  }
}

function dateOf(b: BoundStatement | undefined): string | undefined {
  const v = value(b, 'date');
  return v?.kind === 'date' ? v.text : undefined;
}

function validateTerm(ctx: CheckContext, report: Report): void {
  const term = termOf(ctx);
  if (!term) return;
  const signature = dateOf(child(term, 'signature'));
  const effectiveS = child(term, 'effective');
  const effective = dateOf(effectiveS);
  const startS = child(term, 'service_start');
  const start = dateOf(startS);
  if (effectiveS && signature && effective && effective < signature) {
    const w = at(effectiveS, 'date');
    report(retroactiveEffect.create(w.file, w.range, { effective, signature }));
  }
  if (startS && start && effective && start < effective) {
    const w = at(startS, 'date');
    report(serviceBeforeEffective.create(w.file, w.range, { start, effective }));
  }
  const initialS = child(term, 'initial');
  const initial = durationOf(initialS);
  const initialMonths = initial ? monthsOfUnit(initial.amount, initial.unit) : undefined;
  if (initialS && initialMonths !== undefined && initialMonths > THRESHOLDS.initialTermWarnMonths) {
    const w = at(initialS, 'duration');
    report(initialTermLong.create(w.file, w.range, { months: initialMonths, threshold: THRESHOLDS.initialTermWarnMonths }));
  }
  const renewal = child(term, 'renewal');
  const periodS = child(renewal, 'period');
  const period = durationOf(periodS);
  if (periodS && period && initial && days(period) > days(initial) + 0.5) {
    const w = at(periodS, 'duration');
    report(renewalLongerThanInitial.create(w.file, w.range, { period: durText(period), initial: durText(initial) }));
  }
  const noticeS = child(renewal, 'notice');
  const notice = durationOf(noticeS);
  if (noticeS && notice) {
    const w = at(noticeS, 'duration');
    const shortest = [period, initial].filter((x): x is Duration => x !== undefined).sort((a, b) => days(a) - days(b))[0];
    if (shortest && days(notice) >= days(shortest) - 0.5) {
      report(noticeNotShorter.create(w.file, w.range, { notice: durText(notice), period: durText(shortest) }));
    } else {
      const n = headcount(clientParty(ctx));
      // The imbalance rule is French and Belgian law (C. com. L442-1, CDE VI.91/5): nothing to say under Swiss law.
      if (ctx.law !== 'CH' && (n === undefined || n <= THRESHOLDS.smeHeadcount) && monthsOf(notice) > THRESHOLDS.nonRenewalNoticeWarnMonths + 0.01) {
        report(nonRenewalNoticeLong.create(w.file, w.range, { notice: durText(notice), threshold: THRESHOLDS.nonRenewalNoticeWarnMonths }));
      }
    }
  }
  const terminations = children(term, 'termination');
  for (const t of terminations) {
    const cureS = child(t, 'cure');
    const cure = durationOf(cureS);
    if (cureS && cure && days(cure) < THRESHOLDS.cureWarnDays) {
      const w = at(cureS, 'duration');
      report(cureShort.create(w.file, w.range, { cure: durText(cure), threshold: THRESHOLDS.cureWarnDays }));
    }
    if (ctx.law === 'FR' && enumValue(t, 'case') === 'breach') {
      const breaches = value(child(t, 'breaches'), 'items');
      const items: readonly TypedValue[] = breaches?.kind === 'list' ? breaches.items : breaches ? [breaches] : [];
      for (const item of items) {
        if (item.kind === 'string' && /sauvegarde|redressement|liquidation|proc[ée]dure collective|insolvency|receivership|safeguard/iu.test(item.value)) {
          report(insolvencyTrigger.create(t.file, item.range, { text: item.value }));
        }
      }
    }
  }
  // CH + mandate: termination at any time is mandatory (CO 404), brief §3.2.
  if (ctx.law === 'CH' && childEnum(ctx.contract, 'qualification', 'kind') === 'mandate') {
    for (const t of terminations.filter((x) => enumValue(x, 'case') === 'convenience')) {
      const by = child(t, 'by');
      const who = enumValue(by, 'who');
      if (by && (who === 'client' || who === 'provider')) {
        const w = at(by, 'who');
        report(mandateTerminationExcluded.create(w.file, w.range, { by: who }));
      }
      const fee = child(t, 'fee');
      const n = value(fee, 'months');
      if (fee && n?.kind === 'number' && n.value > 0) {
        const w = at(fee, 'months');
        report(mandateTerminationFee.create(w.file, w.range, { months: n.value }));
      }
    }
  }
}

function validateLiability(ctx: CheckContext, report: Report): void {
  const l = child(ctx.contract, 'liability');
  const cap = child(l, 'cap');
  if (!l || !cap) return;
  const months = value(cap, 'months');
  const amount = moneyOf(cap);
  const annual = annualFees(ctx);
  const w = at(cap);
  if (months?.kind === 'number' && months.value < THRESHOLDS.liabilityCapWarnMonths) {
    report(liabilityCapLow.create(w.file, w.range, { cap: `${months.text} months_of_fees`, annual: '12 months_of_fees' }));
  } else if (amount && annual && amount.currency === annual.currency) {
    const c = cents(amount);
    if (c !== undefined && c < annual.cents) report(liabilityCapLow.create(w.file, w.range, { cap: `${amount.amount} ${amount.currency}`, annual: `${formatAmount(annual.cents)} ${annual.currency}` }));
  }
  if (ctx.law) {
    const carveOuts = value(child(l, 'carve_outs'), 'cases');
    const items = carveOuts?.kind === 'list' ? carveOuts.items : [];
    const have = new Set(items.flatMap((i) => (i.kind === 'enum' ? [i.value] : [])));
    const missing = ['gross_negligence', 'wilful_misconduct'].filter((k) => !have.has(k));
    if (missing.length > 0) {
      report(liabilityCarveOutMissing.create(w.file, w.range, { law: ctx.law, missing }, { severity: COMMERCIAL_PROFILES[ctx.law].carveOutIsError ? 'error' : 'warning' }));
    }
  }
}

function validateClauses(ctx: CheckContext, report: Report): void {
  const ns = child(ctx.contract, 'non_solicitation');
  const durS = child(ns, 'duration');
  const d = durationOf(durS);
  if (durS && d) {
    const m = monthsOf(d);
    const w = at(durS, 'duration');
    if (m > THRESHOLDS.nonSolicitationMaxMonths) report(nonSolicitationExcessive.create(w.file, w.range, { months: Math.round(m), max: THRESHOLDS.nonSolicitationMaxMonths }));
    else if (m > THRESHOLDS.nonSolicitationWarnMonths) report(nonSolicitationLong.create(w.file, w.range, { months: Math.round(m), threshold: THRESHOLDS.nonSolicitationWarnMonths }));
  }
  const indemnity = child(ns, 'indemnity');
  const im = value(indemnity, 'months');
  if (indemnity && im?.kind === 'number' && im.value > THRESHOLDS.nonSolicitationIndemnityMaxMonths) {
    const w = at(indemnity, 'months');
    report(nonSolicitationIndemnity.create(w.file, w.range, { months: im.value, max: THRESHOLDS.nonSolicitationIndemnityMaxMonths }));
  }
  const survives = child(child(ctx.contract, 'confidentiality'), 'survives');
  const sd = durationOf(survives);
  if (survives && sd && monthsOf(sd) < THRESHOLDS.confidentialityMinYears * 12) {
    const w = at(survives, 'duration');
    report(confidentialityShort.create(w.file, w.range, { duration: durText(sd), min: THRESHOLDS.confidentialityMinYears }));
  }
  const j = child(ctx.contract, 'jurisdiction');
  if (j && ctx.law && COMMERCIAL_PROFILES[ctx.law].choiceOfCourtMerchantsOnly && enumValue(j, 'court') !== 'ordinary_rules') {
    for (const p of ctx.parties) {
      if (childEnum(p, 'merchant', 'value') !== 'yes') {
        const w = at(j, 'court');
        report(choiceOfCourtNonMerchant.create(w.file, w.range, { party: partyId(p) }));
      }
    }
  }
  const w = child(ctx.contract, 'withdrawal');
  const periodS = child(w, 'period');
  const period = durationOf(periodS);
  if (periodS && period && days(period) < THRESHOLDS.withdrawalMinDays) {
    const a = at(periodS, 'duration');
    report(withdrawalPeriodShort.create(a.file, a.range, { period: durText(period), min: THRESHOLDS.withdrawalMinDays }));
  }
}

/** Adds whole months to an ISO date (day clamped to 28, enough to compare with a threshold date). */
function addMonths(date: string, n: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${date.slice(8, 10) > '28' ? '28' : date.slice(8, 10)}`;
}

function validateInvoicing(ctx: CheckContext, report: Report): void {
  const channelS = child(child(ctx.contract, 'invoicing'), 'channel');
  const channel = enumValue(channelS, 'channel');
  const from = ctx.law ? COMMERCIAL_PROFILES[ctx.law].eInvoicingFrom : undefined;
  if (!channelS || channel === undefined || from === undefined || channel === 'e_invoicing' || channel === 'peppol') return;
  const term = termOf(ctx);
  const open = child(term, 'indefinite') !== undefined || ['tacit', 'express'].includes(childEnum(term, 'renewal', 'mode') ?? '');
  const start = dateOf(child(term, 'effective')) ?? ctx.today;
  const initial = durationOf(child(term, 'initial'));
  const months = initial ? monthsOfUnit(initial.amount, initial.unit) : undefined;
  const end = months === undefined ? undefined : addMonths(start, months);
  if (open || end === undefined || end > from) {
    const w = at(channelS, 'channel');
    report(eInvoicingRequired.create(w.file, w.range, { law: ctx.law ?? '', from, channel }));
  }
}

export const validateCommercial: Validator = (ctx, report) => {
  validateMoney(ctx, report);
  validatePayment(ctx, report);
  validateRevision(ctx, report);
  validateTerm(ctx, report);
  validateLiability(ctx, report);
  validateClauses(ctx, report);
  validateInvoicing(ctx, report);
};
