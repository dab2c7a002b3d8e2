// Zammad: an import plan (POST /api/v1/ticket_priorities, /calendars, /slas); docs/helpdesk.md "Zammad".
// - One calendar per calendar the SLAs use: IANA time zone, business hours per weekday (several
//   timeframes a day), every dated holiday in `public_holidays`; `24:00` is written `23:59`, which
//   Zammad itself stores as 24:00.
// - One ticket priority per contract priority, and one SLA per priority whose condition is
//   `ticket.priority_id is <that priority>`. Zammad takes the first matching SLA in NAME order, so names
//   start with the zero-padded rank ("01 NS-2027-014 P1 …"): most urgent first, and before any SLA
//   named with a letter.
// - first_response_time ← first response, update_time ← update (agent must update every N),
//   solution_time ← resolution, in business minutes of the SLA's calendar.
import { WEEKDAYS } from '../../../calendar/index.ts';
import type { SlaCalendar } from '../../sla/schema.ts';
import { headerLines, objectName, planHeader, planPriorities, priorityName, ref, reportDocumentLosses, toJson, usedCalendars } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { zammadImportSchema, type ZammadImport, type ZammadRequest } from './schema.ts';

function calendarBody(name: string, cal: SlaCalendar, note: string): Extract<ZammadRequest, { path: '/api/v1/calendars' }>['body'] {
  const hours = Object.fromEntries(WEEKDAYS.map((d) => {
    const frames = cal.week[d].map(([s, e]): [string, string] => [s, e === '24:00' ? '23:59' : e]);
    return [d, { active: frames.length > 0, timeframes: frames }];
  })) as Extract<ZammadRequest, { path: '/api/v1/calendars' }>['body']['business_hours'];
  return {
    name,
    timezone: cal.timezone,
    business_hours: hours,
    public_holidays: Object.fromEntries(cal.holidays.map((h) => [h.date, { active: true, summary: h.name.fr }])),
    ical_url: '',
    default: false,
    note,
  };
}

export const zammadExporter = defineExporter<ZammadImport>({
  id: 'zammad',
  tool: 'Zammad',
  extension: 'json',
  schema: zammadImportSchema,
  build(ctx) {
    const { doc } = ctx;
    reportDocumentLosses(ctx);
    const plans = planPriorities(ctx, { update: true });
    const note = headerLines(ctx).join('\n');
    const requests: ZammadRequest[] = [];
    for (const p of plans) {
      requests.push({ ref: `priority:${p.priority.id}`, method: 'POST', path: '/api/v1/ticket_priorities', body: { name: objectName(doc, priorityName(doc, p.priority)), active: true } });
    }
    for (const name of usedCalendars(doc, plans)) {
      const cal = doc.calendars[name];
      if (cal) requests.push({ ref: `calendar:${name}`, method: 'POST', path: '/api/v1/calendars', body: calendarBody(objectName(doc, name), cal, note) });
    }
    const width = String(plans.length).length < 2 ? 2 : String(plans.length).length;
    for (const p of plans) {
      requests.push({
        ref: `sla:${p.priority.id}`,
        method: 'POST',
        path: '/api/v1/slas',
        body: {
          name: `${String(p.priority.rank).padStart(width, '0')} ${objectName(doc, priorityName(doc, p.priority))}`,
          calendar_id: ref(`calendar:${p.calendar}`),
          first_response_time: p.firstResponse?.minutes ?? null,
          update_time: p.update?.minutes ?? null,
          response_time: null,
          solution_time: p.resolution?.minutes ?? null,
          condition: { 'ticket.priority_id': { operator: 'is', value: [ref(`priority:${p.priority.id}`)] } },
        },
      });
    }
    return { ...planHeader(ctx), requests };
  },
  render: (payload) => toJson(payload),
});
