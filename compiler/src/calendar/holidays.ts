// Expanding holiday sets into dated lists, and the span a contract's list must cover (spec sla-v1,
// "holidays … covers at least every date from 1 January of the effective date's year …").
import type { Localized } from '../diagnostics/index.ts';
import { suggest } from '../text/index.ts';
import { addMonths, civilFromDays, daysFromCivil, formatIsoDate, parseIsoDate, weekdayOfDays } from './civil.ts';
import { EASTER_FIRST_YEAR, EASTER_LAST_YEAR, easterDays } from './easter.ts';
import { HOLIDAY_SETS, type HolidayRule, type HolidaySet } from './holiday-sets.ts';
import type { Holiday } from './types.ts';

const BY_ID = new Map<string, HolidaySet>(HOLIDAY_SETS.map((s) => [s.id, s]));

export const holidaySetIds: readonly string[] = HOLIDAY_SETS.map((s) => s.id);

export function isHolidaySet(id: string): boolean {
  return BY_ID.has(id);
}

export function holidaySet(id: string): HolidaySet | undefined {
  return BY_ID.get(id);
}

export type HolidaySetStatus =
  | { readonly known: true; readonly set: HolidaySet }
  | { readonly known: false; readonly reason: Localized; readonly suggestions: readonly string[] };

const CANTONS = holidaySetIds.filter((id) => id.startsWith('CH-'));

/**
 * Whether a set id is known. `CH` alone is refused on purpose: Switzerland fixes only 1 August
 * federally and every canton adds its own days (art. 20a LTr), so the contract must name the canton or
 * give an explicit list — the compiler must not guess (brief §4.3, design rule).
 */
export function holidaySetStatus(id: string): HolidaySetStatus {
  const set = BY_ID.get(id);
  if (set) return { known: true, set };
  if (id.toUpperCase() === 'CH') {
    return {
      known: false,
      reason: {
        fr: 'la Suisse ne fixe que le 1er août au niveau fédéral ; les autres jours fériés dépendent du canton : nommez le canton ou donnez une liste explicite',
        en: 'Switzerland fixes only 1 August federally; the other public holidays depend on the canton: name the canton or give an explicit list',
      },
      suggestions: CANTONS,
    };
  }
  const upper = id.toUpperCase();
  // `GE` is the canton of Geneva (`CH-GE`), `67` the Bas-Rhin (`FR-67`), `fr` France: the sets whose
  // code is the name, starts or ends with it, else the nearest spellings.
  const named = holidaySetIds.filter((k) => k === upper || k.startsWith(`${upper}-`) || k.endsWith(`-${upper}`));
  return {
    known: false,
    reason: { fr: 'jeu de jours fériés inconnu', en: 'unknown public-holiday set' },
    suggestions: named.length > 0 ? named : suggest(upper, holidaySetIds),
  };
}

function ruleDay(rule: HolidayRule, year: number): number | undefined {
  switch (rule.kind) {
    case 'fixed':
      return daysFromCivil(year, rule.month, rule.day);
    case 'easter': {
      const e = easterDays(year);
      return e === undefined ? undefined : e + rule.offset;
    }
    case 'after-nth-sunday': {
      const first = daysFromCivil(year, rule.month, 1);
      const firstSunday = first + ((7 - weekdayOfDays(first)) % 7);
      return firstSunday + 7 * (rule.nth - 1) + rule.daysAfter;
    }
    case 'fixed-if-weekday': {
      const d = daysFromCivil(year, rule.month, rule.day);
      return weekdayOfDays(d) === rule.weekday ? d : undefined;
    }
  }
}

function joinName(a: string, b: string): string {
  return a === b || a.split(' / ').includes(b) ? a : `${a} / ${b}`;
}

export interface ExtraHoliday {
  readonly date: string;
  readonly name: Localized;
}

/**
 * The holidays of `setIds` for every year in `fromYear..toYear`, plus the explicit `extra` dates,
 * sorted by date with one entry per date (names of coinciding days are joined with " / "). Rules whose
 * id is in `omit` are skipped (a day the contract says is worked). Unknown set ids and malformed extra
 * dates are ignored here: `holidaySetStatus` and the calendar builder report them.
 */
export function expandHolidays(
  setIds: readonly string[],
  fromYear: number,
  toYear: number,
  extra: readonly ExtraHoliday[] = [],
  omit: readonly string[] = [],
): Holiday[] {
  const byDay = new Map<number, Localized>();
  // Two sets sharing a rule give identical names, which `joinName` keeps once.
  const add = (day: number, name: Localized): void => {
    const prev = byDay.get(day);
    byDay.set(day, prev ? { fr: joinName(prev.fr, name.fr), en: joinName(prev.en, name.en) } : name);
  };
  const first = Math.max(Math.ceil(fromYear), EASTER_FIRST_YEAR);
  const last = Math.min(Math.floor(toYear), EASTER_LAST_YEAR);
  for (const id of setIds) {
    const set = BY_ID.get(id);
    if (!set) continue;
    for (const rule of set.rules) {
      if (omit.includes(rule.id)) continue;
      for (let year = first; year <= last; year++) {
        const day = ruleDay(rule, year);
        if (day !== undefined) add(day, rule.name);
      }
    }
  }
  for (const h of extra) {
    const day = parseIsoDate(h.date);
    if (day !== undefined) add(day, h.name);
  }
  return [...byDay.keys()].sort((a, b) => a - b).map((day) => ({ date: formatIsoDate(day), name: byDay.get(day) ?? { fr: '', en: '' } }));
}

/**
 * Years a contract's holiday list must cover (spec sla-v1): from the effective date's year to the year
 * in which the initial term plus one renewal period ends — the last day in force being the day before
 * `effective + months` (2027-01-01 + 36 months ends 2029-12-31) — or, for an indefinite term (no
 * `initialMonths`), to the year of the date five years after the effective date. Undefined when the
 * date is not a real date or a duration is negative or not an integer.
 */
export function holidaySpan(
  effective: string,
  initialMonths?: number,
  renewalMonths?: number,
): { readonly fromYear: number; readonly toYear: number } | undefined {
  const start = parseIsoDate(effective);
  if (start === undefined) return undefined;
  const valid = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0);
  if (!valid(initialMonths) || !valid(renewalMonths)) return undefined;
  const fromYear = civilFromDays(start).year;
  if (initialMonths === undefined) return { fromYear, toYear: civilFromDays(addMonths(start, 60)).year };
  const months = initialMonths + (renewalMonths ?? 0);
  const lastDay = months === 0 ? start : addMonths(start, months) - 1;
  return { fromYear, toYear: Math.max(fromYear, civilFromDays(lastDay).year) };
}
