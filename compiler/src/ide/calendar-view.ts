import { buildCalendar, dueInstant, expandHolidays, parseInstant, toLocalIso, type Calendar, type HoursRule } from '../calendar/index.ts';
import type { Locale } from '../diagnostics/index.ts';
import type { BoundStatement, TypedValue } from '../model/index.ts';
import { formatClock } from '../calendar/index.ts';

// Reads an `hours` statement into a calendar for hover's worked examples. It is the editor's view of
// the calendar; when the model exposes the calendars it builds for the SLA, hover should read those.

const values = (v: TypedValue | undefined): readonly TypedValue[] => (v === undefined ? [] : v.kind === 'list' ? v.items : [v]);

export function calendarOf(hours: BoundStatement): Calendar | undefined {
  const rules: HoursRule[] = [];
  let days: readonly ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[] = [];
  let timezone = 'Europe/Paris';
  const sets: string[] = [];
  const extra: { date: string; name: { fr: string; en: string } }[] = [];
  const ranges = (v: TypedValue | undefined): [string, string][] =>
    values(v).flatMap((r) => (r.kind === 'time-range' ? [[formatClock(r.start), formatClock(r.end)] as [string, string]] : []));
  for (const c of hours.children) {
    const k = c.spec.keyword;
    if (k === 'days') days = values(c.values['days']).flatMap((d) => (d.kind === 'weekdays' ? d.days : []));
    else if (k === 'time') rules.push({ days, ranges: ranges(c.values['ranges']) });
    else if (k === 'window') rules.push({ days: values(c.values['days']).flatMap((d) => (d.kind === 'weekdays' ? d.days : [])), ranges: ranges(c.values['ranges']) });
    else if (k === 'timezone' && c.values['zone']?.kind === 'string') timezone = c.values['zone'].value;
    else if (k === 'holidays') {
      for (const s of values(c.values['sets'])) if (s.kind === 'name') sets.push(s.name.text);
    }
    else if (k === 'holiday' && c.values['date']?.kind === 'date') extra.push({ date: c.values['date'].text, name: { fr: '', en: '' } });
  }
  // `time` may come before `days` in the block: give such rules the days written anywhere.
  const fixed = rules.map((r) => (r.days.length === 0 ? { ...r, days } : r));
  const holidays = expandHolidays(sets, EXAMPLE_YEAR, EXAMPLE_YEAR + 1, extra).map((h) => h.date);
  return buildCalendar({ timezone, hours: fixed, holidays }).calendar;
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
