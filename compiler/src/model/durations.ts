import type { DurationUnit } from './typed-value.ts';

// What each duration unit written in a contract means. Business units are counted in the open time
// of the service calendar (spec/sla-v1.md); calendar units are elapsed time.

const UNIT_TABLE: Readonly<Record<string, DurationUnit>> = {
  min: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', calendar_day: 'day', calendar_days: 'day',
  week: 'week', weeks: 'week',
  month: 'month', months: 'month',
  year: 'year', years: 'year',
  business_hour: 'business_hour', business_hours: 'business_hour',
  business_day: 'business_day', business_days: 'business_day',
  working_day: 'working_day', working_days: 'working_day',
};

export const CURRENCIES: readonly string[] = ['EUR', 'CHF', 'GBP', 'USD'];

export function durationUnit(text: string): DurationUnit | undefined {
  return UNIT_TABLE[text];
}

export function isCurrency(text: string): boolean {
  return CURRENCIES.includes(text);
}

/** Minutes of elapsed (calendar) time, for units that have a fixed length; months/years have none. */
export function fixedMinutes(amount: number, unit: DurationUnit): number | undefined {
  switch (unit) {
    case 'minute': return amount;
    case 'hour': return amount * 60;
    case 'day': return amount * 1440;
    case 'week': return amount * 10080;
    case 'month':
    case 'year':
    case 'business_hour':
    case 'business_day':
    case 'working_day':
      return undefined;
  }
}

/** Months in a month/year duration, to compare terms and notices. */
export function months(amount: number, unit: DurationUnit): number | undefined {
  if (unit === 'month') return amount;
  if (unit === 'year') return amount * 12;
  return undefined;
}

/** An approximate length in days, only to compare durations of different units (notice < term). */
export function approximateDays(amount: number, unit: DurationUnit): number {
  switch (unit) {
    case 'minute': return amount / 1440;
    case 'hour': case 'business_hour': return amount / 24;
    case 'day': case 'business_day': case 'working_day': return amount;
    case 'week': return amount * 7;
    case 'month': return amount * 30.4375;
    case 'year': return amount * 365.25;
  }
}
