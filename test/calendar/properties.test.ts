// Properties of the due-date engine on random calendars (windows on a 30-minute grid, so DST hours are
// hit often), random zones among Paris/Zurich/Brussels and random holidays, plus agreement with a
// brute-force oracle that counts open minutes one by one using `Intl` directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueInstant, openMinutesBetween, WEEKDAYS, type Calendar, type Window,
} from '../../compiler/src/calendar/index.ts';
import { allWeek, instant } from './support.ts';

const ZONES = ['Europe/Paris', 'Europe/Zurich', 'Europe/Brussels'];
const FROM = instant('2027-01-01T00:00:00Z');
const TO = instant('2028-12-31T00:00:00Z');
const RUNS = { numRuns: 200 };

/** Sorted distinct slot boundaries (×30 min) paired into windows. */
const dayWindows = (avoid: readonly number[]) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 48 }).filter((s) => !avoid.includes(s)), { maxLength: 6 }).map((cuts): Window[] => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const out: Window[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push([(sorted[i] ?? 0) * 30, (sorted[i + 1] ?? 0) * 30]);
    return out;
  });

const holidayDates = fc.uniqueArray(fc.integer({ min: 0, max: 729 }), { maxLength: 25 }).map((days) =>
  days.map((d) => new Date(FROM + d * 86_400_000).toISOString().slice(0, 10)),
);

function calendarArb(avoid: readonly number[] = []): fc.Arbitrary<Calendar> {
  const d = dayWindows(avoid);
  return fc
    .record({
      timezone: fc.constantFrom(...ZONES),
      week: fc.record({ mon: d, tue: d, wed: d, thu: d, fri: d, sat: d, sun: d }),
      holidays: holidayDates,
    })
    .filter((c) => WEEKDAYS.some((day) => c.week[day].length > 0));
}

const opened = fc.integer({ min: FROM, max: TO });
const target = fc.integer({ min: 0, max: 6000 });

function mustDue(cal: Calendar, t: number, m: number): number {
  const d = dueInstant(cal, t, m);
  if (d === undefined) throw new Error('unexpected never');
  return d;
}

describe('due-date properties', () => {
  it('is never before the opening, and the open time up to it is the target', () => {
    fc.assert(fc.property(calendarArb(), opened, target, (cal, t, m) => {
      const d = mustDue(cal, t, m);
      expect(d).toBeGreaterThanOrEqual(t);
      expect(openMinutesBetween(cal, t, d)).toBe(m);
      // Earliest: one millisecond less is not enough.
      if (m > 0) expect(openMinutesBetween(cal, t, d - 1)).toBeLessThan(m);
    }), RUNS);
  });

  it('is monotonic in the opening instant', () => {
    fc.assert(fc.property(calendarArb(), opened, opened, target, (cal, a, b, m) => {
      const [t1, t2] = a <= b ? [a, b] : [b, a];
      expect(mustDue(cal, t1, m)).toBeLessThanOrEqual(mustDue(cal, t2, m));
    }), RUNS);
  });

  it('is additive: due(t, a + b) = due(due(t, a), b)', () => {
    fc.assert(fc.property(calendarArb(), opened, target, target, (cal, t, a, b) => {
      expect(mustDue(cal, t, a + b)).toBe(mustDue(cal, mustDue(cal, t, a), b));
    }), RUNS);
  });

  it('on a 24/7 calendar without holidays, is the opening plus the target exactly', () => {
    const calendars = ZONES.map(allWeek);
    fc.assert(fc.property(fc.constantFrom(...calendars), opened, fc.integer({ min: 0, max: 200_000 }), (cal, t, m) => {
      expect(dueInstant(cal, t, m)).toBe(t + m * 60_000);
    }), RUNS);
  });
});

// The oracle reads local time from Intl (offset cached per UTC hour: EU changes fall on whole hours)
// and asks "is this minute inside a window of its local date?". That naive reading equals the spec's
// conversion except for window ends strictly inside the DST hour, so 02:30 (slot 5) is avoided.
const offsetCache = new Map<string, number>();
function offsetMinutes(timezone: string, t: number): number {
  const hour = Math.floor(t / 3_600_000);
  const key = `${timezone}|${hour}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const fmt = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' });
    const name = fmt.formatToParts(hour * 3_600_000).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    off = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    offsetCache.set(key, off);
  }
  return off;
}

function oracleDue(cal: Calendar, t0: number, minutes: number): number {
  const holidays = new Set(cal.holidays);
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  let t = t0;
  for (let counted = 0; counted < minutes; t += 60_000) {
    const local = new Date(t + offsetMinutes(cal.timezone, t) * 60_000);
    if (holidays.has(local.toISOString().slice(0, 10))) continue;
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const windows = cal.week[days[local.getUTCDay()] ?? 'sun'];
    if (windows.some(([s, e]) => s <= minute && minute < e)) counted++;
  }
  return t;
}

describe('agreement with a brute-force minute oracle', () => {
  // Openings on whole minutes near the DST changes of 2027 and anywhere else.
  const nearDst = fc.constantFrom(instant('2027-03-27T12:00:00Z'), instant('2027-10-30T12:00:00Z'));
  const minuteOpened = fc.oneof(
    fc.tuple(nearDst, fc.integer({ min: 0, max: 2 * 1440 })).map(([base, k]) => base + k * 60_000),
    fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((k) => k * 60_000),
  );
  it('gives the same due dates', () => {
    fc.assert(fc.property(calendarArb([5]), minuteOpened, fc.integer({ min: 0, max: 1500 }), (cal, t, m) => {
      expect(mustDue(cal, t, m)).toBe(oracleDue(cal, t, m));
    }), RUNS);
  });
});
