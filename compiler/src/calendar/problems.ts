// From calendar problems (data, no positions) to catalogue diagnostics, once the caller knows the
// source range — the calendar stage itself never sees source text.
import type { Diagnostic } from '../diagnostics/index.ts';
import {
  emptyRange, invalidHolidayDate, malformedRange, noOpenTime, overlappingRanges, unknownTimeZone,
} from '../diagnostics/codes/calendar.ts';
import type { Range } from '../text/index.ts';
import type { CalendarProblem } from './build.ts';

export function calendarProblemDiagnostic(problem: CalendarProblem, calendarName: string, file: string, range: Range): Diagnostic {
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
