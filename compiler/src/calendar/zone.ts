// UTC offsets of an IANA zone from `Intl.DateTimeFormat`, cached as a transition table per UTC year so
// that the due-date engine never formats a date in its hot loop: a year is sampled once a day and every
// change of offset is located to the second by bisection. (tzdb has no two transitions less than a
// day apart in the years contracts deal with; a pair that close would be missed.)
import { civilFromDays, daysFromCivil, MS_PER_DAY } from './civil.ts';

/** Instants the tables cover: 0001-01-01 to 9999-12-31 (UTC); outside, the engine answers undefined. */
export const MIN_INSTANT = daysFromCivil(1, 1, 2) * MS_PER_DAY;
export const MAX_INSTANT = daysFromCivil(9999, 12, 31) * MS_PER_DAY;

interface YearTable {
  /** `at[0]` is the year's first instant; `at[i]` the instant offset `offsets[i]` starts. */
  readonly at: readonly number[];
  readonly offsets: readonly number[];
}

export interface Zone {
  readonly name: string;
  /** Offset (local − UTC) in ms at an instant. */
  offsetAt(ms: number): number;
  /** Instant of a local wall-clock time given as ms since 1970-01-01T00:00 local ("compatible" rule). */
  localToInstant(localMs: number): number;
}

const zones = new Map<string, Zone | null>();

/** The zone for an IANA name, or undefined when `Intl` does not know it (or it is a bare offset). */
export function getZone(name: string): Zone | undefined {
  let z = zones.get(name);
  if (z === undefined) {
    z = makeZone(name);
    zones.set(name, z);
  }
  return z ?? undefined;
}

export function isValidTimeZone(name: string): boolean {
  return getZone(name) !== undefined;
}

/**
 * Zones every Intl implementation knows, and those this product's contracts use. Their formatter is
 * created only when an offset is first needed: checking a contract then never initialises ICU's time
 * zone data (~10 ms at every start of the CLI), only computing a due date does.
 */
const WELL_KNOWN = new Set(['UTC', 'Europe/Paris', 'Europe/Zurich', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Monaco']);

function formatter(name: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
}

function makeZone(name: string): Zone | null {
  // Offsets such as "+02:00" are accepted by Intl but are not zones: they have no DST rules.
  if (name === '' || /^[+-]/.test(name)) return null;
  let fmt: Intl.DateTimeFormat | undefined;
  if (!WELL_KNOWN.has(name)) {
    try {
      fmt = formatter(name);
    } catch {
      return null;
    }
  }
  const raw = (ms: number): number => rawOffset((fmt ??= formatter(name)), ms);
  const years = new Map<number, YearTable>();
  const offsetAt = (ms: number): number => {
    const year = civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
    if (year < 1 || year > 9999) return raw(ms);
    let table = years.get(year);
    if (!table) {
      table = buildYear(raw, year);
      years.set(year, table);
    }
    let i = table.at.length - 1;
    while (i > 0 && (table.at[i] ?? 0) > ms) i--;
    return table.offsets[i] ?? 0;
  };
  return { name, offsetAt, localToInstant: (localMs) => compatible(offsetAt, localMs) };
}

function rawOffset(fmt: Intl.DateTimeFormat, ms: number): number {
  const f: Record<string, number> = {};
  for (const p of fmt.formatToParts(ms)) if (p.type !== 'literal') f[p.type] = Number(p.value);
  const days = daysFromCivil(f['year'] ?? 1970, f['month'] ?? 1, f['day'] ?? 1);
  const local = days * MS_PER_DAY + (((f['hour'] ?? 0) * 60 + (f['minute'] ?? 0)) * 60 + (f['second'] ?? 0)) * 1000;
  return local - Math.floor(ms / 1000) * 1000;
}

function buildYear(raw: (ms: number) => number, year: number): YearTable {
  const start = daysFromCivil(year, 1, 1) * MS_PER_DAY;
  const end = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  const at = [start];
  const offsets = [raw(start)];
  let prevT = start;
  let prevO = offsets[0] ?? 0;
  for (let t = start + MS_PER_DAY; t <= end; t += MS_PER_DAY) {
    const o = raw(t);
    if (o !== prevO) {
      // Invariant: offset at lo is prevO, at hi is o; transitions fall on whole seconds.
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (raw(mid) === prevO) lo = mid;
        else hi = mid;
      }
      if (hi < end) {
        at.push(hi);
        offsets.push(o);
      }
      prevO = o;
    }
    prevT = t;
  }
  return { at, offsets };
}

/**
 * Temporal's "compatible" disambiguation (spec sla-v1, due dates): a local time that occurs twice maps
 * to its earlier occurrence; one in a gap is shifted forward by the gap's length, which is the same as
 * reading it with the offset in force before the gap (02:30 +01:00 = 03:30 +02:00).
 */
function compatible(offsetAt: (ms: number) => number, localMs: number): number {
  const before = offsetAt(localMs - MS_PER_DAY);
  const after = offsetAt(localMs + MS_PER_DAY);
  if (before === after) return localMs - before;
  const early = localMs - before;
  const late = localMs - after;
  const earlyOk = offsetAt(early) === before;
  const lateOk = offsetAt(late) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (earlyOk) return early;
  if (lateOk) return late;
  return early;
}
