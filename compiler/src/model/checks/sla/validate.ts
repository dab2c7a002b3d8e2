import {
  availabilityHundred, availabilityOutOfRange, elapsedOnBusinessWindow, notMonotonic, onsiteExceedsWindow, onsiteOrder,
  penaltiesOverLiability, penaltyCapHigh, penaltyCapLow, penaltyCapMissing, penaltyCapTooHigh, penaltyRate, regionNotCovered,
  soleRemedyWithResult, targetOrder, undefinedMetric, unlabelledCalendar, unusualTimezone, urgentOnFiveDays,
} from '../../../diagnostics/codes/validate-sla.ts';
import { isValidTimeZone } from '../../../calendar/index.ts';
import type { Diagnostic } from '../../../diagnostics/index.ts';
import type { Range } from '../../../text/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { child, childEnum, children, value } from '../../query.ts';
import type { CheckContext, Validator } from '../rule.ts';
import { allowedDowntimeMinutes, SLA_PROFILE } from './profile.ts';
import { ELAPSED_CALENDAR, isRoundTheClock, items, textOf, type Metric, type SlaCalendar, type SlaFacts, type SlaPriority, type SlaTarget } from './read.ts';
import { resultMetrics, slaFacts, slaThresholds, withoutPrejudiceFix } from './rules.ts';

// Brief §3.4 SLA consistency and the SLA ranges of §3.5 (codes IG4130–IG4199), plus the calendar
// stage's own diagnostics (IG5001–IG5009) at the positions they come from.

type Report = (d: Diagnostic) => void;

const fmtPercent = (n: number): string => `${String(Math.round(n * 100) / 100)} %`;
const at = (t: SlaTarget): BoundStatement['node']['range'] => value(t.statement, 'duration')?.range ?? t.statement.node.keyword.range;

function validateCalendars(f: SlaFacts, report: Report): void {
  for (const c of f.calendars.values()) {
    c.problems.forEach(report);
    const tz = value(child(c.statement, 'timezone'), 'zone');
    if (c.timezone !== undefined && tz && isValidTimeZone(c.timezone) && !SLA_PROFILE.timezones.includes(c.timezone)) {
      report(unusualTimezone.create(c.statement.file, tz.range, { timezone: c.timezone }));
    }
  }
  f.problems.forEach(report);
}

/**
 * True when target `early` always falls due before target `late`, whatever the calendar: in the same
 * calendar when it has fewer minutes; and across time bases when `early` counts clock time (24/7) —
 * the clock never runs slower than business time, so 30 min of clock time always ends before one
 * business hour (issue 17).
 */
function alwaysBefore(early: SlaTarget, late: SlaTarget): boolean {
  return early.minutes < late.minutes && (early.calendar === late.calendar || early.calendar === ELAPSED_CALENDAR);
}

/** ack ≤ response ≤ restore ≤ resolve, and response ≤ onsite ≤ restore, per priority (same calendar, or clock time against any). */
function validateOrder(p: SlaPriority, report: Report): void {
  const chain: Metric[] = ['ack', 'response', 'restore', 'resolve'];
  const stated = chain.map((m) => p.targets[m]).filter((t): t is SlaTarget => t !== undefined);
  for (let i = 1; i < stated.length; i++) {
    const cur = stated[i];
    if (!cur) continue;
    const earlier = stated.slice(0, i).reverse();
    const same = earlier.find((t) => t.calendar === cur.calendar);
    const prev = same && cur.minutes < same.minutes ? same : cur.calendar === ELAPSED_CALENDAR ? earlier.find((t) => alwaysBefore(cur, t)) : undefined;
    if (prev) {
      report(targetOrder.create(cur.statement.file, at(cur), { priority: p.id, first: prev.metric, firstValue: prev.text, second: cur.metric, secondValue: cur.text }));
    }
  }
  const onsite = p.targets.onsite;
  if (!onsite) return;
  const response = p.targets.response;
  const restore = p.targets.restore;
  if (response && alwaysBefore(onsite, response)) {
    report(onsiteOrder.create(onsite.statement.file, at(onsite), { priority: p.id, onsite: onsite.text, bound: 'response', boundValue: response.text, relation: 'after' }));
  }
  if (restore && alwaysBefore(restore, onsite)) {
    report(onsiteOrder.create(onsite.statement.file, at(onsite), { priority: p.id, onsite: onsite.text, bound: 'restore', boundValue: restore.text, relation: 'before' }));
  }
}

