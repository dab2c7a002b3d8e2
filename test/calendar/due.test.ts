// Hand-computed due dates (spec sla-v1 "Due dates"). Each case shows its arithmetic. Weekdays: 1 Jan
// 2027 is a Friday, so 4 Jun 2027 is a Friday, 13 Jul a Tuesday, 28 Mar and 31 Oct are the last
// Sundays of March and October (the EU DST changes, at 01:00 UTC).
import { describe, expect, it } from 'vitest';
import { dueInstant, MAX_SCAN_YEARS, openMinutesBetween } from '../../compiler/src/calendar/index.ts';
import { allWeek, calendar, due, instant } from './support.ts';

const PARIS = 'Europe/Paris';
const office = calendar(PARIS, ['08:00-18:00']);
const lunch = calendar(PARIS, ['08:00-12:00', '14:00-18:00']);

describe('business hours Mon–Fri', () => {
  it('opened Friday 17:55, 30 min: 5 min Friday + 25 min Monday = Monday 08:25', () => {
    expect(due(office, '2027-06-04T17:55:00+02:00', 30)).toBe('2027-06-07T08:25:00+02:00');
  });

  it('eve of 14 July, 17:00 + 4 h: 1 h on the 13th, none on the 14th, 3 h from 08:00 on the 15th', () => {
    const withHoliday = calendar(PARIS, ['08:00-18:00'], { holidays: ['2027-07-14'] });
    expect(due(withHoliday, '2027-07-13T17:00:00+02:00', 240)).toBe('2027-07-15T11:00:00+02:00');
    // Without the holiday: 1 h on the 13th + 3 h on the 14th.
    expect(due(office, '2027-07-13T17:00:00+02:00', 240)).toBe('2027-07-14T11:00:00+02:00');
  });

  it('opened in the lunch break 12:30, 1 h: counting starts at 14:00, due 15:00', () => {
    expect(due(lunch, '2027-06-02T12:30:00+02:00', 60)).toBe('2027-06-02T15:00:00+02:00');
  });

  it('opened at a window end, Friday 18:00, 30 min: counts from Monday 08:00, due 08:30', () => {
    expect(due(office, '2027-06-04T18:00:00+02:00', 30)).toBe('2027-06-07T08:30:00+02:00');
  });

  it('used up exactly at a window end: 16:00 + 2 h = 18:00 the same day, not the next opening', () => {
    expect(due(office, '2027-06-02T16:00:00+02:00', 120)).toBe('2027-06-02T18:00:00+02:00');
    // Same at a lunch-break edge: 10:00 + 2 h = 12:00, not 14:00.
    expect(due(lunch, '2027-06-02T10:00:00+02:00', 120)).toBe('2027-06-02T12:00:00+02:00');
  });

  it('0 minutes is due at once, even outside the windows', () => {
    expect(due(office, '2027-06-05T03:00:00+02:00', 0)).toBe('2027-06-05T03:00:00+02:00');
  });

  it('two business days of 8 h on the lunch calendar: Wed 10:00 + 960 min = Fri 10:00', () => {
    // Wed 10–12, 14–18 = 6 h; Thu 8 h; Fri 08–10 = 2 h: 6 + 8 + 2 = 16 h.
    expect(due(lunch, '2027-06-02T10:00:00+02:00', 960)).toBe('2027-06-04T10:00:00+02:00');
  });

  it('keeps seconds of the opening instant', () => {
    expect(due(office, '2027-06-02T09:00:30Z', 1)).toBe('2027-06-02T11:01:30+02:00');
  });
});

