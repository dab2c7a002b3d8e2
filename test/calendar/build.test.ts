// Building calendars from contract-like hours, problems as data, business-day length, and the ISO
// instant helpers.
import { describe, expect, it } from 'vitest';
import {
  buildCalendar, businessDayMinutes, businessDaysToMinutes, calendarProblemDiagnostic, holidaySetDiagnostic,
  isValidTimeZone, parseClock, parseInstant, toLocalIso, weekToJson,
} from '../../compiler/src/calendar/index.ts';
import { renderMessage } from '../../compiler/src/diagnostics/index.ts';

const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('buildCalendar', () => {
  it('builds sorted windows per day, merging touching ranges', () => {
    const { calendar, problems } = buildCalendar({
      timezone: 'Europe/Paris',
      hours: [{ days: MON_FRI, ranges: ['14:00-18:00', '08:00-12:00'] }, { days: ['sat'], ranges: [['09:00', '12:00'], '12:00-13:00'] }],
    });
    expect(problems).toEqual([]);
    expect(calendar?.week.mon).toEqual([[480, 720], [840, 1080]]);
    expect(calendar?.week.sat).toEqual([[540, 780]]);
    expect(calendar?.week.sun).toEqual([]);
    expect(calendar && weekToJson(calendar.week).mon).toEqual([['08:00', '12:00'], ['14:00', '18:00']]);
  });

  it('splits an overnight range over two days, Sunday night wrapping to Monday', () => {
    const { calendar } = buildCalendar({ timezone: 'Europe/Paris', hours: [{ days: ['fri', 'sun'], ranges: ['22:00-06:00'] }] });
    expect(calendar?.week.fri).toEqual([[1320, 1440]]);
    expect(calendar?.week.sat).toEqual([[0, 360]]);
    expect(calendar?.week.sun).toEqual([[1320, 1440]]);
    expect(calendar?.week.mon).toEqual([[0, 360]]);
    expect(calendar && weekToJson(calendar.week).fri).toEqual([['22:00', '24:00']]);
  });

  it('"22:00-00:00" is only the evening, "00:00-24:00" the whole day', () => {
    const { calendar } = buildCalendar({ timezone: 'UTC', hours: [{ days: ['mon'], ranges: ['22:00-00:00'] }, { days: ['wed'], ranges: ['00:00-24:00'] }] });
    expect(calendar?.week.mon).toEqual([[1320, 1440]]);
    expect(calendar?.week.tue).toEqual([]);
    expect(calendar?.week.wed).toEqual([[0, 1440]]);
  });

  it('reports problems as data and keeps what is usable', () => {
    const { calendar, problems } = buildCalendar({
      timezone: 'Europe/Paris',
      hours: [
        { days: ['mon'], ranges: ['08:00-12:00', '11:00-13:00', '9h-10h', '10:00-10:00', '24:00-02:00', '08:60-09:00'] },
        { days: ['mon'], ranges: ['22:00-06:00'] },
        { days: ['sun'], ranges: ['23:00-01:00'] },
      ],
      holidays: ['2027-07-14', '2027-02-29', '2027-07-14'],
    });
    expect(problems.map((p) => p.kind)).toEqual([
      'malformed-range', 'empty-range', 'malformed-range', 'malformed-range', 'overlap', 'invalid-holiday',
    ]);
    // Monday: Sunday night's 00:00–01:00, 08:00–13:00 (the union), its own night from 22:00.
    expect(calendar?.week.mon).toEqual([[0, 60], [480, 780], [1320, 1440]]);
    expect(calendar?.week.tue).toEqual([[0, 360]]);
    expect(calendar?.holidays).toEqual(['2027-07-14']);
    const overlap = problems.find((p) => p.kind === 'overlap');
    expect(overlap).toMatchObject({ day: 'mon', first: { rule: 0, range: 0, text: '08:00-12:00' }, second: { rule: 0, range: 1 } });
  });

  it('refuses an unknown zone and a bare offset, and flags a calendar with no open time', () => {
    expect(buildCalendar({ timezone: 'Europe/Atlantis', hours: [] }).calendar).toBeUndefined();
    expect(buildCalendar({ timezone: '+02:00', hours: [] }).problems[0]).toEqual({ kind: 'invalid-timezone', timezone: '+02:00' });
    expect(buildCalendar({ timezone: 'Europe/Paris', hours: [] }).problems).toEqual([{ kind: 'no-open-time' }]);
    expect(isValidTimeZone('Europe/Zurich')).toBe(true);
  });

  it('turns problems into catalogue diagnostics IG5001–IG5006', () => {
    const where = { file: 'x.infog', range: { start: 0, end: 1 } };
    const { problems } = buildCalendar({
      timezone: 'Mars/Olympus',
      hours: [{ days: ['mon'], ranges: ['08:00-12:00', '10:00-14:00', '8h-9h', '09:00-09:00'] }],
      holidays: ['2027-13-01'],
    });
    const diags = problems.map((p) => calendarProblemDiagnostic(p, 'business', where));
    expect(diags.map((d) => d.code)).toEqual(['IG5001', 'IG5002', 'IG5003', 'IG5004', 'IG5005']);
    expect(renderMessage(diags[3]!, 'en')).toBe('On mon, the ranges "08:00-12:00" and "10:00-14:00" overlap; their union is used.');
    const empty = buildCalendar({ timezone: 'Europe/Paris', hours: [] }).problems.map((p) => calendarProblemDiagnostic(p, 'business', where));
    expect(empty.map((d) => d.code)).toEqual(['IG5006']);
  });
});

