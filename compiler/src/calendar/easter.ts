// Easter Sunday by the "anonymous Gregorian" computus (Meeus/Jones/Butcher), exactly as written in the
// domain brief §4.4; valid for Gregorian years 1583–4099, where it matches dateutil's Western method.
import { daysFromCivil } from './civil.ts';

export const EASTER_FIRST_YEAR = 1583;
export const EASTER_LAST_YEAR = 4099;

/** Easter Sunday of `year` as month (3 or 4) and day, or undefined outside 1583–4099. */
export function easterSunday(year: number): { readonly month: number; readonly day: number } | undefined {
  if (!Number.isInteger(year) || year < EASTER_FIRST_YEAR || year > EASTER_LAST_YEAR) return undefined;
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** Easter Sunday as a day number (see civil.ts), or undefined outside the computus's range. */
export function easterDays(year: number): number | undefined {
  const e = easterSunday(year);
  return e === undefined ? undefined : daysFromCivil(year, e.month, e.day);
}
