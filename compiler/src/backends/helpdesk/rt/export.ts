// Request Tracker 5: an `RT_SiteConfig.d` fragment setting `%ServiceBusinessHours` and
// `%ServiceAgreements` (docs/helpdesk.md "Request Tracker 5").
// - One business-hours entry per calendar a level uses: weekdays 0 = Sunday … 6 = Saturday, one
//   Start/End per day with the gaps as Breaks, every dated holiday as `YYYY-MM-DD`.
// - One level per priority, named `<reference> <priority id>`, with the calendar's IANA `Timezone`:
//   Response ← first response, Resolve ← resolution, KeepInLoop ← update, in BusinessMinutes; a target
//   on a calendar open around the clock is RealMinutes (exact: such a calendar counts wall-clock time).
// - RT picks no level by itself: the ticket's SLA field is set by whoever creates the ticket (REST2
//   `"SLA": "NS-2027-014 P1"`), a scrip, or a queue default; the fragment says so in its header.
import { WEEKDAYS, type Weekday } from '../../../calendar/index.ts';
import type { SlaCalendar } from '../../sla/schema.ts';
import { headerLines, objectName, planPriorities, reportDocumentLosses, usedCalendars, type Chosen, type ExportContext } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { perlComment, perlHashList } from '../perl.ts';
import { rtConfigSchema, type RtBusinessHours, type RtConfig, type RtDay, type RtLevel, type RtTime } from './schema.ts';

const RT_DAYS: Record<Weekday, { key: '0' | '1' | '2' | '3' | '4' | '5' | '6'; name: RtDay['Name'] }> = {
  sun: { key: '0', name: 'Sunday' },
  mon: { key: '1', name: 'Monday' },
  tue: { key: '2', name: 'Tuesday' },
  wed: { key: '3', name: 'Wednesday' },
  thu: { key: '4', name: 'Thursday' },
  fri: { key: '5', name: 'Friday' },
  sat: { key: '6', name: 'Saturday' },
};

export function rtBusinessHours(cal: SlaCalendar): RtBusinessHours {
  const out: RtBusinessHours = { holidays: [] };
  // Sunday first, as RT numbers the days.
  for (const day of ['sun', ...WEEKDAYS.filter((d) => d !== 'sun')] as Weekday[]) {
    const windows = cal.week[day];
    const first = windows[0];
    const last = windows[windows.length - 1];
    if (!first || !last) continue;
    const breaks = windows.slice(1).flatMap(([start], i) => {
      const prevEnd = windows[i]?.[1] ?? start;
      return prevEnd < start ? [{ Start: prevEnd, End: start }] : [];
    });
    out[RT_DAYS[day].key] = { Name: RT_DAYS[day].name, Start: first[0], End: last[1], ...(breaks.length > 0 ? { Breaks: breaks } : {}) };
  }
  out.holidays = cal.holidays.map((h) => h.date);
  return out;
}

const time = (c: Chosen): RtTime => (c.real ? { RealMinutes: c.minutes } : { BusinessMinutes: c.minutes });

/** The level name RT tickets carry in their SLA field. */
export function rtLevelName(ctx: ExportContext, priorityId: string): string {
  return objectName(ctx.doc, priorityId);
}

export const rtExporter = defineExporter<RtConfig>({
  id: 'rt',
  tool: 'Request Tracker 5',
  extension: 'pm',
  schema: rtConfigSchema,
  build(ctx) {
    const { doc } = ctx;
    reportDocumentLosses(ctx);
    const plans = planPriorities(ctx, { update: true, realTime: true });
    const hours: Record<string, RtBusinessHours> = {};
    for (const name of usedCalendars(doc, plans)) {
      const cal = doc.calendars[name];
      if (cal) hours[objectName(doc, name)] = rtBusinessHours(cal);
    }
    const levels: Record<string, RtLevel> = {};
    for (const plan of plans) {
      const cal = doc.calendars[plan.calendar];
      levels[rtLevelName(ctx, plan.priority.id)] = {
        BusinessHours: objectName(doc, plan.calendar),
        Timezone: cal?.timezone ?? 'UTC',
        ...(plan.firstResponse ? { Response: time(plan.firstResponse) } : {}),
        ...(plan.update ? { KeepInLoop: time(plan.update) } : {}),
        ...(plan.resolution ? { Resolve: time(plan.resolution) } : {}),
      };
    }
    return { ServiceBusinessHours: hours, ServiceAgreements: { Levels: levels } };
  },
  render(payload, ctx) {
    const levels = Object.keys(payload.ServiceAgreements.Levels);
    const header = [
      ...headerLines(ctx),
      '',
      'Drop this file into RT_SiteConfig.d and restart RT. It replaces %ServiceBusinessHours and %ServiceAgreements.',
      `RT does not choose a level from the priority: set the ticket's SLA field (${levels.map((l) => `"${l}"`).join(', ')})`,
      'when creating the ticket (REST2 "SLA"), with a scrip, or as the queue default (QueueDefault / the queue\'s SLA).',
      'Priorities:',
      ...ctx.doc.priorities.map((p) => `  ${p.id} (${p.label.en}): ${p.criteria.en}`),
    ];
    return [
      perlComment(header),
      '',
      `Set(%ServiceBusinessHours, ${perlHashList(payload.ServiceBusinessHours)});`,
      '',
      `Set(%ServiceAgreements, ${perlHashList(payload.ServiceAgreements)});`,
      '',
      '1;',
      '',
    ].join('\n');
  },
});
