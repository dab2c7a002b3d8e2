// GLPI: an API v1 import plan; docs/helpdesk.md "GLPI".
// - Per calendar an SLA uses: Calendar, one CalendarSegment per window (day 0 = Sunday … 6 = Saturday,
//   `HH:MM:SS`), one Holiday per dated holiday (`is_perpetual` 0: the dates are exact, Easter-based ones
//   included) and its Calendar_Holiday link. GLPI has no time zone on calendars (IG7009).
// - One SLM for the contract; per priority one SLA row of type 1 (TTO) ← first response and one of
//   type 0 (TTR) ← resolution, in hours when the minutes are whole hours, else minutes. GLPI assigns
//   SLAs to tickets with business rules on the priority: the SLA names carry the priority, the rules are
//   the admin's (see the SLM comment).
import { WEEKDAYS, type Weekday } from '../../../calendar/index.ts';
import type { SlaCalendar } from '../../sla/schema.ts';
import * as codes from '../../../diagnostics/codes/helpdesk.ts';
import { headerLines, objectName, planHeader, pointer, planPriorities, priorityName, ref, reportDocumentLosses, toJson, usedCalendars, type Chosen } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { glpiImportSchema, type GlpiImport, type GlpiRequest } from './schema.ts';

const GLPI_DAY: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const ENTITY = { entities_id: 0, is_recursive: 1 } as const;

function calendarRequests(key: string, name: string, cal: SlaCalendar, comment: string): GlpiRequest[] {
  const calRef = `calendar:${key}`;
  const out: GlpiRequest[] = [{ ref: calRef, method: 'POST', path: '/apirest.php/Calendar', body: { input: { name, ...ENTITY, comment } } }];
  for (const d of ['sun', ...WEEKDAYS.filter((x) => x !== 'sun')] as Weekday[]) {
    for (const [s, e] of cal.week[d]) {
      out.push({ method: 'POST', path: '/apirest.php/CalendarSegment', body: { input: { calendars_id: ref(calRef), ...ENTITY, day: GLPI_DAY[d], begin: `${s}:00`, end: `${e}:00` } } });
    }
  }
  for (const h of cal.holidays) {
    const hRef = `holiday:${key}:${h.date}`;
    out.push({ ref: hRef, method: 'POST', path: '/apirest.php/Holiday', body: { input: { name: `${h.name.fr} ${h.date.slice(0, 4)}`, ...ENTITY, comment: h.name.en, begin_date: h.date, end_date: h.date, is_perpetual: 0 } } });
    out.push({ method: 'POST', path: '/apirest.php/Calendar_Holiday', body: { input: { calendars_id: ref(calRef), holidays_id: ref(hRef) } } });
  }
  return out;
}

function duration(c: Chosen): { number_time: number; definition_time: 'minute' | 'hour' } {
  return c.minutes % 60 === 0 ? { number_time: c.minutes / 60, definition_time: 'hour' } : { number_time: c.minutes, definition_time: 'minute' };
}

export const glpiExporter = defineExporter<GlpiImport>({
  id: 'glpi',
  tool: 'GLPI',
  extension: 'json',
  schema: glpiImportSchema,
  build(ctx) {
    const { doc } = ctx;
    reportDocumentLosses(ctx);
    const plans = planPriorities(ctx, { update: false });
    const calendars = usedCalendars(doc, plans);
    for (const name of calendars) {
      const cal = doc.calendars[name];
      if (cal) ctx.report(codes.timezoneLost, { calendars: [name], timezones: [cal.timezone] }, pointer('calendars', name, 'timezone'), `Calendar "${name}": GLPI reads its hours in the server's time zone; set it to ${cal.timezone}.`);
    }
    const comment = [
      ...headerLines(ctx),
      'Assign the SLAs with ticket business rules: criterion priority -> actions slas_id_tto / slas_id_ttr.',
      ...doc.priorities.map((p) => `${p.id} (${p.label.fr}): ${p.criteria.fr}`),
    ].join('\n');
    const requests: GlpiRequest[] = [];
    for (const name of calendars) {
      const cal = doc.calendars[name];
      if (cal) requests.push(...calendarRequests(name, objectName(doc, name), cal, comment));
    }
    const first = calendars[0] ?? '';
    requests.push({ ref: 'slm', method: 'POST', path: '/apirest.php/SLM', body: { input: { name: objectName(doc, doc.contract.title), ...ENTITY, comment, calendars_id: ref(`calendar:${first}`) } } });
    for (const p of plans) {
      const rows: [0 | 1, string, Chosen | undefined][] = [[1, 'TTO', p.firstResponse], [0, 'TTR', p.resolution]];
      for (const [type, label, chosen] of rows) {
        if (!chosen) continue;
        requests.push({
          ref: `sla:${p.priority.id}:${label}`,
          method: 'POST',
          path: '/apirest.php/SLA',
          body: {
            input: {
              name: `${objectName(doc, priorityName(doc, p.priority))} ${label}`,
              slms_id: ref('slm'),
              ...ENTITY,
              type,
              comment: `${chosen.metric} ${chosen.minutes} min (${p.priority.criteria.fr})`,
              ...duration(chosen),
              end_of_working_day: 0,
              calendars_id: ref(`calendar:${p.calendar}`),
            },
          },
        });
      }
    }
    return { ...planHeader(ctx), requests };
  },
  render: (payload) => toJson(payload),
});