/** target(P1) ≤ target(P2) ≤ … for each metric, in rank order (same calendar, or clock time against any). */
function validateMonotonic(priorities: readonly SlaPriority[], report: Report): void {
  for (const metric of ['ack', 'response', 'onsite', 'restore', 'resolve', 'update'] as const) {
    let urgent: { p: SlaPriority; t: SlaTarget } | undefined;
    const before: { p: SlaPriority; t: SlaTarget }[] = [];
    for (const p of priorities) {
      const t = p.targets[metric];
      if (!t) continue;
      const slower = urgent && urgent.t.calendar === t.calendar && urgent.t.minutes > t.minutes ? urgent
        : t.calendar === ELAPSED_CALENDAR ? before.find((u) => u.t.calendar !== t.calendar && alwaysBefore(t, u.t)) : undefined;
      if (slower) {
        report(notMonotonic.create(slower.t.statement.file, at(slower.t), { metric, urgent: slower.p.id, urgentValue: slower.t.text, lower: p.id, lowerValue: t.text }));
      }
      if (!urgent || urgent.t.calendar !== t.calendar || t.minutes >= urgent.t.minutes) urgent = { p, t };
      before.push({ p, t });
    }
  }
}

const subscribedOnCall = (c: SlaCalendar | undefined): boolean => childEnum(c?.onCall, 'subscribed', 'value') === 'yes';

function longestWindow(c: SlaCalendar): number {
  return Math.max(0, ...Object.values(c.calendar?.week ?? {}).flatMap((w) => w.map(([s, e]) => e - s)));
}

function validateBasis(f: SlaFacts, report: Report): void {
  const business = f.slaCalendar;
  const windowed = business?.calendar !== undefined && !isRoundTheClock(business.calendar);
  const carryOver = f.sla !== undefined && child(f.sla, 'carry_over') !== undefined;
  for (const p of f.priorities) {
    for (const t of Object.values(p.targets)) {
      if (t.basis === 'elapsed' && windowed && business && !subscribedOnCall(business)) {
        report(elapsedOnBusinessWindow.create(t.statement.file, at(t), { priority: p.id, metric: t.metric, value: t.text, calendar: business.name }));
      }
    }
    const onsite = p.targets.onsite;
    const cal = onsite ? f.calendars.get(onsite.calendar) : undefined;
    if (onsite && cal?.calendar && !isRoundTheClock(cal.calendar) && !carryOver) {
      const longest = longestWindow(cal);
      if (longest > 0 && onsite.minutes > longest) {
        report(onsiteExceedsWindow.create(onsite.statement.file, at(onsite), { priority: p.id, value: onsite.text, window: `${longest} min` }));
      }
    }
  }
  // The most urgent priority on a calendar closed some days (5 d/7): Friday 17:55 waits until Monday.
  const first = f.priorities[0];
  const t = first ? (first.targets.restore ?? first.targets.response) : undefined;
  const cal = t ? f.calendars.get(t.calendar) : undefined;
  if (first && t && cal?.calendar && Object.values(cal.calendar.week).some((w) => w.length === 0) && !cal.onCall) {
    report(urgentOnFiveDays.create(t.statement.file, at(t), { priority: first.id, metric: t.metric, value: t.text, calendar: cal.name }));
  }
}

function validateAvailability(sla: BoundStatement | undefined, report: Report): void {
  for (const a of children(sla, 'availability')) {
    const v = value(a, 'objective');
    if (v?.kind !== 'percent') continue;
    const { min, max } = SLA_PROFILE.availability;
    if (v.value < min || v.value > max) {
      report(availabilityOutOfRange.create(a.file, v.range, { value: fmtPercent(v.value), downtime: String(Math.max(0, allowedDowntimeMinutes(v.value))) }));
    } else if (v.value === max) {
      report(availabilityHundred.create(a.file, v.range, { service: textOf(value(a, 'service')) ?? '' }));
    }
  }
}

/** The monthly fee from the commercial topic's `price { fee … per month|year }`, when stated. */
function monthlyFee(contract: BoundStatement): { amount: number; currency: string } | undefined {
  const fee = child(child(contract, 'price'), 'fee');
  const vals = Object.values(fee?.values ?? {});
  const money = vals.find((v) => v.kind === 'money');
  if (money?.kind !== 'money') return undefined;
  const per = vals.map(textOf).find((x) => x === 'month' || x === 'quarter' || x === 'year');
  const amount = Number(money.amount);
  return { amount: per === 'year' ? amount / 12 : per === 'quarter' ? amount / 3 : amount, currency: money.currency };
}