describe('holiday-set and business-day diagnostics', () => {
  const where = { file: 'x.infog', range: { start: 3, end: 5 } };
  it('IG5008 for CH without a canton, IG5007 for an unknown set, nothing for a known one', () => {
    expect(holidaySetDiagnostic('CH-GE', where)).toBeUndefined();
    const ch = holidaySetDiagnostic('CH', where);
    expect(ch?.code).toBe('IG5008');
    expect(ch && renderMessage(ch, 'en')).toMatch(/name the canton.*Did you mean "CH-GE"/);
    const fr = holidaySetDiagnostic('FR-75', where);
    expect(fr?.code).toBe('IG5007');
  });

  it('converts business days, or reports IG5009 (days differ) and IG5006 (nothing open)', () => {
    const build = (hours: Parameters<typeof buildCalendar>[0]['hours']) => buildCalendar({ timezone: 'Europe/Paris', hours }).calendar!;
    expect(businessDaysToMinutes(build([{ days: MON_FRI, ranges: ['08:00-12:00', '14:00-18:00'] }]), 2, 'business', where)).toEqual({ ok: true, minutes: 960 });
    const uneven = businessDaysToMinutes(build([{ days: MON_FRI, ranges: ['08:00-18:00'] }, { days: ['sat'], ranges: ['09:00-12:00'] }]), 1, 'business', where);
    expect(uneven.ok ? undefined : uneven.diagnostic.code).toBe('IG5009');
    const closed = businessDaysToMinutes(build([]), 1, 'business', where);
    expect(closed.ok ? undefined : closed.diagnostic.code).toBe('IG5006');
  });
});

describe('parseClock', () => {
  it.each([['08:00', 480], ['8:05', 485], ['24:00', 1440], ['00:00', 0], ['24:01', undefined], ['12:60', undefined], ['1200', undefined]])(
    '%s', (text, expected) => expect(parseClock(text)).toBe(expected),
  );
});

describe('businessDayMinutes', () => {
  const build = (hours: Parameters<typeof buildCalendar>[0]['hours']) => buildCalendar({ timezone: 'Europe/Paris', hours }).calendar!;
  it('is the common length of the open days', () => {
    expect(businessDayMinutes(build([{ days: MON_FRI, ranges: ['08:00-12:00', '14:00-18:00'] }]))).toBe(480);
    expect(businessDayMinutes(build([{ days: MON_FRI, ranges: ['22:00-06:00'] }]))).toBeUndefined(); // Mon 2 h, Sat 6 h
  });
  it('is undefined when days differ or nothing is open', () => {
    expect(businessDayMinutes(build([{ days: MON_FRI, ranges: ['08:00-18:00'] }, { days: ['sat'], ranges: ['09:00-12:00'] }]))).toBeUndefined();
    expect(businessDayMinutes(build([]))).toBeUndefined();
  });
});

describe('ISO instants', () => {
  it('parses offsets, Z, optional seconds and fractions', () => {
    expect(parseInstant('2027-05-04T10:00+02:00')).toBe(Date.UTC(2027, 4, 4, 8, 0));
    expect(parseInstant('2027-05-04T08:00:00Z')).toBe(Date.UTC(2027, 4, 4, 8, 0));
    expect(parseInstant('2027-05-04T08:00:00.250-01:30')).toBe(Date.UTC(2027, 4, 4, 9, 30, 0, 250));
  });
  it.each(['2027-05-04T10:00:00', '2027-02-29T10:00Z', '2027-05-04T24:00Z', '2027-05-04T10:00:60Z', '2027-05-04 10:00Z', '2027-05-04T10:00+24:00', 'nonsense', ''])(
    'refuses %j', (text) => expect(parseInstant(text)).toBeUndefined(),
  );
  it('formats local time with the offset in force', () => {
    expect(toLocalIso(Date.UTC(2027, 4, 4, 8, 0), 'Europe/Paris')).toBe('2027-05-04T10:00:00+02:00');
    expect(toLocalIso(Date.UTC(2027, 0, 4, 8, 0), 'Europe/Brussels')).toBe('2027-01-04T09:00:00+01:00');
    expect(toLocalIso(Date.UTC(2027, 0, 4, 8, 0), 'America/St_Johns')).toBe('2027-01-04T04:30:00-03:30');
    expect(toLocalIso(Date.UTC(2027, 0, 4, 8, 0, 0, 5), 'UTC')).toBe('2027-01-04T08:00:00.005+00:00');
    // Paris used its local mean time, +00:09:21, before 1911.
    expect(toLocalIso(Date.UTC(1900, 0, 1, 0, 0), 'Europe/Paris')).toBe('1900-01-01T00:09:21+00:09:21');
    expect(toLocalIso(0, 'Nowhere/Else')).toBeUndefined();
  });
  it('round-trips', () => {
    for (const iso of ['2027-03-28T03:30:00+02:00', '2027-10-31T02:30:00+01:00', '2027-10-31T02:30:00+02:00']) {
      expect(toLocalIso(parseInstant(iso)!, 'Europe/Paris')).toBe(iso);
    }
  });
});
