import {
  slaAcknowledgement, slaAvailability, slaCalendar, slaClockRules, slaEscalation, slaMeasurement, slaOnsiteDelay,
  slaPenalties, slaPenaltiesRemedy, slaPriorities, slaReactionTime, slaResolutionTime, slaRestorationTime, slaServiceHours,
} from '../../../diagnostics/codes/rules-sla.ts';
import type { Fix } from '../../../diagnostics/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, childEnum, children, has, value } from '../../query.ts';
import { factsOf, type FactCheck } from '../facts.ts';
import type { CheckContext, Finding, Rule } from '../rule.ts';
import { items, readSla, textOf, type Metric, type SlaFacts, type SlaPriority } from './read.ts';

// Checklist rules of brief §2.6 (IG3052–IG3064). Each counts a fact as present only when it is stated
// as typed data; criteria and labels are text the backend prints, never what satisfies a rule alone.

const facts = new WeakMap<BoundStatement, SlaFacts>();
/** The SLA facts of a contract, read once per check run (rules and validators share them). */
export function slaFacts(ctx: CheckContext): SlaFacts {
  let f = facts.get(ctx.contract);
  if (!f) {
    f = readSla(ctx.contract);
    facts.set(ctx.contract, f);
  }
  return f;
}

type Emit = (f: Finding) => void;

/**
 * Reports the facts `at` lacks, naming those it has. A bare key is a fact known to be absent; with
 * `absent`, nothing of the element is written and the rule's summary says so.
 */
function report(at: BoundStatement, checks: readonly (FactCheck | string | undefined)[], emit: Emit, subject?: string, absent = false): void {
  const { missing, present } = factsOf(checks.map((c) => (typeof c === 'string' ? [c, false] as const : c)));
  if (missing.length > 0) {
    emit({ file: at.file, range: anchor(at), missing, ...(present.length > 0 ? { present } : {}), ...(subject === undefined ? {} : { subject }), ...(absent ? { absent } : {}) });
  }
}

const need = (ok: boolean, key: string): FactCheck => [key, ok];

/** Where a finding about the SLA points: the `sla` keyword, else the contract's. */
function slaAnchor(ctx: CheckContext): BoundStatement {
  return slaFacts(ctx).sla ?? ctx.contract;
}

export const serviceHoursRule: Rule = {
  code: slaServiceHours,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    const hours = children(ctx.contract, 'hours');
    if (hours.length === 0) {
      report(slaAnchor(ctx), ['hours'], emit, undefined, true);
      return;
    }
    if (f.sla && !f.slaCalendar) report(f.sla, ['sla.calendar'], emit);
    for (const h of hours) {
      // `days` and `time` make the weekly window together: one without the other would be dropped from
      // the calendar (the weekdays closed, due dates days late). `window` lines alone are a calendar.
      const days = has(h, 'days');
      const time = has(h, 'time');
      const windowOnly = !days && !time && has(h, 'window');
      const onCall = child(h, 'on_call');
      report(h, [
        need(days || windowOnly, 'hours.days'),
        need(time || windowOnly, 'hours.time'),
        need(has(h, 'timezone'), 'hours.timezone'),
        need(has(h, 'holidays'), 'hours.holidays'),
        ['hours.on_call.price', has(onCall, 'price'), onCall !== undefined],
        ['hours.on_call.time', has(onCall, 'days') && has(onCall, 'time'), onCall !== undefined],
      ], emit, textOf(value(h, 'name')));
    }
  },
};

function regionOf(site: BoundStatement): string | undefined {
  return textOf(Object.values(child(site, 'region')?.values ?? {})[0]);
}

export const calendarRule: Rule = {
  code: slaCalendar,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    const cal = f.slaCalendar;
    if (!cal) return; // rule 52 reports the missing calendar
    const explicit = cal.explicitHolidays.length > 0;
    const tied = cal.holidaySets.length > 0 || explicit || cal.holidaysNone;
    // A set written but unknown is one mistake, already reported with the set meant (IG5007).
    if (cal.unknownHolidaySets.length > 0) return;
    report(cal.statement, [need(tied, 'hours.region')], emit, cal.name, true);
    if (explicit || cal.holidaysNone) return;
    const sites = children(child(ctx.contract, 'scope'), 'site');
    const regions = new Set<string>();
    for (const s of sites) {
      const region = regionOf(s);
      if (region) regions.add(region);
      const name = textOf(value(s, s.spec.declares?.slot ?? 'name'));
      report(s, [need(has(s, 'country'), 'site.country'), need(region !== undefined, 'site.region')], emit, name);
    }
    if (regions.size > 1 && f.sla && !has(f.sla, 'multi_region')) report(f.sla, ['sla.multi_region'], emit);
  },
};

/** Per priority; a single fact asked of each priority is absent when it is missing (`absent`). */
function forEachPriority(ctx: CheckContext, emit: Emit, checks: (p: SlaPriority) => FactCheck[], absent = false): void {
  for (const p of slaFacts(ctx).priorities) report(p.statement, checks(p), emit, p.id, absent);
}

