// `calendars`: every `hours` calendar of the contract, in declaration order, with its holidays over the
// span spec sla-v1 requires, plus `24x7` exactly when a target counts in elapsed time.
import { weekToJson } from '../../../calendar/index.ts';
import { calendarHolidays, ELAPSED_CALENDAR, elapsedCalendar, type SlaFacts } from '../../../model/checks/sla.ts';
import type { SlaCalendar, SlaContract } from '../schema.ts';
import { missing, type EmitContext } from './context.ts';

/** Zone of the `24x7` calendar when the contract declares no calendar at all: the law's capital. */
const LAW_ZONE: Readonly<Record<SlaContract['law'], string>> = { FR: 'Europe/Paris', CH: 'Europe/Zurich', BE: 'Europe/Brussels' };

export function readCalendars(
  ctx: EmitContext,
  facts: SlaFacts,
  span: { readonly fromYear: number; readonly toYear: number } | undefined,
  law: SlaContract['law'] | undefined,
  usesElapsed: boolean,
): Record<string, SlaCalendar> | undefined {
  const out: Record<string, SlaCalendar> = {};
  let ok = true;
  for (const [name, c] of facts.calendars) {
    if (!c.calendar || c.timezone === undefined) {
      ok = false;
      missing(ctx, `hours ${name} { timezone }`, c.statement);
      continue;
    }
    // `holidays none`: the service runs on public holidays, so the list is empty whatever else is written.
    const holidays = c.holidaysNone || !span ? [] : calendarHolidays(c, span.fromYear, span.toYear);
    out[name] = {
      timezone: c.timezone,
      week: weekToJson(c.calendar.week),
      holidays: holidays.map((h) => ({ date: h.date, name: { fr: h.name.fr, en: h.name.en } })),
      holidayRules: c.holidaysNone ? [] : [...c.holidaySets],
    };
  }
  if (usesElapsed && !facts.calendars.has(ELAPSED_CALENDAR)) {
    const zone = facts.slaCalendar?.timezone ?? [...facts.calendars.values()].find((c) => c.timezone !== undefined)?.timezone ?? (law ? LAW_ZONE[law] : undefined);
    if (zone === undefined) return missing(ctx, 'hours { timezone }');
    out[ELAPSED_CALENDAR] = { timezone: zone, week: weekToJson(elapsedCalendar(zone).week), holidays: [], holidayRules: [] };
  }
  return ok ? out : undefined;
}
