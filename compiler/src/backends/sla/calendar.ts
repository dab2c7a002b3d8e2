// A calendar of an SLA JSON document as the due-date engine's `Calendar` (calendar/types.ts): "HH:MM"
// becomes minutes since midnight ("24:00" = 1440), holidays become a set of local dates. Used by
// `infog sla due` and by the exporters' tests, so both read due dates exactly as spec sla-v1 defines.
import { parseClock, WEEKDAYS, type Calendar, type Weekday, type Window } from '../../calendar/index.ts';
import type { SlaCalendar, SlaDocument } from './schema.ts';

/** The engine's view of one SLA calendar. Windows the schema would reject are dropped, never thrown on. */
export function calendarFromSlaCalendar(cal: SlaCalendar): Calendar {
  const week = {} as Record<Weekday, readonly Window[]>;
  for (const day of WEEKDAYS) {
    const windows: Window[] = [];
    for (const [s, e] of cal.week[day]) {
      const start = parseClock(s);
      const end = parseClock(e);
      if (start !== undefined && end !== undefined && start < end) windows.push([start, end]);
    }
    week[day] = windows;
  }
  return { timezone: cal.timezone, week, holidays: new Set(cal.holidays.map((h) => h.date)) };
}

// One engine calendar per document calendar: `dueInstant` indexes a Calendar by object identity, so
// returning the same object for the same document keeps repeated due dates cheap.
const cache = new WeakMap<SlaDocument, Map<string, Calendar>>();

/** The calendar `name` of `doc`, or undefined when the document has no such calendar. */
export function calendarFromSla(doc: SlaDocument, name: string): Calendar | undefined {
  if (!Object.hasOwn(doc.calendars, name)) return undefined;
  const cal = doc.calendars[name];
  if (!cal) return undefined;
  let byName = cache.get(doc);
  if (!byName) {
    byName = new Map();
    cache.set(doc, byName);
  }
  let out = byName.get(name);
  if (!out) {
    out = calendarFromSlaCalendar(cal);
    byName.set(name, out);
  }
  return out;
}
