// Building a `Calendar` from what a contract writes: day sets with time ranges ("08:00-12:00",
// overnight "22:00-06:00"), a zone and holiday dates. Problems come back as data beside the result,
// never as exceptions, so the model stage can attach them to source ranges (codes IG5001–IG5006).
import { formatIsoDate, pad, parseIsoDate } from './civil.ts';
import { WEEKDAYS, type Calendar, type Weekday, type Window } from './types.ts';
import { isValidTimeZone } from './zone.ts';

export interface HoursRule {
  readonly days: readonly Weekday[];
  /** `"08:00-12:00"` or `["08:00", "12:00"]`; an end before the start means overnight. */
  readonly ranges: readonly (string | readonly [string, string])[];
}

export interface CalendarDescription {
  readonly timezone: string;
  readonly hours: readonly HoursRule[];
  readonly holidays?: readonly string[];
}

/** Where a range came from: indices into `hours` and its `ranges`. */
export interface RangeRef {
  readonly rule: number;
  readonly range: number;
  readonly text: string;
}

export type CalendarProblem =
  | { readonly kind: 'invalid-timezone'; readonly timezone: string }
  | { readonly kind: 'malformed-range'; readonly at: RangeRef }
  | { readonly kind: 'empty-range'; readonly at: RangeRef }
  | { readonly kind: 'overlap'; readonly day: Weekday; readonly first: RangeRef; readonly second: RangeRef }
  | { readonly kind: 'invalid-holiday'; readonly index: number; readonly text: string }
  | { readonly kind: 'no-open-time' };

export interface BuildResult {
  /** Undefined only when the zone is unknown; otherwise the union of the valid ranges. */
  readonly calendar: Calendar | undefined;
  readonly problems: readonly CalendarProblem[];
}

/** Minutes since midnight of `H:MM`/`HH:MM`, 00:00–24:00; undefined otherwise. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function splitRange(range: string | readonly [string, string]): readonly [string, string] | undefined {
  if (typeof range !== 'string') return range;
  const parts = range.split(/\s*[-–]\s*/);
  return parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : undefined;
}

interface Segment {
  readonly day: Weekday;
  readonly start: number;
  readonly end: number;
  readonly at: RangeRef;
}

/**
 * One range on one day as windows. Overnight `22:00-06:00` is 22:00–24:00 that day and 00:00–06:00
 * the next (spec sla-v1, "Rules of the format"); `24:00` is only an end.
 */
function segments(day: Weekday, start: number, end: number, at: RangeRef): Segment[] {
  if (start < end) return [{ day, start, end, at }];
  const next = WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7] ?? 'mon';
  const out: Segment[] = [{ day, start, end: 1440, at }];
  if (end > 0) out.push({ day: next, start: 0, end, at });
  return out;
}

export function buildCalendar(desc: CalendarDescription): BuildResult {
  const problems: CalendarProblem[] = [];
  const all: Segment[] = [];
  desc.hours.forEach((rule, ri) => {
    const days = [...new Set(rule.days)];
    rule.ranges.forEach((range, gi) => {
      const text = typeof range === 'string' ? range : `${range[0]}-${range[1]}`;
      const at: RangeRef = { rule: ri, range: gi, text };
      const pair = splitRange(range);
      const start = pair && parseClock(pair[0]);
      const end = pair && parseClock(pair[1]);
      if (start === undefined || end === undefined || start === 1440) {
        problems.push({ kind: 'malformed-range', at });
      } else if (start === end) {
        // "08:00-08:00" could mean nothing or 24 hours; the contract must say 00:00-24:00.
        problems.push({ kind: 'empty-range', at });
      } else {
        for (const day of days) all.push(...segments(day, start, end, at));
      }
    });
  });
  const merged = (day: Weekday): Window[] => mergeDay(day, all.filter((s) => s.day === day), problems);
  const week: Record<Weekday, Window[]> = {
    mon: merged('mon'), tue: merged('tue'), wed: merged('wed'), thu: merged('thu'),
    fri: merged('fri'), sat: merged('sat'), sun: merged('sun'),
  };
  const holidays: string[] = [];
  (desc.holidays ?? []).forEach((text, index) => {
    const d = parseIsoDate(text);
    if (d === undefined) problems.push({ kind: 'invalid-holiday', index, text });
    else holidays.push(formatIsoDate(d));
  });
  holidays.sort();
  if (WEEKDAYS.every((d) => week[d].length === 0)) problems.push({ kind: 'no-open-time' });
  if (!isValidTimeZone(desc.timezone)) {
    problems.unshift({ kind: 'invalid-timezone', timezone: desc.timezone });
    return { calendar: undefined, problems };
  }
  return { calendar: { timezone: desc.timezone, week, holidays: [...new Set(holidays)] }, problems };
}

/** Sorts, reports overlaps (touching windows are fine) and returns the union as windows. */
function mergeDay(day: Weekday, segs: readonly Segment[], problems: CalendarProblem[]): Window[] {
  const sorted = [...segs].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: [number, number][] = [];
  let reach: Segment | undefined;
  for (const s of sorted) {
    if (reach && s.start < reach.end) problems.push({ kind: 'overlap', day, first: reach.at, second: s.at });
    if (!reach || s.end > reach.end) reach = s;
    const last = out[out.length - 1];
    if (last && s.start <= last[1]) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}

/**
 * Length in minutes of one business day when every open weekday has the same total; undefined when
 * they differ (the SLA spec makes converting business days then an error) or no day is open.
 */
export function businessDayMinutes(calendar: Calendar): number | undefined {
  let length: number | undefined;
  for (const day of WEEKDAYS) {
    const total = (calendar.week[day] ?? []).reduce((sum, [s, e]) => sum + Math.max(0, e - s), 0);
    if (total === 0) continue;
    if (length !== undefined && length !== total) return undefined;
    length = total;
  }
  return length;
}

/** The SLA JSON form of a week: `{ mon: [["08:00", "12:00"]], … }` (spec sla-v1, "Shape"). */
export function weekToJson(week: Calendar['week']): Record<Weekday, [string, string][]> {
  const json = (day: Weekday): [string, string][] => (week[day] ?? []).map(([s, e]) => [formatClock(s), formatClock(e)]);
  return { mon: json('mon'), tue: json('tue'), wed: json('wed'), thu: json('thu'), fri: json('fri'), sat: json('sat'), sun: json('sun') };
}
