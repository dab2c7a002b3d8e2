import {
  buildCalendar, businessDaysToMinutes, calendarProblemDiagnostic, expandHolidays, formatClock, holidaySetDiagnostic,
  type Calendar, type CalendarProblem, type ExtraHoliday, type Holiday, type HoursRule,
} from '../../../calendar/index.ts';
import { noCalendarForBusinessUnits, reversedWindow } from '../../../diagnostics/codes/validate-sla.ts';
import type { Diagnostic, Localized } from '../../../diagnostics/index.ts';
import type { Range } from '../../../text/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { fixedMinutes } from '../../durations.ts';
import { child, children, value } from '../../query.ts';
import type { TypedValue, Weekday } from '../../typed-value.ts';

// Reads the SLA facts of a bound contract as data: service calendars (built with the calendar stage),
// priorities in rank order and every target as `{ minutes, calendar }` (spec sla-v1). The checks and
// the SLA JSON backend both read this, so a target means the same thing everywhere.

export type Metric = 'ack' | 'response' | 'onsite' | 'restore' | 'resolve' | 'update';
export const METRIC_ORDER: readonly Metric[] = ['ack', 'response', 'onsite', 'restore', 'resolve', 'update'];

/** The calendar of targets written in elapsed units without `calendar <name>` (spec sla-v1 example). */
export const ELAPSED_CALENDAR = '24x7';

export interface SlaCalendar {
  readonly name: string;
  readonly statement: BoundStatement;
  /** Undefined when the zone is missing or unknown (reported by rule 52 / IG5001). */
  readonly calendar: Calendar | undefined;
  readonly timezone: string | undefined;
  /** Known holiday-set ids (`FR`, `FR-67`, `CH-GE`…), as written. */
  readonly holidaySets: readonly string[];
  /** `holidays none`: service is provided on public holidays. */
  readonly holidaysNone: boolean;
  /** Set ids written but unknown (`holidays GE`): reported once (IG5007), and not as a missing set. */
  readonly unknownHolidaySets: readonly string[];
  /** Explicit closing days (`holiday 2027-12-24 "…"`). */
  readonly explicitHolidays: readonly ExtraHoliday[];
  readonly onCall: BoundStatement | undefined;
  /** Diagnostics of building it: IG5001–IG5008, IG4136. */
  readonly problems: readonly Diagnostic[];
}

export interface SlaTarget {
  readonly metric: Metric;
  readonly statement: BoundStatement;
  /** Positive integer minutes of open time of `calendar` (spec sla-v1, "Due dates"). */
  readonly minutes: number;
  /** A declared `hours` name, or ELAPSED_CALENDAR. */
  readonly calendar: string;
  readonly basis: 'business' | 'elapsed';
  /** The duration as written (`4 business_hours`), for messages. */
  readonly text: string;
}

export interface SlaPriority {
  readonly id: string;
  /** 1 = most urgent: declaration order, after preset merge. */
  readonly rank: number;
  readonly statement: BoundStatement;
  readonly label: Partial<Localized>;
  readonly criteria: Partial<Localized>;
  readonly targets: Partial<Record<Metric, SlaTarget>>;
  /** `resolve best_effort`: a resolution commitment without a time. */
  readonly resolveBestEffort: boolean;
}

export interface SlaFacts {
  readonly sla: BoundStatement | undefined;
  readonly calendars: ReadonlyMap<string, SlaCalendar>;
  /** `sla { calendar X }`, or the only `hours` of the contract. */
  readonly slaCalendar: SlaCalendar | undefined;
  readonly priorities: readonly SlaPriority[];
  /** Target conversion problems: IG5009 (ambiguous business day), IG5006, IG4148. */
  readonly problems: readonly Diagnostic[];
}

function str(b: BoundStatement | undefined, slot: string): string | undefined {
  const v = value(b, slot);
  return v?.kind === 'string' ? v.value : undefined;
}

/** A prose pair (`"Bloquant" "Blocking"`) as its French and English texts, each only when written. */
function prose(v: TypedValue | undefined): Partial<Localized> {
  if (v?.kind !== 'string') return {};
  return v.en === undefined ? { fr: v.value } : { fr: v.value, en: v.en.value };
}

/** A typed value as plain text (names, refs, enums, strings), for facts written as names. */
export function textOf(v: TypedValue | undefined): string | undefined {
  switch (v?.kind) {
    case 'string': case 'enum': return v.value;
    case 'name': case 'ref': return v.name.text;
    default: return undefined;
  }
}

/** The items of a list slot (a single value is a one-item list). */
export function items(v: TypedValue | undefined): readonly TypedValue[] {
  if (v === undefined) return [];
  return v.kind === 'list' ? v.items : [v];
}

