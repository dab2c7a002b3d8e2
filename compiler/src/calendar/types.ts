// The data the calendar stage works on. Plain readonly objects: a `Calendar` is what the SLA JSON's
// `calendars.<name>` says (spec sla-v1 "Shape"), with times as minutes instead of "HH:MM" strings.
import type { Localized } from '../diagnostics/index.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A window in local wall-clock minutes since midnight, `0 <= start < end <= 1440`; `end = 1440` is the
 * spec's "24:00". Converted to instants with the "compatible" rule (see zone.ts).
 */
export type Window = readonly [start: number, end: number];

export interface Calendar {
  /** IANA time-zone name, e.g. `Europe/Paris`. */
  readonly timezone: string;
  /** Every weekday present; windows sorted and non-overlapping; `[]` = closed all day. */
  readonly week: Readonly<Record<Weekday, readonly Window[]>>;
  /** Local dates `YYYY-MM-DD` on which the calendar is closed all day. */
  readonly holidays: ReadonlySet<string> | readonly string[];
}

export interface Holiday {
  readonly date: string;
  readonly name: Localized;
}