/** The yearly liability cap from the commercial topic's `liability { cap … }`, in the fee's currency. */
function liabilityCap(contract: BoundStatement, fee: number | undefined): { amount: number; text: string } | undefined {
  const cap = child(child(contract, 'liability'), 'cap');
  const vals = Object.values(cap?.values ?? {});
  const money = vals.find((v) => v.kind === 'money');
  if (money?.kind === 'money') return { amount: Number(money.amount), text: `${money.amount} ${money.currency}` };
  if (fee === undefined) return undefined;
  const percent = vals.find((v) => v.kind === 'percent');
  if (percent?.kind === 'percent') return { amount: (fee * 12 * percent.value) / 100, text: `${percent.text} des redevances annuelles / of yearly fees` };
  const months = vals.find((v) => v.kind === 'number' || v.kind === 'duration');
  if (months?.kind === 'number') return { amount: fee * months.value, text: `${months.text} × redevance mensuelle / monthly fee` };
  if (months?.kind === 'duration' && months.unit === 'month') return { amount: fee * months.amount, text: `${months.amount} months of fees` };
  return undefined;
}

function validatePenalties(ctx: CheckContext, f: SlaFacts, report: Report): void {
  const penalties = children(f.sla, 'penalty');
  for (const p of penalties) {
    const rate = value(p, 'percent');
    if (rate?.kind === 'percent' && (rate.value <= 0 || rate.value > 100)) report(penaltyRate.create(p.file, rate.range, { value: `${rate.text} %` }));
  }
  if (penalties.length === 0 || !f.sla) return;
  const capStmt = child(child(f.sla, 'penalties'), 'cap');
  const cap = value(capStmt, 'percent');
  if (!capStmt || cap?.kind !== 'percent') {
    report(penaltyCapMissing.create(f.sla.file, (child(f.sla, 'penalties') ?? penalties[0] ?? f.sla).node.keyword.range, {}));
    return;
  }
  const yearly = childEnum(child(f.sla, 'penalties'), 'cap', 'period') === 'year';
  const P = SLA_PROFILE.penaltyCap;
  const monthlyEquivalent = yearly ? cap.value / 12 : cap.value;
  if (cap.value <= 0 || cap.value > (yearly ? P.maxYearly : P.maxMonthly)) {
    report(penaltyCapTooHigh.create(capStmt.file, cap.range, { value: `${cap.text} %`, max: yearly ? `${P.maxYearly} %` : `${P.maxMonthly} %` }));
  } else if (monthlyEquivalent > P.high) {
    report(penaltyCapHigh.create(capStmt.file, cap.range, { value: `${cap.text} %`, threshold: `${P.high} %` }));
  } else if (monthlyEquivalent < P.low) {
    report(penaltyCapLow.create(capStmt.file, cap.range, { value: `${cap.text} %`, threshold: `${P.low} %` }));
  }
  const fee = monthlyFee(ctx.contract);
  const liability = liabilityCap(ctx.contract, fee?.amount);
  if (fee !== undefined && liability) {
    const perYear = (fee.amount * cap.value * (yearly ? 1 : 12)) / 100;
    if (perYear > liability.amount) {
      report(penaltiesOverLiability.create(capStmt.file, cap.range, { penalties: `${perYear.toFixed(2)} ${fee.currency}`, liability: liability.text }));
    }
  }
}

