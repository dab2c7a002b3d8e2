// Zammad REST API payloads, written from the Zammad documentation (zammad-documentation `api/sla.rst`,
// `api/calendar.rst`, `api/ticket/priorities.rst`) and `app/models/sla.rb` / `calendar.rb`: times in
// minutes, business hours as `mon`..`sun` → `{ active, timeframes }`, holidays keyed by date.
import { z } from 'zod';
import { idOrRef, importSchema, requestSchema } from '../envelope.ts';

const HHMM = z.string().regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/u);
const day = z.strictObject({ active: z.boolean(), timeframes: z.array(z.tuple([HHMM, HHMM])) });

export const zammadPrioritySchema = z.strictObject({ name: z.string().min(1), active: z.boolean() });

export const zammadCalendarSchema = z.strictObject({
  name: z.string().min(1),
  timezone: z.string().min(1),
  business_hours: z.strictObject({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day })
    .refine((w) => Object.values(w).some((d) => d.active && d.timeframes.length > 0), 'No configured business hours found!'),
  public_holidays: z.record(z.iso.date(), z.strictObject({ active: z.boolean(), summary: z.string() })),
  ical_url: z.string(),
  default: z.boolean(),
  note: z.string(),
});

const minutes = z.int().positive().nullable();
export const zammadSlaSchema = z.strictObject({
  name: z.string().min(1),
  calendar_id: idOrRef,
  first_response_time: minutes,
  update_time: minutes,
  response_time: minutes,
  solution_time: minutes,
  condition: z.record(z.string(), z.strictObject({ operator: z.literal('is'), value: z.array(z.union([z.string(), z.int()])).min(1) })),
}).refine((s) => s.update_time === null || s.response_time === null, 'set only one of update_time / response_time');

export const zammadRequestSchema = z.union([
  requestSchema('POST', '/api/v1/ticket_priorities', zammadPrioritySchema),
  requestSchema('POST', '/api/v1/calendars', zammadCalendarSchema),
  requestSchema('POST', '/api/v1/slas', zammadSlaSchema),
]);

export const zammadImportSchema = importSchema('Zammad', zammadRequestSchema);
export type ZammadImport = z.infer<typeof zammadImportSchema>;
export type ZammadRequest = z.infer<typeof zammadRequestSchema>;
