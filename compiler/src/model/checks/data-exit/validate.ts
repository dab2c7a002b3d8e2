import type { Diagnostic } from '../../../diagnostics/index.ts';
import {
  assistanceOutOfRange, assistanceShortForCloud, breachNoticeLate, breachNoticeTooLate, dataActPeriodUnfavourable,
  dossierUpdateTooRare, exitItemBilled, licencesHeldByProvider, subprocessorNoticeShort, switchingChargesProhibited,
  transferMechanismInvalid,
} from '../../../diagnostics/codes/validate-data-exit.ts';
import type { BoundStatement } from '../../bound.ts';
import { approximateDays, fixedMinutes, months } from '../../durations.ts';
import { child, children, enumValue, value } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import type { CheckContext, Validator } from '../rule.ts';
import { contractEnd, exitBlock, gdprApplies, personalData, providerCloudServices } from './common.ts';
import { cloudSwitchingApplies } from './exit.ts';
import { DATA_ACT, DPF_COUNTRIES, RANGES, adequate } from './tables.ts';

// Validity checks of brief §3.5 for the data-exit topics, with the figures of ./tables.ts.

type Report = (d: Diagnostic) => void;
type Duration = Extract<TypedValue, { kind: 'duration' }>;

function durationOf(b: BoundStatement | undefined, slot: string): Duration | undefined {
  const v = value(b, slot);
  return v?.kind === 'duration' ? v : undefined;
}

function show(d: Duration): string {
  return `${d.amount} ${d.unit}${d.amount > 1 ? 's' : ''}`;
}

/** Reversibility assistance: 1–12 months; ≥ 30 days when a cloud service is included. */
function validateAssistance(ctx: CheckContext, report: Report): void {
  const d = durationOf(child(child(child(ctx.contract, 'reversibility'), 'assistance'), 'duration'), 'duration');
  if (!d) return;
  const days = approximateDays(d.amount, d.unit);
  const file = child(ctx.contract, 'reversibility')?.file ?? ctx.contract.file;
  const minDays = RANGES.assistanceMinMonths * 30.4375 - 1.5; // "1 month" written as 30 days is fine
  const maxDays = RANGES.assistanceMaxMonths * 30.4375 + 0.5;
  if (days < minDays || days > maxDays) {
    report(assistanceOutOfRange.create(file, d.range, { value: show(d), min: RANGES.assistanceMinMonths, max: RANGES.assistanceMaxMonths }));
  }
  const cloud = providerCloudServices(ctx).length > 0 || cloudSwitchingApplies(ctx);
  if (cloud && days < RANGES.assistanceMinDaysWithCloud) {
    report(assistanceShortForCloud.create(file, d.range, { value: show(d), min: RANGES.assistanceMinDaysWithCloud }));
  }
}

const FREQUENCY_MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12, biennial: 24 };

/** Technical dossier updated at least yearly. */
function validateDossier(ctx: CheckContext, report: Report): void {
  const dossier = child(exitBlock(ctx), 'technical_dossier');
  const updated = child(dossier, 'updated');
  if (updated) {
    const f = enumValue(updated, 'frequency');
    const p = durationOf(updated, 'period');
    const everyMonths = f !== undefined ? FREQUENCY_MONTHS[f] : p ? (months(p.amount, p.unit) ?? approximateDays(p.amount, p.unit) / 30.4375) : undefined;
    if (everyMonths !== undefined && everyMonths > RANGES.dossierMaxUpdateMonths) {
      const at = value(updated, 'frequency') ?? value(updated, 'period');
      report(dossierUpdateTooRare.create(updated.file, at?.range ?? updated.node.range, { value: f ?? (p ? `every ${show(p)}` : '') }));
    }
  }
  const handover = child(dossier, 'handover');
  if (enumValue(handover, 'value') === 'billed') {
    report(exitItemBilled.create(handover?.file ?? ctx.contract.file, value(handover, 'value')?.range ?? ctx.contract.node.range, { item: 'technical_dossier' }));
  }
  const charge = child(child(exitBlock(ctx), 'credentials'), 'charge');
  if (enumValue(charge, 'value') === 'billed') {
    report(exitItemBilled.create(charge?.file ?? ctx.contract.file, value(charge, 'value')?.range ?? ctx.contract.node.range, { item: 'credentials' }));
  }
}

