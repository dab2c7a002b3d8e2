// Zendesk: schedules (business hours and holidays) and one SLA policy; docs/helpdesk.md "Zendesk".
// - Per calendar a priority uses: a schedule named after it with the Zendesk (Rails) name of its zone
//   (IG7016 when unknown), its workweek in minutes since Sunday 00:00, one holiday per dated holiday.
//   The policy does not name a schedule: Zendesk applies the ticket's schedule (set by a trigger).
// - Rank 1 → urgent, 2 → high, 3 → normal, 4 → low; ranks beyond 4 are lost (IG7012).
// - first_reply_time ← first response, periodic_update_time ← update; resolution →
//   agent_work_time when the contract pauses on third parties (Pending and On-hold pause it),
//   requester_wait_time when it pauses on the client only (Pending), else total_resolution_time.
//   `business_hours` is per metric: false for a target on a calendar open around the clock.
// - The filter is empty (every ticket): add the organisation condition in Zendesk.
import { WEEKDAYS, parseClock } from '../../../calendar/index.ts';
import * as codes from '../../../diagnostics/codes/helpdesk.ts';
import type { SlaCalendar, SlaPause } from '../../sla/schema.ts';
import { headerLines, objectName, planHeader, pointer, planPriorities, ref, reportDocumentLosses, toJson, usedCalendars, type Chosen, type ExportContext } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { zendeskImportSchema, type ZendeskImport, type ZendeskMetric, type ZendeskRequest } from './schema.ts';

/** IANA → Rails (ActiveSupport::TimeZone::MAPPING) for the zones of the supported laws. */
const RAILS_ZONES: Readonly<Record<string, string>> = {
  'Europe/Paris': 'Paris',
  'Europe/Brussels': 'Brussels',
  'Europe/Zurich': 'Zurich',
  'Europe/Luxembourg': 'Brussels',
  'Europe/Monaco': 'Paris',
  'Europe/London': 'London',
  'Europe/Berlin': 'Berlin',
  'Europe/Amsterdam': 'Amsterdam',
  'Europe/Madrid': 'Madrid',
  'Europe/Rome': 'Rome',
  UTC: 'UTC',
};

const ZENDESK_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
/** Sunday = day 0 of the Zendesk week. */
const DAY_OFFSET = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;

function scheduleRequests(ctx: ExportContext, key: string, cal: SlaCalendar): ZendeskRequest[] {
  let zone = RAILS_ZONES[cal.timezone];
  if (!zone) {
    zone = cal.timezone;
    ctx.report(codes.timezoneUnmapped, { calendars: [key], timezones: [cal.timezone] }, pointer('calendars', key, 'timezone'), `Time zone ${cal.timezone} of "${key}" has no known Zendesk name; check it.`);
  }
  const schedRef = `schedule:${key}`;
  const base = `/api/v2/business_hours/schedules/${ref(schedRef)}`;
  const intervals = WEEKDAYS.flatMap((d) => cal.week[d].map(([s, e]) => ({
    start_time: DAY_OFFSET[d] * 1440 + (parseClock(s) ?? 0),
    end_time: DAY_OFFSET[d] * 1440 + (parseClock(e) ?? 0),
  }))).sort((a, b) => a.start_time - b.start_time);
  return [
    { ref: schedRef, method: 'POST', path: '/api/v2/business_hours/schedules', body: { schedule: { name: objectName(ctx.doc, key), time_zone: zone } } },
    { method: 'PUT', path: `${base}/workweek`, body: { workweek: { intervals } } },
    ...cal.holidays.map((h): ZendeskRequest => ({ method: 'POST', path: `${base}/holidays`, body: { holiday: { name: h.name.fr, start_date: h.date, end_date: h.date } } })),
  ];
}

function resolutionMetric(pauses: readonly SlaPause[]): ZendeskMetric['metric'] {
  if (pauses.includes('waiting_third_party')) return 'agent_work_time';
  if (pauses.includes('waiting_client')) return 'requester_wait_time';
  return 'total_resolution_time';
}

export const zendeskExporter = defineExporter<ZendeskImport>({
  id: 'zendesk',
  tool: 'Zendesk',
  extension: 'json',
  schema: zendeskImportSchema,
  build(ctx) {
    const { doc } = ctx;
    // Pauses on the client and on third parties are Zendesk's Pending and On-hold: carried by the metric.
    const unmapped = doc.clock.pauses.filter((p) => p === 'planned_maintenance');
    reportDocumentLosses(ctx, { pauses: unmapped.length === 0 });
    const plans = planPriorities(ctx, { update: true, realTime: true, maxPriorities: 4 });
    const requests: ZendeskRequest[] = [];
    for (const name of usedCalendars(doc, plans)) {
      const cal = doc.calendars[name];
      if (cal) requests.push(...scheduleRequests(ctx, name, cal));
    }
    const resolution = resolutionMetric(doc.clock.pauses);
    const metrics: ZendeskMetric[] = [];
    plans.forEach((p, i) => {
      const priority = ZENDESK_PRIORITIES[i] ?? 'low';
      const rows: [ZendeskMetric['metric'], Chosen | undefined][] = [['first_reply_time', p.firstResponse], ['periodic_update_time', p.update], [resolution, p.resolution]];
      for (const [metric, chosen] of rows) {
        if (chosen) metrics.push({ priority, metric, target: chosen.minutes, business_hours: !chosen.real && !isOpenAlways(doc.calendars[p.calendar]) });
      }
    });
    requests.push({
      ref: 'policy',
      method: 'POST',
      path: '/api/v2/slas/policies',
      body: {
        sla_policy: {
          title: objectName(doc, doc.contract.client.name),
          description: [...headerLines(ctx), ...plans.map((p, i) => `${ZENDESK_PRIORITIES[i] ?? 'low'} = ${p.priority.id} ${p.priority.label.en}: ${p.priority.criteria.en}`)].join('\n'),
          position: 1,
          filter: { all: [], any: [] },
          policy_metrics: metrics,
        },
      },
    });
    return { ...planHeader(ctx), requests };
  },
  render: (payload) => toJson(payload),
});

function isOpenAlways(cal: SlaCalendar | undefined): boolean {
  return cal !== undefined && cal.holidays.length === 0 && WEEKDAYS.every((d) => cal.week[d].length === 1 && cal.week[d][0]?.[0] === '00:00' && cal.week[d][0][1] === '24:00');
}