function weekdaysOf(v: TypedValue | undefined): Weekday[] {
  return items(v).flatMap((i) => (i.kind === 'weekdays' ? [...i.days] : []));
}

interface RangeSource {
  readonly statement: BoundStatement;
  readonly ranges: readonly TypedValue[];
}

/** Builds one `hours` statement into a calendar, with its diagnostics at source positions. */
export function readCalendar(h: BoundStatement): SlaCalendar {
  const name = textOf(value(h, 'name')) ?? '';
  const problems: Diagnostic[] = [];
  const rules: HoursRule[] = [];
  const sources: RangeSource[] = [];
  const addRule = (days: Weekday[], s: BoundStatement | undefined): void => {
    if (!s) return;
    const overnight = value(s, 'overnight') !== undefined;
    const kept: TypedValue[] = [];
    for (const r of items(value(s, 'ranges'))) {
      if (r.kind !== 'time-range') continue;
      const text = `${formatClock(r.start)}-${formatClock(r.end)}`;
      if (r.end < r.start && !overnight) {
        problems.push(reversedWindow.create(s.file, r.range, { range: text }));
        continue;
      }
      kept.push(r);
    }
    rules.push({ days, ranges: kept.map((r) => (r.kind === 'time-range' ? `${formatClock(r.start)}-${formatClock(r.end)}` : '')) });
    sources.push({ statement: s, ranges: kept });
  };
  const daysStmt = child(h, 'days');
  const timeStmt = child(h, 'time');
  if (daysStmt && timeStmt) addRule(weekdaysOf(value(daysStmt, 'days')), timeStmt);
  for (const w of children(h, 'window')) addRule(weekdaysOf(value(w, 'days')), w);

  const tzStmt = child(h, 'timezone');
  const timezone = str(tzStmt, 'zone');
  const holidaysStmt = child(h, 'holidays');
  const holidaySets: string[] = [];
  const unknownHolidaySets: string[] = [];
  let holidaysNone = false;
  for (const item of items(value(holidaysStmt, 'sets'))) {
    const id = textOf(item);
    if (id === undefined) continue;
    if (id === 'none') { holidaysNone = true; continue; }
    const d = holidaySetDiagnostic(id, { file: h.file, range: item.range });
    if (d) {
      problems.push(d);
      unknownHolidaySets.push(id);
    } else holidaySets.push(id);
  }
  const explicitHolidays: ExtraHoliday[] = children(h, 'holiday').flatMap((s) => {
    const date = value(s, 'date');
    if (date?.kind !== 'date') return [];
    const label = str(s, 'label') ?? date.text;
    return [{ date: date.text, name: { fr: label, en: label } }];
  });

  const built = buildCalendar({ timezone: timezone ?? 'Europe/Paris', hours: rules, holidays: explicitHolidays.map((x) => x.date) });
  const anyHours = rules.some((r) => r.ranges.length > 0 && r.days.length > 0);
  const seen = new Set<string>();
  for (const p of built.problems) {
    // The calendar reports an overlap once per day; the contract wrote it once.
    if (p.kind === 'overlap') {
      const key = `${p.first.rule}:${p.first.range}:${p.second.rule}:${p.second.range}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    // Missing days/time or zone are completeness findings (rule 52), not calendar errors.
    if (p.kind === 'no-open-time' && !anyHours) continue;
    if (p.kind === 'invalid-timezone' && timezone === undefined) continue;
    problems.push(calendarProblemDiagnostic(p, name, { file: h.file, range: problemRange(p, h, sources, tzStmt) }));
  }
  return {
    name, statement: h, calendar: timezone === undefined ? undefined : built.calendar, timezone,
    holidaySets, holidaysNone, unknownHolidaySets, explicitHolidays, onCall: child(h, 'on_call'), problems,
  };
}

function problemRange(p: CalendarProblem, h: BoundStatement, sources: readonly RangeSource[], tz: BoundStatement | undefined): Range {
  const at = (rule: number, range: number): Range | undefined => sources[rule]?.ranges[range]?.range;
  switch (p.kind) {
    case 'invalid-timezone': return value(tz, 'zone')?.range ?? h.node.keyword.range;
    case 'malformed-range': case 'empty-range': return at(p.at.rule, p.at.range) ?? h.node.keyword.range;
    case 'overlap': return at(p.second.rule, p.second.range) ?? h.node.keyword.range;
    case 'invalid-holiday': case 'no-open-time': return h.node.keyword.range;
  }
}

/** Holidays of a calendar for the years `fromYear..toYear`: its sets expanded, plus explicit dates. */
export function calendarHolidays(c: SlaCalendar, fromYear: number, toYear: number): Holiday[] {
  return expandHolidays(c.holidaySets, fromYear, toYear, c.explicitHolidays);
}

/** The calendar of elapsed-time targets: open 00:00-24:00 every day, no holidays, in `timezone`. */
export function elapsedCalendar(timezone: string): Calendar {
  const all = [[0, 1440]] as const;
  return { timezone, week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all }, holidays: [] };
}

/** True when a calendar is open around the clock every day (a 24/7 window). */
export function isRoundTheClock(c: Calendar | undefined): boolean {
  return c !== undefined && Object.values(c.week).every((w) => w.length === 1 && w[0]?.[0] === 0 && w[0][1] === 1440);
}

/** The duration as it is written in a contract, singular for one (`1 business_hour`, `4 business_hours`). */
function durationText(v: TypedValue & { kind: 'duration' }): string {
  const one = v.amount === 1;
  const unit = {
    minute: 'min', hour: 'h', day: one ? 'day' : 'days', week: one ? 'week' : 'weeks', month: one ? 'month' : 'months',
    year: one ? 'year' : 'years', business_hour: one ? 'business_hour' : 'business_hours', business_day: one ? 'business_day' : 'business_days',
    working_day: one ? 'working_day' : 'working_days',
  }[v.unit];
  return `${v.amount} ${unit}`;
}

/**
 * A target statement (`restore 4 business_hours`, `response 30 min calendar business`) as minutes in a
 * calendar. Business units count in the named calendar or the SLA's; elapsed units are elapsed time
 * (calendar ELAPSED_CALENDAR) unless a calendar is named, in which case they count its open time.
 * Business days use the length of one day of the calendar (IG5009 when days differ).
 */
export function resolveTarget(
  metric: Metric,
  s: BoundStatement,
  calendars: ReadonlyMap<string, SlaCalendar>,
  slaCalendar: SlaCalendar | undefined,
  report: (d: Diagnostic) => void,
): SlaTarget | undefined {
  const d = value(s, 'duration');
  if (d?.kind !== 'duration') return undefined;
  const named = textOf(value(s, 'calendar'));
  const explicit = named === undefined ? undefined : calendars.get(named);
  if (named !== undefined && !explicit) return undefined; // unknown reference, reported by name resolution
  const text = durationText(d);
  const done = (minutes: number, calendar: string, basis: 'business' | 'elapsed'): SlaTarget | undefined =>
    minutes > 0 ? { metric, statement: s, minutes: Math.max(1, Math.round(minutes)), calendar, basis, text } : undefined;
  const elapsed = fixedMinutes(d.amount, d.unit);
  if (elapsed !== undefined) return explicit ? done(elapsed, explicit.name, 'business') : done(elapsed, ELAPSED_CALENDAR, 'elapsed');
  const cal = explicit ?? slaCalendar;
  if (!cal) {
    report(noCalendarForBusinessUnits.create(s.file, d.range, { value: text }));
    return undefined;
  }
  if (d.unit === 'business_hour') return done(d.amount * 60, cal.name, 'business');
  if (d.unit === 'business_day' || d.unit === 'working_day') {
    if (!cal.calendar) return undefined;
    const r = businessDaysToMinutes(cal.calendar, d.amount, cal.name, { file: s.file, range: d.range });
    if (!r.ok) {
      report(r.diagnostic);
      return undefined;
    }
    return done(r.minutes, cal.name, 'business');
  }
  return undefined; // months/years: refused by the slot's units (IG2 code)
}

export function slaOf(contract: BoundStatement): BoundStatement | undefined {
  return child(contract, 'sla');
}

/** Every SLA fact of a contract, once presets are merged. Pure; never throws. */
export function readSla(contract: BoundStatement): SlaFacts {
  const sla = slaOf(contract);
  const calendars = new Map<string, SlaCalendar>();
  for (const h of children(contract, 'hours')) {
    const c = readCalendar(h);
    if (!calendars.has(c.name)) calendars.set(c.name, c);
  }
  const named = textOf(value(child(sla, 'calendar'), 'calendar'));
  const slaCalendar = named !== undefined ? calendars.get(named) : calendars.size === 1 ? [...calendars.values()][0] : undefined;
  const problems: Diagnostic[] = [];
  const priorities = children(sla, 'priority').map((p, i): SlaPriority => {
    const targets: Partial<Record<Metric, SlaTarget>> = {};
    for (const metric of METRIC_ORDER) {
      const s = child(p, metric);
      const t = s ? resolveTarget(metric, s, calendars, slaCalendar, (d) => problems.push(d)) : undefined;
      if (t) targets[metric] = t;
    }
    return {
      id: textOf(value(p, 'id')) ?? '',
      rank: i + 1,
      statement: p,
      label: prose(value(p, 'label')),
      criteria: prose(value(child(p, 'criteria'), 'text')),
      targets,
      resolveBestEffort: value(child(p, 'resolve'), 'best_effort') !== undefined,
    };
  });
  return { sla, calendars, slaCalendar, priorities, problems };
}
