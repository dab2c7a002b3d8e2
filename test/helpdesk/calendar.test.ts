import { describe, expect, it } from 'vitest';
import { dueInstant, parseInstant, toLocalIso } from '../../compiler/src/calendar/index.ts';
import { calendarFromSla } from '../../compiler/src/backends/sla/calendar.ts';
import { exampleSla } from '../sla/example.ts';

describe('calendarFromSla', () => {
  it('reads windows as minutes, 24:00 as 1440, holidays as dates', () => {
    const doc = exampleSla();
    const business = calendarFromSla(doc, 'business');
    expect(business?.week.mon).toEqual([[480, 720], [840, 1080]]);
    expect(business?.week.sat).toEqual([]);
    expect([...(business?.holidays ?? [])]).toContain('2027-05-06');
    expect(calendarFromSla(doc, '24x7')?.week.sun).toEqual([[0, 1440]]);
    expect(calendarFromSla(doc, 'nope')).toBeUndefined();
    expect(calendarFromSla(doc, 'toString')).toBeUndefined();
    expect(calendarFromSla(doc, 'business')).toBe(business);
  });

  it('gives spec due dates: Wed 5 May 17:00 + 240 business min skips Ascension and the weekend', () => {
    const cal = calendarFromSla(exampleSla(), 'business');
    if (!cal) throw new Error('calendar');
    const due = dueInstant(cal, parseInstant('2027-05-05T17:00:00+02:00') ?? 0, 240);
    expect(toLocalIso(due ?? 0, 'Europe/Paris')).toBe('2027-05-07T11:00:00+02:00');
  });
});
