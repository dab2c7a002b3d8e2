// GLPI API v1 (`apirest.php`) payloads, written from GLPI's source and schema: `src/SLM.php` (TTR = 0,
// TTO = 1), `src/LevelAgreement.php` (`number_time`, `definition_time` minute|hour|day|month),
// `install/mysql/glpi-*-empty.sql` (`glpi_calendars`, `glpi_calendarsegments` day 0 = Sunday … 6,
// `begin`/`end` as SQL time, `glpi_holidays`, `glpi_calendars_holidays`). Body: `{ "input": … }`.
import { z } from 'zod';
import { idOrRef, importSchema, requestSchema } from '../envelope.ts';

const entity = { entities_id: z.int().nonnegative(), is_recursive: z.union([z.literal(0), z.literal(1)]) };
const TIME = z.string().regex(/^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]|24:00:00)$/u);

export const glpiCalendarSchema = z.strictObject({ name: z.string().min(1), ...entity, comment: z.string() });
export const glpiSegmentSchema = z.strictObject({ calendars_id: idOrRef, ...entity, day: z.int().min(0).max(6), begin: TIME, end: TIME })
  .refine((s) => s.begin < s.end, 'begin before end');
export const glpiHolidaySchema = z.strictObject({
  name: z.string().min(1), ...entity, comment: z.string(), begin_date: z.iso.date(), end_date: z.iso.date(), is_perpetual: z.union([z.literal(0), z.literal(1)]),
});
export const glpiCalendarHolidaySchema = z.strictObject({ calendars_id: idOrRef, holidays_id: idOrRef });
export const glpiSlmSchema = z.strictObject({ name: z.string().min(1), ...entity, comment: z.string(), calendars_id: idOrRef });
export const glpiSlaSchema = z.strictObject({
  name: z.string().min(1),
  slms_id: idOrRef,
  ...entity,
  type: z.union([z.literal(0), z.literal(1)]),
  comment: z.string(),
  number_time: z.int().positive(),
  definition_time: z.enum(['minute', 'hour', 'day', 'month']),
  end_of_working_day: z.union([z.literal(0), z.literal(1)]),
  calendars_id: idOrRef,
});

const one = <T extends z.ZodType>(item: T) => z.strictObject({ input: item });
export const glpiRequestSchema = z.union([
  requestSchema('POST', '/apirest.php/Calendar', one(glpiCalendarSchema)),
  requestSchema('POST', '/apirest.php/CalendarSegment', one(glpiSegmentSchema)),
  requestSchema('POST', '/apirest.php/Holiday', one(glpiHolidaySchema)),
  requestSchema('POST', '/apirest.php/Calendar_Holiday', one(glpiCalendarHolidaySchema)),
  requestSchema('POST', '/apirest.php/SLM', one(glpiSlmSchema)),
  requestSchema('POST', '/apirest.php/SLA', one(glpiSlaSchema)),
]);

export const glpiImportSchema = importSchema('GLPI', glpiRequestSchema);
export type GlpiImport = z.infer<typeof glpiImportSchema>;
export type GlpiRequest = z.infer<typeof glpiRequestSchema>;
