// Znuny (OTRS family) calendar settings and SLAs, written from Znuny's default SysConfig
// (`Kernel/Config/Files/XML/Calendar.xml`: `TimeZone::CalendarN`, `TimeZone::CalendarNName`,
// `TimeWorkingHours::CalendarN` = weekday → list of open HOURS as strings, `TimeVacationDays::CalendarN`
// month → day → name, `TimeVacationDaysOneTime::CalendarN` year → month → day → name) and the POD of
// `Kernel::System::SLA::SLAAdd()` (times in minutes, `Calendar` = the calendar number).
import { z } from 'zod';

const HOUR = z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23']);
const DAYNAME = z.string().min(1);

export const znunyCalendarSchema = z.strictObject({
  number: z.int().min(1).max(50),
  name: z.string().min(1),
  timezone: z.string().min(1),
  workingHours: z.strictObject({
    Mon: z.array(HOUR), Tue: z.array(HOUR), Wed: z.array(HOUR), Thu: z.array(HOUR), Fri: z.array(HOUR), Sat: z.array(HOUR), Sun: z.array(HOUR),
  }),
  vacationDays: z.record(z.string().regex(/^(?:[1-9]|1[0-2])$/u), z.record(z.string().regex(/^(?:[1-9]|[12][0-9]|3[01])$/u), DAYNAME)),
  vacationDaysOneTime: z.record(z.string().regex(/^[0-9]{4}$/u), z.record(z.string().regex(/^(?:[1-9]|1[0-2])$/u), z.record(z.string().regex(/^(?:[1-9]|[12][0-9]|3[01])$/u), DAYNAME))),
});

const minutes = z.int().nonnegative();
export const znunySlaSchema = z.strictObject({
  Name: z.string().min(1).max(200),
  Calendar: z.string().regex(/^(?:[1-9]|[1-4][0-9]|50)?$/u),
  FirstResponseTime: minutes,
  FirstResponseNotify: z.int().min(0).max(100),
  UpdateTime: minutes,
  UpdateNotify: z.int().min(0).max(100),
  SolutionTime: minutes,
  SolutionNotify: z.int().min(0).max(100),
  ValidID: z.literal(1),
  Comment: z.string().max(250),
});

export const znunyExportSchema = z.strictObject({
  calendars: z.array(znunyCalendarSchema),
  slas: z.array(znunySlaSchema),
});
export type ZnunyExport = z.infer<typeof znunyExportSchema>;
export type ZnunyCalendar = z.infer<typeof znunyCalendarSchema>;
