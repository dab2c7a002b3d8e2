import type { Diagnostic } from '../../../diagnostics/index.ts';
import {
  backupLocationCountry, backupRetentionTooShort, channelAddressInvalid, escalationLevelInvalid, inventoryItemNotCovered, onboardingDurationConflict,
  onsiteBeyondAllowance, quotaCountInvalid, quotaOverageMissing, quotaOverageUnit, quotaRolloverAboveAllowance, quotaRolloverCap,
  quotaRolloverContract, quotaStepTooSmall, quotaUnlimitedExtras, serviceCoversNothing, siteRegionInvalid, unitPriceCurrency,
} from '../../../diagnostics/codes/validate-scope.ts';
import { FREQUENCY_DAYS } from '../../../schema/blocks/scope/shared.ts';
import { QUOTA_UNIT } from '../../../schema/blocks/scope/support.ts';
import type { BoundStatement } from '../../bound.ts';
import { approximateDays, fixedMinutes } from '../../durations.ts';
import { anchor, child, childEnum, children, enumValue, value } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import type { CheckContext, Validator } from '../rule.ts';
import { removeLine, serviceStartsLater, termDate } from './edits.ts';

// Validity checks of the scope topics: hotline quota (brief §3.4), channel addresses (the SLA export
// publishes them), inventory coverage (§3.4, last item), site regions and backup sanity; the price
// beyond an on-site allowance, the initialisation phase against the service start, the currency of
// unit prices and the escalation ladder (IG4180–IG4184).

type Report = (d: Diagnostic) => void;

const rangeOf = (b: BoundStatement, slot?: string): { start: number; end: number } => (slot ? value(b, slot)?.range : undefined) ?? anchor(b);

function numberText(v: TypedValue | undefined): { n: number; text: string } | undefined {
  return v?.kind === 'number' ? { n: v.value, text: v.text } : undefined;
}

const isPositiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;

function validateQuota(quota: BoundStatement, report: Report): void {
  const model = enumValue(quota, 'model');
  if (model === undefined) return;
  const count = child(quota, 'count');
  const step = child(quota, 'step');
  const rollover = child(quota, 'rollover');
  const overage = child(quota, 'overage');
  if (model === 'unlimited') {
    for (const extra of [count, step, rollover, overage]) {
      if (extra) report(quotaUnlimitedExtras.create(extra.file, anchor(extra), { keyword: extra.spec.keyword }));
    }
    return;
  }
  const c = numberText(value(count, 'count'));
  if (count && c && !isPositiveInteger(c.n)) report(quotaCountInvalid.create(count.file, rangeOf(count, 'count'), { value: c.text }));
  const s = value(step, 'step');
  if (step && s?.kind === 'duration') {
    const minutes = fixedMinutes(s.amount, s.unit);
    if (minutes !== undefined && minutes < 1) report(quotaStepTooSmall.create(step.file, rangeOf(step, 'step'), { value: `${s.amount} ${s.unit}` }));
  }
  if (rollover) {
    const mode = enumValue(rollover, 'mode');
    const cap = numberText(value(rollover, 'cap'));
    if (mode === 'capped' && !cap) report(quotaRolloverCap.create(rollover.file, anchor(rollover), { problem: 'missing' }));
    else if (mode === 'capped' && cap && !isPositiveInteger(cap.n)) report(quotaRolloverCap.create(rollover.file, rangeOf(rollover, 'cap'), { problem: 'invalid' }));
    else if (mode !== 'capped' && cap) report(quotaRolloverCap.create(rollover.file, rangeOf(rollover, 'cap'), { problem: 'unexpected' }));
    if ((mode === 'next_period' || mode === 'capped') && enumValue(count, 'period') === 'contract') {
      report(quotaRolloverContract.create(rollover.file, rangeOf(rollover, 'mode'), { mode }));
    }
    if (mode === 'capped' && cap && c && cap.n > c.n) report(quotaRolloverAboveAllowance.create(rollover.file, rangeOf(rollover, 'cap'), { cap: cap.text, count: c.text }));
  }
  const unit = QUOTA_UNIT[model];
  if (!overage) {
    report(quotaOverageMissing.create(quota.file, anchor(quota), { model }));
  } else {
    const per = enumValue(overage, 'unit');
    // Hours and minutes are one time bank: billing an hours bank per minute (or the reverse) is consistent.
    const time = (u: string | undefined): boolean => u === 'hour' || u === 'minute';
    if (per !== undefined && unit !== undefined && per !== unit && !(time(per) && time(unit))) {
      report(quotaOverageUnit.create(overage.file, rangeOf(overage, 'unit'), { unit: per, expected: unit }));
    }
  }
}

