// Shared helpers for the calendar tests: build a calendar from contract-like text and compute due
// dates as local ISO strings, so expectations read like the hand arithmetic beside them.
import {
  buildCalendar, dueInstant, parseInstant, toLocalIso, WEEKDAYS, type Calendar, type Weekday,
} from '../../compiler/src/calendar/index.ts';

export const WEEKDAYS_MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function calendar(
  timezone: string,
  ranges: readonly string[],
  options: { days?: readonly Weekday[]; holidays?: readonly string[] } = {},
): Calendar {
  const { calendar: cal, problems } = buildCalendar({
    timezone,
    hours: [{ days: options.days ?? WEEKDAYS_MON_FRI, ranges }],
    holidays: options.holidays ?? [],
  });
  if (!cal || problems.length > 0) throw new Error(`bad test calendar: ${JSON.stringify(problems)}`);
  return cal;
}

export const allWeek = (timezone: string): Calendar => calendar(timezone, ['00:00-24:00'], { days: WEEKDAYS });

export function instant(iso: string): number {
  const t = parseInstant(iso);
  if (t === undefined) throw new Error(`bad instant ${iso}`);
  return t;
}

/** Due date of `minutes` opened at `openedIso`, as ISO text in the calendar's zone. */
export function due(cal: Calendar, openedIso: string, minutes: number): string | undefined {
  const t = dueInstant(cal, instant(openedIso), minutes);
  return t === undefined ? undefined : toLocalIso(t, cal.timezone);
}
