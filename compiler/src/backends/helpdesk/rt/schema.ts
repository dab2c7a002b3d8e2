// Request Tracker 5 SLA configuration, written from RT's own documentation and code: `etc/RT_Config.pm`
// section "SLA", `docs/customizing/sla.pod`, `lib/RT/SLA.pm` (Debian request-tracker5 5.0.3) and
// Business::Hours 0.13 (`business_hours` and `holidays`). The export is this data as Perl `Set(…)`
// calls for a file in `RT_SiteConfig.d`.
import { z } from 'zod';

const HHMM = z.string().regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/u);

/** One weekday of Business::Hours: `Name`, `Start`, `End`, optional `Breaks` (closed ranges inside). */
export const rtDaySchema = z.strictObject({
  Name: z.enum(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
  Start: HHMM,
  End: HHMM,
  Breaks: z.array(z.strictObject({ Start: HHMM, End: HHMM })).optional(),
}).refine((d) => d.Start < d.End, 'Start before End');

/** Keys `0` (Sunday) … `6` (Saturday); a key `7` is an error in RT's config check. `holidays`: `MM-DD` or `YYYY-MM-DD`. */
export const rtBusinessHoursSchema = z.strictObject({
  0: rtDaySchema.optional(),
  1: rtDaySchema.optional(),
  2: rtDaySchema.optional(),
  3: rtDaySchema.optional(),
  4: rtDaySchema.optional(),
  5: rtDaySchema.optional(),
  6: rtDaySchema.optional(),
  holidays: z.array(z.string().regex(/^(?:[0-9]{4}-)?[0-1][0-9]-[0-3][0-9]$/u)),
});

/** A time: business minutes of the level's BusinessHours, or wall-clock minutes. */
export const rtTimeSchema = z.union([
  z.strictObject({ BusinessMinutes: z.int().nonnegative() }),
  z.strictObject({ RealMinutes: z.int().nonnegative() }),
]);

export const rtLevelSchema = z.strictObject({
  BusinessHours: z.string().min(1),
  Timezone: z.string().min(1),
  Response: rtTimeSchema.optional(),
  KeepInLoop: rtTimeSchema.optional(),
  Resolve: rtTimeSchema.optional(),
});

export const rtConfigSchema = z.strictObject({
  ServiceBusinessHours: z.record(z.string().min(1), rtBusinessHoursSchema),
  ServiceAgreements: z.strictObject({
    Default: z.string().optional(),
    Levels: z.record(z.string().min(1), rtLevelSchema),
  }),
}).superRefine((c, ctx) => {
  for (const [name, level] of Object.entries(c.ServiceAgreements.Levels)) {
    if (!Object.hasOwn(c.ServiceBusinessHours, level.BusinessHours)) {
      ctx.addIssue({ code: 'custom', path: ['ServiceAgreements', 'Levels', name, 'BusinessHours'], message: `unknown business hours ${level.BusinessHours}` });
    }
  }
});

export type RtConfig = z.infer<typeof rtConfigSchema>;
export type RtBusinessHours = z.infer<typeof rtBusinessHoursSchema>;
export type RtLevel = z.infer<typeof rtLevelSchema>;
export type RtTime = z.infer<typeof rtTimeSchema>;
export type RtDay = z.infer<typeof rtDaySchema>;
