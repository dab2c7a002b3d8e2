// Due dates (spec sla-v1, "Due dates: what a target means"): a target of m minutes for a ticket opened
// at t0 is due at the earliest t >= t0 such that the calendar's open time inside [t0, t) is m minutes.
//
// How: open time is precomputed, per calendar and per local year, as sorted disjoint instant intervals
// with a running total, so a due date is two binary searches per year crossed, never a walk minute by
// minute. Each local date that is not a holiday contributes its weekday's windows, both ends converted
// with the "compatible" rule (zone.ts); the union is taken after conversion, because in a DST gap two
// windows of one day can land on the same instants (02:30 and 03:30 are one instant on that day).
//
// "Never": when no open time is found within MAX_SCAN_YEARS local years after t0's year (a calendar
// with no window, or holidays covering years), the answer is `undefined` — after a bounded scan.
import { daysFromCivil, MS_PER_DAY, MS_PER_MINUTE, parseIsoDate, weekdayOfDays } from './civil.ts';
import { WEEKDAYS, type Calendar } from './types.ts';
import { getZone, MAX_INSTANT, MIN_INSTANT, type Zone } from './zone.ts';

export const MAX_SCAN_YEARS = 10;

interface YearChunk {
  /** First instant of the local year (local 1 January 00:00) and of the next one. */
  readonly start: number;
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Open ms from `start` to `ends[i]`. */
  readonly cumEnd: Float64Array;
  readonly total: number;
}

interface CalendarIndex {
  readonly zone: Zone;
  /** Windows by JS weekday (0 = Sunday), as minute pairs. */
  readonly byWeekday: readonly (readonly number[])[];
  readonly holidays: ReadonlySet<number>;
  readonly hasWindows: boolean;
  readonly years: Map<number, YearChunk>;
}

// Keyed by object identity: a `Calendar` is an immutable value (readonly throughout), so its index is
// built once, lazily per year, and shared by every due date computed on it.
const indexes = new WeakMap<Calendar, CalendarIndex | null>();

function indexOf(calendar: Calendar): CalendarIndex | undefined {
  let ix = indexes.get(calendar);
  if (ix === undefined) {
    ix = buildIndex(calendar);
    indexes.set(calendar, ix);
  }
  return ix ?? undefined;
}

function buildIndex(calendar: Calendar): CalendarIndex | null {
  const zone = getZone(calendar.timezone);
  if (!zone) return null;
  const byWeekday: number[][] = [[], [], [], [], [], [], []];
  WEEKDAYS.forEach((day, i) => {
    const target = byWeekday[(i + 1) % 7] ?? [];
    // The engine does not trust its input: malformed windows are dropped, not thrown on.
    for (const [s, e] of calendar.week[day] ?? []) {
      const start = Math.max(0, s);
      const end = Math.min(1440, e);
      if (Number.isFinite(start) && Number.isFinite(end) && start < end) target.push(start, end);
    }
  });
  const holidays = new Set<number>();
  for (const h of calendar.holidays) {
    const day = parseIsoDate(h);
    if (day !== undefined) holidays.add(day);
  }
  const hasWindows = byWeekday.some((w) => w.length > 0);
  return { zone, byWeekday, holidays, hasWindows, years: new Map() };
}

