// Stage `calendar`: service calendars, public-holiday sets and due-date arithmetic.
// Consumes plain data — a zone name, weekly hours as the contract writes them ("08:00-12:00",
// overnight "22:00-06:00"), holiday-set ids (FR, FR-57/67/68, BE, CH-<canton>) and explicit dates.
// Produces `Calendar` values (the SLA JSON's calendars with minutes for times), dated holiday lists
// computed from rules (never typed dates), and due instants.
// Guarantees: pure — no I/O, no clock, never throws on bad input (problems and "never" are data:
// `CalendarProblem`s, `undefined`); due dates follow spec sla-v1 "Due dates" to the letter (earliest
// t >= t0 with m open minutes in [t0, t), Temporal "compatible" DST rule); time-zone math uses only
// `Intl`. Imports only `text/` and `diagnostics/` from the compiler.
export type { Calendar, Holiday, Weekday, Window } from './types.ts';
export { WEEKDAYS } from './types.ts';
export { easterSunday } from './easter.ts';
export type { HolidayRule, HolidaySet } from './holiday-sets.ts';
export { HOLIDAY_SETS } from './holiday-sets.ts';
export type { ExtraHoliday, HolidaySetStatus } from './holidays.ts';
export { expandHolidays, holidaySet, holidaySetIds, holidaySetStatus, holidaySpan, isHolidaySet } from './holidays.ts';
export type { BuildResult, CalendarDescription, CalendarProblem, HoursRule, RangeRef } from './build.ts';
export { buildCalendar, businessDayMinutes, formatClock, parseClock, weekToJson } from './build.ts';
export type { BusinessDayConversion, Where } from './problems.ts';
export { businessDaysToMinutes, calendarProblemDiagnostic, holidaySetDiagnostic } from './problems.ts';
export { dueInstant, MAX_SCAN_YEARS, openMinutesBetween } from './due.ts';
export { parseInstant, toLocalIso } from './instant.ts';
export { isValidTimeZone } from './zone.ts';
