// Zendesk payloads, written from the Zendesk API reference: SLA policies
// (developer.zendesk.com/api-reference/ticketing/business-rules/sla_policies: `title`, `description`,
// `position`, `filter {all, any}`, `policy_metrics[] {priority, metric, target (minutes),
// business_hours}`) and schedules (…/ticket-management/schedules: `schedule {name, time_zone}`,
// workweek `intervals[] {start_time, end_time}` in minutes since Sunday 00:00, an interval within one
// day; holidays `{name, start_date, end_date}`).
import { z } from 'zod';
import { importSchema, requestSchema } from '../envelope.ts';

export const zendeskScheduleSchema = z.strictObject({ schedule: z.strictObject({ name: z.string().min(1), time_zone: z.string().min(1) }) });
export const zendeskWorkweekSchema = z.strictObject({
  workweek: z.strictObject({
    intervals: z.array(z.strictObject({ start_time: z.int().min(0).max(10_080), end_time: z.int().min(0).max(10_080) })
      .refine((i) => i.start_time < i.end_time && Math.floor(i.start_time / 1440) === Math.floor((i.end_time - 1) / 1440), 'an interval lies within one day')),
  }),
});
export const zendeskHolidaySchema = z.strictObject({ holiday: z.strictObject({ name: z.string().min(1), start_date: z.iso.date(), end_date: z.iso.date() }) });

export const zendeskPolicySchema = z.strictObject({
  sla_policy: z.strictObject({
    title: z.string().min(1),
    description: z.string(),
    position: z.int().positive(),
    filter: z.strictObject({ all: z.array(z.strictObject({ field: z.string(), operator: z.string(), value: z.unknown() })), any: z.array(z.strictObject({ field: z.string(), operator: z.string(), value: z.unknown() })) }),
    policy_metrics: z.array(z.strictObject({
      priority: z.enum(['urgent', 'high', 'normal', 'low']),
      metric: z.enum(['first_reply_time', 'next_reply_time', 'periodic_update_time', 'pausable_update_time', 'requester_wait_time', 'agent_work_time', 'total_resolution_time']),
      target: z.int().positive(),
      business_hours: z.boolean(),
    })),
  }),
});

/** Schedule ids are in the path: `{schedule}` is the id the schedule's creation returned. */
const SCHEDULE_PATH = /^\/api\/v2\/business_hours\/schedules\/\$ref:[A-Za-z0-9:_.-]+\/(?:workweek|holidays)$/u;
export const zendeskRequestSchema = z.union([
  requestSchema('POST', '/api/v2/business_hours/schedules', zendeskScheduleSchema),
  z.strictObject({ method: z.literal('PUT'), path: z.string().regex(SCHEDULE_PATH).endsWith('/workweek'), body: zendeskWorkweekSchema }),
  z.strictObject({ method: z.literal('POST'), path: z.string().regex(SCHEDULE_PATH).endsWith('/holidays'), body: zendeskHolidaySchema }),
  requestSchema('POST', '/api/v2/slas/policies', zendeskPolicySchema),
]);

export const zendeskImportSchema = importSchema('Zendesk', zendeskRequestSchema);
export type ZendeskImport = z.infer<typeof zendeskImportSchema>;
export type ZendeskRequest = z.infer<typeof zendeskRequestSchema>;
export type ZendeskMetric = z.infer<typeof zendeskPolicySchema>['sla_policy']['policy_metrics'][number];