describe.each(['Europe/Paris', 'Europe/Zurich'])('DST in %s', (tz) => {
  const always = allWeek(tz);

  it('spring forward: 01:30+01:00 + 60 min = 03:30+02:00 (02:00–03:00 does not exist)', () => {
    expect(due(always, '2027-03-28T01:30:00+01:00', 60)).toBe('2027-03-28T03:30:00+02:00');
  });

  it('fall back: the 00:00–24:00 window of 31 Oct lasts 25 h', () => {
    expect(due(always, '2027-10-31T00:00:00+02:00', 1500)).toBe('2027-11-01T00:00:00+01:00');
    const day = openMinutesBetween(always, instant('2027-10-31T00:00:00+02:00'), instant('2027-11-01T00:00:00+01:00'));
    expect(day).toBe(1500);
  });

  it('fall back: 01:30+02:00 + 60 min = 02:30+02:00, + 120 min = 02:30+01:00 (the hour repeats)', () => {
    expect(due(always, '2027-10-31T01:30:00+02:00', 60)).toBe('2027-10-31T02:30:00+02:00');
    expect(due(always, '2027-10-31T01:30:00+02:00', 120)).toBe('2027-10-31T02:30:00+01:00');
  });

  it('a Sunday window 02:00–04:00 is 1 h on 28 Mar (02:00 → 03:00+02:00) and 3 h on 31 Oct', () => {
    const night = calendar(tz, ['02:00-04:00'], { days: ['sun'] });
    const spring = openMinutesBetween(night, instant('2027-03-28T00:00:00+01:00'), instant('2027-03-29T00:00:00+02:00'));
    expect(spring).toBe(60);
    // 02:00 is read as its first occurrence (+02:00), 04:00 is +01:00: 00:00Z to 03:00Z.
    const autumn = openMinutesBetween(night, instant('2027-10-31T00:00:00+02:00'), instant('2027-11-01T00:00:00+01:00'));
    expect(autumn).toBe(180);
    // 90 min from Saturday: 60 min on 28 Mar (03:00–04:00 +02:00), then 30 min on 4 Apr from 02:00.
    expect(due(night, '2027-03-27T12:00:00+01:00', 90)).toBe('2027-04-04T02:30:00+02:00');
  });

  it('a window ending in the gap is shifted forward: Sunday 01:00–02:30 lasts 90 min on 28 Mar', () => {
    // 01:00+01:00 = 00:00Z; 02:30 does not exist and becomes 03:30+02:00 = 01:30Z.
    const c = calendar(tz, ['01:00-02:30'], { days: ['sun'] });
    expect(due(c, '2027-03-28T00:00:00+01:00', 90)).toBe('2027-03-28T03:30:00+02:00');
  });
});

describe('overnight windows', () => {
  // "22:00-06:00" Mon–Fri: Mon 22–24, Tue 00–06 and 22–24, …, Fri 22–24, Sat 00–06.
  const night = calendar(PARIS, ['22:00-06:00']);

  it('Friday 23:00 + 8 h: 1 h Friday, 6 h Saturday morning, 1 h from Monday 22:00', () => {
    expect(due(night, '2027-06-04T23:00:00+02:00', 480)).toBe('2027-06-07T23:00:00+02:00');
  });

  it('runs through midnight without a break: Tuesday 23:00 + 3 h = Wednesday 02:00', () => {
    expect(due(night, '2027-06-01T23:00:00+02:00', 180)).toBe('2027-06-02T02:00:00+02:00');
  });

  it('the morning part belongs to the next date, closed when that date is a holiday', () => {
    // Tue 13 Jul 23:00 + 2 h: 1 h to midnight; the whole date 14 Jul is closed (its 00–06 and its
    // 22–24); the 1 h left runs from 15 Jul 00:00, the morning part of Wednesday night's range.
    const c = calendar(PARIS, ['22:00-06:00'], { holidays: ['2027-07-14'] });
    expect(due(c, '2027-07-13T23:00:00+02:00', 120)).toBe('2027-07-15T01:00:00+02:00');
  });
});

describe('never', () => {
  it('a calendar with no window never falls due, and says so at once', () => {
    const closed = { timezone: PARIS, week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [] };
    expect(dueInstant(closed, instant('2027-01-01T00:00:00Z'), 1)).toBeUndefined();
    expect(dueInstant(closed, instant('2027-01-01T00:00:00Z'), 0)).toBe(instant('2027-01-01T00:00:00Z'));
  });

  it(`holidays on every open day for more than ${MAX_SCAN_YEARS} years give undefined after a bounded scan`, () => {
    // Only Mondays are open, and every Monday 2027–2039 is a holiday.
    const mondays: string[] = [];
    for (let t = instant('2027-01-04T12:00:00Z'); t < instant('2039-12-31T00:00:00Z'); t += 7 * 86_400_000) {
      mondays.push(new Date(t).toISOString().slice(0, 10));
    }
    const mondaysOnly = calendar(PARIS, ['08:00-18:00'], { days: ['mon'], holidays: mondays });
    const started = Date.now();
    expect(dueInstant(mondaysOnly, instant('2027-01-01T00:00:00Z'), 60)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    // Within the scan the first Monday after the holidays is found: 2040-01-02, 08:00 + 1 h.
    expect(due(mondaysOnly, '2030-01-01T00:00:00Z', 60)).toBe('2040-01-02T09:00:00+01:00');
  });

  it('bad input is answered with undefined, never an exception', () => {
    const badZone = { ...office, timezone: 'Europe/Atlantis' };
    expect(dueInstant(badZone, 0, 10)).toBeUndefined();
    expect(dueInstant(office, Number.NaN, 10)).toBeUndefined();
    expect(dueInstant(office, instant('2027-01-01T00:00:00Z'), -5)).toBeUndefined();
    expect(dueInstant(office, instant('2027-01-01T00:00:00Z'), Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(openMinutesBetween(badZone, 0, 1)).toBeUndefined();
  });
});
