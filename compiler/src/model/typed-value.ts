import type { Name, Value } from '../ast/types.ts';
import type { Range } from '../text/index.ts';

// A value once the schema has given it a type. Produced by `convert-value.ts`, read by checks and
// backends. Exact decimals are kept as text so money never goes through a float.

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Canonical duration units; `business_*` count in the service calendar's open time. */
export type DurationUnit =
  | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'
  | 'business_hour' | 'business_day' | 'working_day';

export type TypedValue =
  /** `en`: the English translation of a prose string, written after it (`"Siège social" "Head office"`). */
  | { readonly kind: 'string'; readonly value: string; readonly range: Range; readonly en?: { readonly value: string; readonly range: Range } }
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly range: Range }
  | { readonly kind: 'percent'; readonly value: number; readonly text: string; readonly range: Range }
  | { readonly kind: 'duration'; readonly amount: number; readonly unit: DurationUnit; readonly range: Range }
  | { readonly kind: 'money'; readonly amount: string; readonly currency: string; readonly range: Range }
  | { readonly kind: 'date'; readonly text: string; readonly range: Range }
  | { readonly kind: 'month'; readonly text: string; readonly range: Range }
  | { readonly kind: 'time-range'; readonly start: number; readonly end: number; readonly range: Range }
  | { readonly kind: 'weekdays'; readonly days: readonly Weekday[]; readonly range: Range }
  | { readonly kind: 'enum'; readonly value: string; readonly range: Range }
  | { readonly kind: 'ref'; readonly name: Name; readonly range: Range }
  | { readonly kind: 'name'; readonly name: Name; readonly range: Range }
  | { readonly kind: 'list'; readonly items: readonly TypedValue[]; readonly range: Range };

export type ValueNode = Value;
