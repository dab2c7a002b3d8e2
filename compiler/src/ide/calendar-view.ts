import { dueInstant, formatClock, parseInstant, toLocalIso, type Calendar } from '../calendar/index.ts';
import type { Locale } from '../diagnostics/index.ts';
import type { BoundStatement } from '../model/index.ts';
import { calendarHolidays, readCalendar } from '../model/checks/sla.ts';

// Hover's worked due dates use the calendar the checker and the SLA JSON build (model/checks/sla),
// with its holidays expanded over the example's years.

export function calendarOf(hours: BoundStatement): Calendar | undefined {
  const read = readCalendar(hours);
  if (!read.calendar) return undefined;
  return { ...read.calendar, holidays: calendarHolidays(read, EXAMPLE_YEAR, EXAMPLE_YEAR + 1).map((h) => h.date) };
}

const EXAMPLE_YEAR = 2027;
/** A Friday with no public holiday in the sets the product knows, for the worked example. */
const EXAMPLE_FRIDAY = { month: 3, day: 5 };
const DAY_NAMES = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

function localInstant(date: string, minutes: number, timezone: string): number | undefined {
  const clock = formatClock(minutes);
  const guess = Date.parse(`${date}T${clock}:00Z`);
  const offset = toLocalIso(guess, timezone)?.slice(19) ?? 'Z';
  return parseInstant(`${date}T${clock}:00${offset === '' ? 'Z' : offset}`);
}

function describeLocal(iso: string, locale: Locale): string {
  const date = iso.slice(0, 10);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const name = DAY_NAMES[locale][weekday] ?? '';
  return locale === 'fr' ? `${name} ${date} à ${iso.slice(11, 16)}` : `${name} ${date} ${iso.slice(11, 16)}`;
}

/** "a ticket opened Friday 17:55 is due Monday 08:25", five minutes before Friday's closing time. */
export function workedExample(calendar: Calendar, minutes: number, locale: Locale): string | undefined {
  const friday = calendar.week.fri;
  const closing = friday.length > 0 ? (friday[friday.length - 1]?.[1] ?? 1080) : 1080;
  const date = `${EXAMPLE_YEAR}-${String(EXAMPLE_FRIDAY.month).padStart(2, '0')}-${String(EXAMPLE_FRIDAY.day).padStart(2, '0')}`;
  const opened = localInstant(date, Math.max(0, closing - 5), calendar.timezone);
  if (opened === undefined) return undefined;
  const due = dueInstant(calendar, opened, minutes);
  const openedIso = toLocalIso(opened, calendar.timezone);
  const dueIso = due === undefined ? undefined : toLocalIso(due, calendar.timezone);
  if (!openedIso || !dueIso) return undefined;
  return locale === 'fr'
    ? `Exemple : un ticket ouvert ${describeLocal(openedIso, 'fr')} est dû ${describeLocal(dueIso, 'fr')}.`
    : `Example: a ticket opened ${describeLocal(openedIso, 'en')} is due ${describeLocal(dueIso, 'en')}.`;
}
