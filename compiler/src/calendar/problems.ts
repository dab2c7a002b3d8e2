// From calendar facts (data, no positions) to catalogue diagnostics, once the caller — the model
// stage — knows the source range. The calendar stage itself never sees source text.
import {
  ambiguousBusinessDay, emptyRange, invalidHolidayDate, malformedRange, noOpenTime, overlappingRanges,
  swissCantonRequired, unknownHolidaySet, unknownTimeZone,
} from '../diagnostics/codes/calendar.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Range } from '../text/index.ts';
import { businessDayMinutes, type CalendarProblem } from './build.ts';
import { holidaySetStatus } from './holidays.ts';
import type { Calendar } from './types.ts';

/** Where a diagnostic points: the file and the range of the construct it is about. */
export interface Where {
  readonly file: string;
  readonly range: Range;
}

export function calendarProblemDiagnostic(problem: CalendarProblem, calendarName: string, where: Where): Diagnostic {
  const { file, range } = where;
  switch (problem.kind) {
    case 'invalid-timezone':
      return unknownTimeZone.create(file, range, { timezone: problem.timezone });
    case 'malformed-range':
      return malformedRange.create(file, range, { range: problem.at.text });
    case 'empty-range':
      return emptyRange.create(file, range, { range: problem.at.text });
    case 'overlap':
      return overlappingRanges.create(file, range, { day: problem.day, first: problem.first.text, second: problem.second.text });
    case 'invalid-holiday':
      return invalidHolidayDate.create(file, range, { date: problem.text });
    case 'no-open-time':
      return noOpenTime.create(file, range, { calendar: calendarName });
  }
}

/** IG5008 for `CH` without a canton (brief §4.3), IG5007 for another unknown id, else undefined. */
export function holidaySetDiagnostic(id: string, where: Where): Diagnostic | undefined {
  const status = holidaySetStatus(id);
  if (status.known) return undefined;
  if (id.toUpperCase() === 'CH') return swissCantonRequired.create(where.file, where.range, { suggestions: status.suggestions });
  return unknownHolidaySet.create(where.file, where.range, { set: id, suggestions: status.suggestions });
}

export type BusinessDayConversion =
  | { readonly ok: true; readonly minutes: number }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * A duration in business days as minutes, with the length of one day of `calendar` (spec sla-v1,
 * "minutes"). Days of differing length make the conversion ambiguous (IG5009) and a calendar with no
 * open day has no length (IG5006): the compiler reports instead of guessing.
 */
export function businessDaysToMinutes(calendar: Calendar, days: number, calendarName: string, where: Where): BusinessDayConversion {
  const length = businessDayMinutes(calendar);
  if (length !== undefined) return { ok: true, minutes: Math.round(days * length) };
  const open = Object.values(calendar.week).some((w) => w.length > 0);
  const code = open ? ambiguousBusinessDay : noOpenTime;
  return { ok: false, diagnostic: code.create(where.file, where.range, { calendar: calendarName }) };
}
