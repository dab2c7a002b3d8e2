// From calendar facts (data, no positions) to catalogue diagnostics, once the caller — the model
// stage — knows the source range. The calendar stage itself never sees source text.
import {
  ambiguousBusinessDay, emptyRange, invalidHolidayDate, malformedRange, noOpenTime, overlappingRanges,
  swissCantonRequired, unknownHolidaySet, unknownTimeZone,
} from '../diagnostics/codes/calendar.ts';
import type { Diagnostic, Fix } from '../diagnostics/index.ts';
import type { Range } from '../text/index.ts';
import { businessDayMinutes, type CalendarProblem } from './build.ts';
import { holidaySetStatus } from './holidays.ts';
import { timeZoneSuggestions } from './zone-names.ts';
import type { Calendar } from './types.ts';

/** Where a diagnostic points: the file and the range of the construct it is about. */
export interface Where {
  readonly file: string;
  readonly range: Range;
}

export function calendarProblemDiagnostic(problem: CalendarProblem, calendarName: string, where: Where): Diagnostic {
  const { file, range } = where;
  switch (problem.kind) {
    case 'invalid-timezone': {
      const suggestions = timeZoneSuggestions(problem.timezone);
      // The zone is written in quotes: the fix replaces what is between them.
      const inner = { start: range.start + 1, end: Math.max(range.start + 1, range.end - 1) };
      return unknownTimeZone.create(file, range, { timezone: problem.timezone, suggestions }, { fixes: replaceWith(file, inner, suggestions) });
    }
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
  return unknownHolidaySet.create(where.file, where.range, { set: id, suggestions: status.suggestions }, { fixes: replaceWith(where.file, where.range, status.suggestions) });
}

/** "Replace with …" fixes; the only one is preferred (an editor may apply it alone). */
function replaceWith(file: string, range: Range, suggestions: readonly string[]): Fix[] {
  return suggestions.slice(0, 3).map((s) => ({
    title: { fr: `Remplacer par « ${s} »`, en: `Replace with "${s}"` },
    edits: [{ file, range, newText: s }],
    ...(suggestions.length === 1 ? { preferred: true } : {}),
  }));
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