const PHONE = /^\+?[0-9 ().-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validAddress(kind: string, text: string): boolean {
  switch (kind) {
    case 'email': return EMAIL.test(text);
    case 'portal': {
      try {
        const u = new URL(text);
        return u.protocol === 'https:' && u.hostname.includes('.');
      } catch {
        return false;
      }
    }
    default: return PHONE.test(text) && (text.match(/[0-9]/g)?.length ?? 0) >= 6;
  }
}

function validateChannels(channels: BoundStatement | undefined, report: Report): void {
  for (const ch of channels?.children ?? []) {
    const v = value(ch, 'address');
    if (v?.kind === 'string' && !validAddress(ch.spec.keyword, v.value.trim())) {
      report(channelAddressInvalid.create(ch.file, v.range, { kind: ch.spec.keyword, value: v.value }));
    }
  }
}

/** Services whose extent is stated with `covers`. */
const COVERING_SERVICES = ['mco', 'preventive', 'corrective', 'backup', 'security'] as const;

function refNames(b: BoundStatement, slot: string): string[] {
  const v = value(b, slot);
  const items = v?.kind === 'list' ? v.items : v ? [v] : [];
  return items.flatMap((i) => (i.kind === 'ref' ? [i.name.text] : []));
}

function validateCoverage(contract: BoundStatement, report: Report): void {
  const scope = child(contract, 'scope');
  const items = [...children(scope, 'equipment'), ...children(scope, 'network'), ...children(scope, 'software'), ...children(scope, 'cloud')];
  if (items.length === 0) return;
  const services = child(contract, 'services');
  const covered = new Set<string>();
  let all = false;
  for (const kw of COVERING_SERVICES) {
    const s = child(services, kw);
    if (!s) continue;
    const covers = children(s, 'covers');
    if (covers.length === 0) report(serviceCoversNothing.create(s.file, anchor(s), { service: kw }));
    for (const c of covers) {
      if (enumValue(c, 'all') === 'all') all = true;
      for (const slot of ['equipment', 'software', 'cloud']) for (const n of refNames(c, slot)) covered.add(`${slot}:${n}`);
    }
  }
  if (all || !services) return;
  for (const item of items) {
    const id = value(item, 'id');
    if (id?.kind !== 'name') continue;
    const ns = item.spec.keyword === 'network' ? 'equipment' : item.spec.keyword;
    if (!covered.has(`${ns}:${id.name.text}`)) report(inventoryItemNotCovered.create(item.file, id.range, { name: id.name.text }));
  }
}

const REGION = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

function validateSites(contract: BoundStatement, report: Report): void {
  for (const site of children(child(contract, 'scope'), 'site')) {
    const region = child(site, 'region');
    const v = value(region, 'region');
    if (!region || v?.kind !== 'name') continue;
    const m = REGION.exec(v.name.text);
    const country = childEnum(site, 'country', 'country');
    if (!m) report(siteRegionInvalid.create(region.file, v.range, { region: v.name.text, country: '' }));
    else if (country !== undefined && m[1] !== country) report(siteRegionInvalid.create(region.file, v.range, { region: v.name.text, country }));
  }
}

function validateBackup(backup: BoundStatement | undefined, report: Report): void {
  if (!backup) return;
  for (const loc of children(backup, 'location')) {
    const kind = enumValue(loc, 'kind');
    if ((kind === 'offsite' || kind === 'cloud') && value(loc, 'country') === undefined) report(backupLocationCountry.create(loc.file, anchor(loc), { kind }));
  }
  const freq = child(backup, 'frequency');
  const f = enumValue(freq, 'frequency');
  const retention = child(backup, 'retention');
  const r = value(retention, 'duration');
  if (retention && f !== undefined && r?.kind === 'duration') {
    const interval = FREQUENCY_DAYS[f];
    if (interval !== undefined && approximateDays(r.amount, r.unit) < interval) {
      report(backupRetentionTooShort.create(retention.file, r.range, { retention: `${r.amount} ${r.unit}`, frequency: f }));
    }
  }
}

/** An allowance of included on-site interventions says what the next ones cost. */
function validateOnsite(onsite: BoundStatement | undefined, report: Report): void {
  const included = child(onsite, 'included');
  const count = value(included, 'count');
  if (!included || !count || count.kind !== 'number' || child(onsite, 'billed')) return;
  report(onsiteBeyondAllowance.create(included.file, anchor(included), { count: count.text, period: enumValue(included, 'period') ?? 'month' }));
}

/** With a later service start, the initialisation phase runs until it: a length of its own contradicts it. */
function validateOnboarding(ctx: CheckContext, report: Report): void {
  const duration = child(child(child(ctx.contract, 'services'), 'onboarding'), 'duration');
  if (!duration || !serviceStartsLater(ctx.contract)) return;
  report(onboardingDurationConflict.create(duration.file, anchor(duration), { effective: termDate(ctx.contract, 'effective') ?? '', start: termDate(ctx.contract, 'service_start') ?? '' }, {
    fixes: [removeLine(ctx, duration, { fr: 'Retirer la durée : la phase court jusqu’au début des prestations', en: 'Remove the length: the phase runs until the services start' })],
  }));
}

/** Unit prices are added to or taken from the fee: same currency. */
function validateUnitPrices(contract: BoundStatement, report: Report): void {
  const fee = value(child(child(contract, 'price'), 'fee'), 'amount');
  if (fee?.kind !== 'money') return;
  const scope = child(contract, 'scope');
  for (const kw of ['equipment', 'network', 'software', 'cloud']) {
    for (const item of children(scope, kw)) {
      const v = value(child(item, 'unit_price'), 'amount');
      if (v?.kind === 'money' && v.currency !== fee.currency) report(unitPriceCurrency.create(item.file, v.range, { currency: v.currency, fee: fee.currency }));
    }
  }
}

/** Each step of the escalation ladder is seized once, and a committee step needs that committee. */
function validateEscalation(governance: BoundStatement | undefined, report: Report): void {
  const seen = new Set<string>();
  for (const level of children(child(governance, 'escalation'), 'level')) {
    const who = value(level, 'who');
    if (who?.kind !== 'enum') continue;
    if (seen.has(who.value)) report(escalationLevelInvalid.create(level.file, who.range, { level: who.value, problem: 'repeated' }));
    else if ((who.value === 'steering' || who.value === 'operational') && !child(governance, who.value)) {
      report(escalationLevelInvalid.create(level.file, who.range, { level: who.value, problem: 'no_committee' }));
    }
    seen.add(who.value);
  }
}

export const validateScope: Validator = (ctx, report) => {
  const support = child(ctx.contract, 'support');
  const quota = child(support, 'quota');
  if (quota) validateQuota(quota, report);
  validateChannels(child(support, 'channels'), report);
  validateCoverage(ctx.contract, report);
  validateSites(ctx.contract, report);
  validateBackup(child(child(ctx.contract, 'services'), 'backup'), report);
  validateOnsite(child(support, 'onsite'), report);
  validateOnboarding(ctx, report);
  validateUnitPrices(ctx.contract, report);
  validateEscalation(child(ctx.contract, 'governance'), report);
};