function yearChunk(ix: CalendarIndex, year: number): YearChunk {
  const cached = ix.years.get(year);
  if (cached) return cached;
  const firstDay = daysFromCivil(year, 1, 1);
  const nextFirstDay = daysFromCivil(year + 1, 1, 1);
  const start = ix.zone.localToInstant(firstDay * MS_PER_DAY);
  const end = ix.zone.localToInstant(nextFirstDay * MS_PER_DAY);
  // One day of margin each side: a DST gap can move a window's instants past local midnight.
  const raw: [number, number][] = [];
  for (let day = firstDay - 1; day <= nextFirstDay; day++) {
    if (ix.holidays.has(day)) continue;
    const w = ix.byWeekday[weekdayOfDays(day)] ?? [];
    for (let k = 0; k + 1 < w.length; k += 2) {
      const s = ix.zone.localToInstant(day * MS_PER_DAY + (w[k] ?? 0) * MS_PER_MINUTE);
      const e = ix.zone.localToInstant(day * MS_PER_DAY + (w[k + 1] ?? 0) * MS_PER_MINUTE);
      const cs = Math.max(s, start);
      const ce = Math.min(e, end);
      if (cs < ce) raw.push([cs, ce]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const iv of raw) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  const n = merged.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const cumEnd = new Float64Array(n);
  let total = 0;
  merged.forEach(([s, e], i) => {
    starts[i] = s;
    ends[i] = e;
    total += e - s;
    cumEnd[i] = total;
  });
  const chunk: YearChunk = { start, end, starts, ends, cumEnd, total };
  ix.years.set(year, chunk);
  return chunk;
}

/** The local year containing instant `t`. */
function localYear(ix: CalendarIndex, t: number): number {
  const year = new Date(t).getUTCFullYear();
  if (t < yearChunk(ix, year).start) return year - 1;
  if (t >= yearChunk(ix, year).end) return year + 1;
  return year;
}

/** First index i with arr[i] > x (or >= x when `inclusive`), in [lo, arr.length]. */
function search(arr: Float64Array, x: number, lo: number, inclusive: boolean): number {
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = arr[mid] ?? 0;
    if (v > x || (inclusive && v === x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Open ms of the chunk in [chunk.start, t), for t inside the chunk. */
function openBefore(c: YearChunk, t: number): number {
  const i = search(c.ends, t, 0, false);
  if (i >= c.starts.length) return c.total;
  const prev = i > 0 ? (c.cumEnd[i - 1] ?? 0) : 0;
  return prev + Math.max(0, t - (c.starts[i] ?? 0));
}

function validInstant(t: number): boolean {
  return Number.isFinite(t) && t >= MIN_INSTANT && t <= MAX_INSTANT;
}

/**
 * Epoch ms at which a target of `minutes` opened at `openedEpochMs` is due on `calendar`, or undefined
 * for "never" (no open time within MAX_SCAN_YEARS years), an unknown time zone, a negative or
 * non-finite target, or an instant outside years 1–9999. `minutes = 0` is due at once.
 */
export function dueInstant(calendar: Calendar, openedEpochMs: number, minutes: number): number | undefined {
  const ix = indexOf(calendar);
  if (!ix || !validInstant(openedEpochMs) || !Number.isFinite(minutes) || minutes < 0) return undefined;
  if (minutes === 0) return openedEpochMs;
  if (!ix.hasWindows) return undefined;
  let need = minutes * MS_PER_MINUTE;
  let cursor = openedEpochMs;
  let year = localYear(ix, cursor);
  for (let scanned = 0; scanned <= MAX_SCAN_YEARS && year <= 9999; scanned++, year++) {
    const c = yearChunk(ix, year);
    const goal = openBefore(c, cursor) + need;
    if (goal <= c.total) {
      // The earliest t: the first interval whose running total reaches the goal, so a target used up
      // exactly at a window's end is due at that end, not at the next opening.
      const j = search(c.cumEnd, goal, 0, true);
      const prev = j > 0 ? (c.cumEnd[j - 1] ?? 0) : 0;
      return (c.starts[j] ?? 0) + (goal - prev);
    }
    need = goal - c.total;
    cursor = c.end;
  }
  return undefined;
}

/** Open minutes of `calendar` inside [fromMs, toMs) (0 when toMs <= fromMs); undefined on bad input. */
export function openMinutesBetween(calendar: Calendar, fromMs: number, toMs: number): number | undefined {
  const ix = indexOf(calendar);
  if (!ix || !validInstant(fromMs) || !validInstant(toMs)) return undefined;
  if (toMs <= fromMs || !ix.hasWindows) return 0;
  let open = 0;
  const last = localYear(ix, toMs);
  for (let year = localYear(ix, fromMs); year <= last; year++) {
    const c = yearChunk(ix, year);
    const from = Math.max(fromMs, c.start);
    const to = Math.min(toMs, c.end);
    if (from < to) open += openBefore(c, to) - openBefore(c, from);
  }
  return open / MS_PER_MINUTE;
}