/** Processor → controller breach notification: ≤ 48 h recommended, error above 72 h. */
function validateBreach(ctx: CheckContext, report: Report): void {
  const within = child(child(personalData(ctx), 'breach_notification'), 'within');
  const d = durationOf(within, 'duration');
  if (!within || !d) return;
  const minutes = fixedMinutes(d.amount, d.unit);
  if (minutes === undefined) return;
  const hours = minutes / 60;
  if (hours > RANGES.breachMaxHours) report(breachNoticeTooLate.create(within.file, d.range, { hours, max: RANGES.breachMaxHours }));
  else if (hours > RANGES.breachRecommendedHours) report(breachNoticeLate.create(within.file, d.range, { hours, recommended: RANGES.breachRecommendedHours }));
}

/** Sub-processor change notice ≥ 15 days. */
function validateSubprocessorNotice(ctx: CheckContext, report: Report): void {
  const notice = child(child(personalData(ctx), 'subprocessors'), 'notice');
  const d = durationOf(notice, 'duration');
  if (!notice || !d) return;
  if (approximateDays(d.amount, d.unit) < RANGES.subprocessorNoticeMinDays) {
    report(subprocessorNoticeShort.create(notice.file, d.range, { value: show(d), min: RANGES.subprocessorNoticeMinDays }));
  }
}

/** Licences held in the provider's name: warn (reversibility). */
function validateLicenceHolder(ctx: CheckContext, report: Report): void {
  const holder = child(child(child(ctx.contract, 'ip'), 'third_party_licences'), 'holder');
  if (holder && enumValue(holder, 'value') === 'provider') {
    report(licencesHeldByProvider.create(holder.file, value(holder, 'value')?.range ?? holder.node.range, {}));
  }
}

/** `mechanism adequacy` only towards adequate countries; `dpf` only towards the United States. */
function validateTransfers(ctx: CheckContext, report: Report): void {
  const regime = ctx.law === 'CH' && !gdprApplies(ctx) ? 'nlpd' : 'gdpr';
  for (const t of children(personalData(ctx), 'transfer')) {
    const country = enumValue(t, 'country');
    const m = child(t, 'mechanism');
    const mechanism = enumValue(m, 'value');
    if (!country || !m || !mechanism) continue;
    const bad = (mechanism === 'adequacy' && !adequate(country, regime)) || (mechanism === 'dpf' && !DPF_COUNTRIES.has(country));
    if (bad) {
      report(transferMechanismInvalid.create(m.file, value(m, 'value')?.range ?? m.node.range, {
        country, mechanism, regime: regime === 'gdpr' ? 'RGPD art. 45 / GDPR art. 45' : 'LPD art. 16',
      }));
    }
  }
}

/** Data Act periods not less favourable; switching charges prohibited from 2027-01-12. */
function validateCloudSwitching(ctx: CheckContext, report: Report): void {
  const s = child(exitBlock(ctx), 'cloud_switching');
  if (!s) return;
  const check = (keyword: string, ok: (days: number) => boolean, limit: string): void => {
    const st = child(s, keyword);
    const d = durationOf(st, 'duration');
    if (st && d && !ok(approximateDays(d.amount, d.unit))) {
      report(dataActPeriodUnfavourable.create(st.file, d.range, { what: keyword, value: show(d), limit }));
    }
  };
  check('notice', (d) => d <= DATA_ACT.maxNoticeDays, '≤ 2 months');
  check('transition', (d) => d <= DATA_ACT.maxTransitionDays, '≤ 30 days');
  check('extension', (d) => d <= DATA_ACT.maxExtensionDays + 0.5, '≤ 7 months');
  check('retrieval', (d) => d >= DATA_ACT.minRetrievalDays, '≥ 30 days');
  const charges = child(s, 'charges');
  if (enumValue(charges, 'value') === 'at_cost') {
    // Charges are levied when the customer switches, at any time until the contract ends.
    const end = contractEnd(ctx);
    const latest = end !== undefined && end > ctx.today ? end : ctx.today;
    if (latest >= DATA_ACT.chargesProhibitedFrom && charges) {
      report(switchingChargesProhibited.create(charges.file, value(charges, 'value')?.range ?? charges.node.range, { from: DATA_ACT.chargesProhibitedFrom }));
    }
  }
}

export const validateDataExit: Validator = (ctx, report) => {
  validateAssistance(ctx, report);
  validateDossier(ctx, report);
  validateBreach(ctx, report);
  validateSubprocessorNotice(ctx, report);
  validateLicenceHolder(ctx, report);
  validateTransfers(ctx, report);
  validateCloudSwitching(ctx, report);
};