export const prioritiesRule: Rule = {
  code: slaPriorities,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (f.priorities.length === 0) {
      report(slaAnchor(ctx), ['sla.priority'], emit, undefined, true);
      return;
    }
    const q = child(f.sla, 'qualification');
    if (f.sla) report(f.sla, [need(has(q, 'by'), 'sla.qualification.by'), need(has(q, 'dispute'), 'sla.qualification.dispute')], emit);
    forEachPriority(ctx, emit, (p) => [
      need(p.label.fr !== undefined, 'priority.label'),
      need(p.label.en !== undefined, 'priority.label_en'),
      need(p.criteria.fr !== undefined, 'priority.criteria'),
      need(p.criteria.en !== undefined, 'priority.criteria_en'),
      need(has(p.statement, 'impact'), 'priority.impact'),
      need(has(p.statement, 'workaround'), 'priority.workaround'),
    ]);
  },
};

const stated = (p: SlaPriority, metric: Metric): boolean => has(p.statement, metric);

export const acknowledgementRule: Rule = {
  code: slaAcknowledgement,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    const ack = child(f.sla, 'acknowledgement');
    report(f.sla, [need(childEnum(ack, 'ticket_number', 'value') === 'yes', 'sla.acknowledgement.ticket_number')], emit);
    forEachPriority(ctx, emit, (p) => [need(stated(p, 'ack'), 'priority.ack')], true);
  },
};

export const reactionTimeRule: Rule = {
  code: slaReactionTime,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) {
      report(ctx.contract, ['sla'], emit, undefined, true);
      return;
    }
    report(f.sla, [need(has(f.sla, 'reaction'), 'sla.reaction')], emit);
    forEachPriority(ctx, emit, (p) => [need(stated(p, 'response'), 'priority.response')], true);
  },
};

/** `support { onsite { … } }` of the scope topic: on-site support is offered. */
function onsiteSupport(ctx: CheckContext): BoundStatement | undefined {
  return child(child(ctx.contract, 'support'), 'onsite');
}

export const onsiteDelayRule: Rule = {
  code: slaOnsiteDelay,
  levelIn: (ctx) => (onsiteSupport(ctx) ? 'required' : undefined),
  check(ctx, emit) {
    const onsite = onsiteSupport(ctx);
    const f = slaFacts(ctx);
    if (!onsite || !f.sla) return;
    const eligible = new Set(items(value(child(onsite, 'priorities'), 'priorities')).map((v) => textOf(v)));
    const zone = child(f.sla, 'onsite_zone');
    // The sites say where; the zone says how far a technician travels (radius or regions): both needed.
    const limited = has(zone, 'radius_km') || has(zone, 'regions');
    report(f.sla, [need(limited, 'sla.onsite_zone')], emit);
    for (const p of f.priorities) {
      if (eligible.size > 0 && !eligible.has(p.id)) continue;
      report(p.statement, [need(stated(p, 'onsite'), 'priority.onsite')], emit, p.id, true);
    }
  },
};

export const restorationTimeRule: Rule = {
  code: slaRestorationTime,
  // RECOMMENDED, REQUIRED for P1 in the infogérance profile: a finding carries one level, so under that
  // profile the rule checks the most urgent priority only, as an error.
  levelIn: (ctx) => (ctx.kind === 'infogerance' ? 'required' : 'recommended'),
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    const r = child(f.sla, 'restoration');
    report(f.sla, [need(has(r, 'workaround'), 'sla.restoration.workaround'), need(has(r, 'exclusions'), 'sla.restoration.exclusions')], emit);
    const scope = ctx.kind === 'infogerance' ? f.priorities.slice(0, 1) : f.priorities;
    for (const p of scope) report(p.statement, [need(stated(p, 'restore'), 'priority.restore')], emit, p.id, true);
  },
};

export const resolutionTimeRule: Rule = {
  code: slaResolutionTime,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    report(f.sla, [need(has(f.sla, 'closure'), 'sla.closure')], emit);
    forEachPriority(ctx, emit, (p) => [need(stated(p, 'resolve'), 'priority.resolve')], true);
  },
};

export const clockRulesRule: Rule = {
  code: slaClockRules,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    const clock = child(f.sla, 'clock');
    if (!clock) {
      report(f.sla, ['sla.clock'], emit, undefined, true);
      return;
    }
    const used = new Set<string>(f.priorities.flatMap((p) => ['ack', 'response', 'onsite', 'restore', 'resolve', 'update'].filter((m) => has(p.statement, m))));
    const stopped = new Set(children(clock, 'stop').map((s) => textOf(value(s, 'metric'))));
    report(clock, [
      need(has(clock, 'start'), 'sla.clock.start'),
      need(has(clock, 'outside_hours'), 'sla.clock.outside_hours'),
      need(has(clock, 'pauses'), 'sla.clock.pauses'),
      need([...used].every((m) => stopped.has(m)), 'sla.clock.stop'),
    ], emit);
  },
};