function validateReferences(ctx: CheckContext, f: SlaFacts, report: Report): void {
  const byId = new Map(f.priorities.map((p) => [p.id, p]));
  const check = (s: BoundStatement, metric: string, priority: string | undefined, where: string, at?: Range): void => {
    if (priority !== undefined) {
      const p = byId.get(priority);
      if (p && !(metric in p.targets) && !(metric === 'resolve' && p.resolveBestEffort)) {
        report(undefinedMetric.create(s.file, at ?? value(s, 'metric')?.range ?? s.node.keyword.range, { metric, priority, where }));
      }
    } else if (f.priorities.length > 0 && !f.priorities.some((p) => metric in p.targets)) {
      report(undefinedMetric.create(s.file, value(s, 'metric')?.range ?? s.node.keyword.range, { metric, priority: f.priorities.map((p) => p.id).join(', '), where }));
    }
  };
  for (const s of children(f.sla, 'penalty')) check(s, textOf(value(s, 'metric')) ?? '', textOf(value(s, 'priority')), 'penalty');
  // `for P1, P2`: each priority listed must have the target the escalation watches.
  for (const s of children(f.sla, 'escalation')) {
    const metric = textOf(value(s, 'metric')) ?? '';
    const listed = items(value(s, 'priority'));
    if (listed.length === 0) check(s, metric, undefined, 'escalation');
    for (const item of listed) {
      const id = textOf(item);
      if (id !== undefined) check(s, metric, id, 'escalation', listed.length > 1 ? item.range : undefined);
    }
  }
  for (const s of slaThresholds(ctx.contract)) {
    const id = textOf(value(s, 'priority'));
    const p = id === undefined ? undefined : byId.get(id);
    if (p && p.targets.restore === undefined && p.targets.response === undefined) {
      report(undefinedMetric.create(s.file, value(s, 'priority')?.range ?? s.node.keyword.range, { metric: 'restore', priority: p.id, where: 'sla_threshold' }));
    }
  }
}

/** Holiday set a region needs beyond its country's (Alsace-Moselle, Swiss cantons), if any. */
function regionalSet(region: string): string | undefined {
  return SLA_PROFILE.regionalSetPrefixes.some((p) => region === p || (p.endsWith('-') && region.startsWith(p))) ? region : undefined;
}

function validateRegions(ctx: CheckContext, f: SlaFacts, report: Report): void {
  const cal = f.slaCalendar;
  if (!cal || cal.explicitHolidays.length > 0 || cal.holidaysNone || cal.holidaySets.length === 0) return;
  if (f.sla && child(f.sla, 'multi_region') !== undefined) return;
  for (const site of children(child(ctx.contract, 'scope'), 'site')) {
    const regionStmt = child(site, 'region');
    const v = Object.values(regionStmt?.values ?? {})[0];
    const region = textOf(v);
    const set = region === undefined ? undefined : regionalSet(region);
    if (set && v && !cal.holidaySets.includes(set)) {
      report(regionNotCovered.create(site.file, v.range, { site: textOf(value(site, site.spec.declares?.slot ?? 'name')) ?? '', region: region ?? '', set }));
    }
  }
}

/** Sole-remedy service credits on a time limit that is an obligation of result (IG4185), once per metric. */
function validateRemedy(ctx: CheckContext, f: SlaFacts, report: Report): void {
  const nature = child(child(f.sla, 'penalties'), 'nature');
  const v = value(nature, 'kind');
  if (!nature || !v || textOf(v) !== 'sole_remedy') return;
  for (const metric of resultMetrics(ctx)) {
    report(soleRemedyWithResult.create(nature.file, v.range, { metric, law: ctx.law ?? 'FR' }, { fixes: withoutPrejudiceFix(nature) }));
  }
}

/**
 * A calendar the document names (the SLA's own, or one a target counts in) needs a label: the
 * service-level article and matrix would otherwise print its code name (IG4186).
 */
function validateLabels(ctx: CheckContext, f: SlaFacts, report: Report): void {
  if (!f.sla) return;
  const named = new Set<string>();
  const slaCal = textOf(value(child(f.sla, 'calendar'), 'calendar'));
  if (slaCal !== undefined) named.add(slaCal);
  for (const p of f.priorities) {
    for (const t of p.statement.children) {
      const c = textOf(value(t, 'calendar'));
      if (c !== undefined) named.add(c);
    }
  }
  for (const h of children(ctx.contract, 'hours')) {
    const name = textOf(value(h, 'name'));
    if (name === undefined || !named.has(name) || child(h, 'label')) continue;
    report(unlabelledCalendar.create(h.file, value(h, 'name')?.range ?? h.node.keyword.range, { name }));
  }
}

export const validateSla: Validator = (ctx, report) => {
  const f = slaFacts(ctx);
  validateCalendars(f, report);
  for (const p of f.priorities) validateOrder(p, report);
  validateMonotonic(f.priorities, report);
  validateBasis(f, report);
  validateAvailability(f.sla, report);
  validatePenalties(ctx, f, report);
  validateReferences(ctx, f, report);
  validateRegions(ctx, f, report);
  validateRemedy(ctx, f, report);
  validateLabels(ctx, f, report);
};