export const availabilityRule: Rule = {
  code: slaAvailability,
  // OPTIONAL, REQUIRED when the provider hosts or operates a service (`hosting provider`) or promises an availability.
  levelIn: (ctx) => {
    const sla = child(ctx.contract, 'sla');
    return childEnum(sla, 'hosting', 'by') === 'provider' || has(sla, 'availability') ? 'required' : 'optional';
  },
  check(ctx, emit) {
    const f = slaFacts(ctx);
    const all = children(f.sla, 'availability');
    if (all.length === 0) {
      report(slaAnchor(ctx), ['sla.availability'], emit, undefined, true);
      return;
    }
    for (const a of all) {
      const excluded = items(value(child(a, 'excludes'), 'items')).map(textOf);
      report(a, [
        need(has(a, 'window'), 'availability.window'),
        need(has(a, 'excludes'), 'availability.excludes'),
        ['availability.maintenance_notice', has(a, 'maintenance_notice'), excluded.includes('planned_maintenance')],
        need(has(a, 'source'), 'availability.source'),
      ], emit, textOf(value(a, 'service')));
    }
  },
};

export const measurementRule: Rule = {
  code: slaMeasurement,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    const m = child(f.sla, 'measurement');
    if (!m) {
      report(f.sla, ['sla.measurement'], emit, undefined, true);
      return;
    }
    report(m, [
      need(has(m, 'tool'), 'measurement.tool'),
      need(childEnum(m, 'raw_data', 'value') === 'yes', 'measurement.raw_data'),
      need(has(m, 'report'), 'measurement.report'),
      need(has(m, 'contest'), 'measurement.contest'),
    ], emit);
  },
};

/** `term { termination breach { sla_threshold … } }`: the link between penalties and termination. */
function slaThresholds(contract: BoundStatement): BoundStatement[] {
  return children(child(contract, 'term'), 'termination').flatMap((t) => children(t, 'sla_threshold'));
}

export const penaltiesRule: Rule = {
  code: slaPenalties,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    const penalties = children(f.sla, 'penalty');
    if (penalties.length === 0) {
      report(f.sla, ['sla.penalty'], emit, undefined, true);
      return;
    }
    const regime = child(f.sla, 'penalties');
    report(regime ?? f.sla, [
      need(has(regime, 'cap'), 'penalties.cap'),
      need(has(regime, 'settlement'), 'penalties.settlement'),
      need(has(regime, 'nature'), 'penalties.nature'),
      need(has(regime, 'exclusions'), 'penalties.exclusions'),
      need(childEnum(regime, 'termination_link', 'link') === 'general_breach' || slaThresholds(ctx.contract).length > 0, 'penalties.termination'),
    ], emit);
  },
};

/** Penalised time limits the contract also makes an obligation of result (`liability { obligation … result }`). */
export function resultMetrics(ctx: CheckContext): Metric[] {
  const SUBJECT: Readonly<Record<string, Metric>> = { response_time: 'response', restoration_time: 'restore' };
  const result = children(child(ctx.contract, 'liability'), 'obligation')
    .filter((o) => textOf(value(o, 'nature')) === 'result')
    .map((o) => SUBJECT[textOf(value(o, 'subject')) ?? ''])
    .filter((m): m is Metric => m !== undefined);
  const penalised = new Set(children(slaFacts(ctx).sla, 'penalty').map((p) => textOf(value(p, 'metric'))));
  return [...new Set(result)].filter((m) => penalised.has(m));
}

/** `nature sole_remedy` → `nature without_prejudice`: the Client keeps its claim for damages. */
export function withoutPrejudiceFix(nature: BoundStatement): Fix[] {
  const v = value(nature, 'kind');
  if (!v) return [];
  return [{
    title: { fr: 'Pénalités sans préjudice des dommages-intérêts (without_prejudice)', en: 'Service credits without prejudice to damages (without_prejudice)' },
    edits: [{ file: nature.file, range: v.range, newText: 'without_prejudice' }],
    preferred: true,
  }];
}

export const penaltiesRemedyRule: Rule = {
  code: slaPenaltiesRemedy,
  check(ctx, emit) {
    const nature = child(child(slaFacts(ctx).sla, 'penalties'), 'nature');
    if (!nature || textOf(value(nature, 'kind')) !== 'sole_remedy') return;
    // Next to an obligation of result it is a contradiction, reported once as an error (IG4185).
    if (resultMetrics(ctx).length > 0) return;
    const v = value(nature, 'kind');
    emit({ file: nature.file, range: v?.range ?? anchor(nature), missing: ['penalties.without_prejudice'], fixes: withoutPrejudiceFix(nature) });
  },
};

export const escalationRule: Rule = {
  code: slaEscalation,
  check(ctx, emit) {
    const f = slaFacts(ctx);
    if (!f.sla) return;
    report(f.sla, [need(has(f.sla, 'escalation'), 'sla.escalation')], emit, undefined, true);
  },
};

export { slaThresholds };
