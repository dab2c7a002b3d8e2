import type { Name, Value } from '../ast/types.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { unknownEnumValue, valueOutOfRange, wordTooLong, wrongUnit } from '../diagnostics/codes/schema.ts';
import { findLongWord, MAX_WORD_LENGTH, type Range } from '../text/index.ts';
import type { ValueType } from '../schema/index.ts';
import { durationUnit, isCurrency } from './durations.ts';
import { replaceFixes, suggest } from './suggest.ts';
import { WEEKDAYS, type TypedValue, type Weekday } from './typed-value.ts';

// Shape test and conversion of one AST value against a schema type. `accepts` is cheap and decides
// which slot a value belongs to; `convert` then reports what is wrong inside an accepted value.

export function accepts(type: ValueType, v: Value, strictEnum: boolean): boolean {
  switch (type.kind) {
    case 'string': return v.kind === 'string';
    case 'text': return v.kind === 'string' || v.kind === 'text';
    case 'integer':
    case 'decimal': return v.kind === 'number';
    case 'percent': return v.kind === 'percent';
    case 'duration': return v.kind === 'quantity' && durationUnit(v.unit.text) !== undefined;
    case 'money': return v.kind === 'quantity' && isCurrency(v.unit.text);
    case 'date': return v.kind === 'date';
    case 'month': return v.kind === 'month';
    case 'time-range': return v.kind === 'time-range';
    case 'weekdays': return v.kind === 'name-range' || (v.kind === 'name' && isWeekday(v.text));
    case 'enum': return v.kind === 'name' && (!strictEnum || type.values.some((e) => e.name === v.text));
    case 'ref':
    case 'name': return v.kind === 'name';
  }
}

export interface ConvertContext {
  readonly file: string;
  readonly keyword: string;
  readonly report: (d: Diagnostic) => void;
  /** The contract's governing law, when known: examples in messages are written for it. */
  readonly law?: string;
}

/**
 * Text reaches the document: a word the layout cannot break in linear time is refused (issue 17), and
 * the value is ignored. Reports IG2013 and answers true when `v` holds such a word. Prose pairs (the
 * French text and its English translation) are matched apart from `convert`, and call this for both.
 */
export function refuseLongWord(v: { readonly value: string; readonly range: Range }, ctx: ConvertContext): boolean {
  const long = findLongWord(v.value);
  if (!long) return false;
  const start = `${v.value.slice(long.start, long.start + 20)}…`;
  ctx.report(wordTooLong.create(ctx.file, v.range, { keyword: ctx.keyword, length: long.length, max: MAX_WORD_LENGTH, start }));
  return true;
}

export function convert(type: ValueType, v: Value, ctx: ConvertContext): TypedValue | undefined {
  switch (type.kind) {
    case 'string':
    case 'text': {
      if (v.kind !== 'string' && v.kind !== 'text') return undefined;
      if (refuseLongWord(v, ctx)) return undefined;
      return { kind: 'string', value: v.value, range: v.range };
    }
    case 'integer':
    case 'decimal':
      return v.kind === 'number' ? convertNumber(type, v.value, v.text, v.range, ctx) : undefined;
    case 'percent':
      if (v.kind !== 'percent') return undefined;
      if (!inBounds(v.value, type.min, type.max)) {
        ctx.report(valueOutOfRange.create(ctx.file, v.range, { keyword: ctx.keyword, value: v.text, bounds: bounds(type.min ?? 0, type.max ?? 100) }));
      }
      return { kind: 'percent', value: v.value, text: v.text, range: v.range };
    case 'duration': {
      if (v.kind !== 'quantity') return undefined;
      const unit = durationUnit(v.unit.text);
      if (unit === undefined) return undefined;
      if (type.units && !type.units.includes(v.unit.text)) {
        ctx.report(wrongUnit.create(ctx.file, v.unit.range, { keyword: ctx.keyword, unit: v.unit.text, allowed: type.units }));
      }
      if (v.amount.value <= 0 || !Number.isFinite(v.amount.value)) {
        ctx.report(valueOutOfRange.create(ctx.file, v.range, { keyword: ctx.keyword, value: v.amount.text, bounds: '> 0' }));
      }
      return { kind: 'duration', amount: v.amount.value, unit, range: v.range };
    }
    case 'money':
      return v.kind === 'quantity' ? { kind: 'money', amount: v.amount.text, currency: v.unit.text, range: v.range } : undefined;
    case 'date':
      return v.kind === 'date' ? { kind: 'date', text: v.text, range: v.range } : undefined;
    case 'month':
      return v.kind === 'month' ? { kind: 'month', text: v.text, range: v.range } : undefined;
    case 'time-range':
      return v.kind === 'time-range' ? { kind: 'time-range', start: v.start, end: v.end, range: v.range } : undefined;
    case 'weekdays':
      return convertWeekdays(v, ctx);
    case 'enum': {
      if (v.kind !== 'name') return undefined;
      if (!type.values.some((e) => e.name === v.text)) {
        reportEnum(type.values.map((e) => e.name), v, ctx);
        return undefined;
      }
      return { kind: 'enum', value: v.text, range: v.range };
    }
    case 'ref':
      return v.kind === 'name' ? { kind: 'ref', name: v, range: v.range } : undefined;
    case 'name':
      return v.kind === 'name' ? { kind: 'name', name: v, range: v.range } : undefined;
  }
}

export function reportEnum(allowed: readonly string[], v: Name, ctx: ConvertContext): void {
  const suggestions = suggest(v.text, allowed);
  ctx.report(unknownEnumValue.create(ctx.file, v.range, {
    keyword: ctx.keyword,
    value: v.text.length > 64 ? `${v.text.slice(0, 64)}…` : v.text,
    allowed,
    suggestions,
  }, { fixes: replaceFixes(ctx.file, v.range, suggestions) }));
}

function convertNumber(type: { kind: 'integer' | 'decimal'; min?: number; max?: number }, value: number, text: string, range: TypedValue['range'], ctx: ConvertContext): TypedValue {
  if (type.kind === 'integer' && !Number.isInteger(value)) {
    ctx.report(valueOutOfRange.create(ctx.file, range, { keyword: ctx.keyword, value: text, bounds: 'integer' }));
  } else if (!inBounds(value, type.min, type.max)) {
    ctx.report(valueOutOfRange.create(ctx.file, range, { keyword: ctx.keyword, value: text, bounds: bounds(type.min, type.max) }));
  }
  return { kind: 'number', value, text, range };
}

function convertWeekdays(v: Value, ctx: ConvertContext): TypedValue | undefined {
  if (v.kind === 'name') {
    if (!isWeekday(v.text)) return reportDay(v, ctx);
    return { kind: 'weekdays', days: [v.text], range: v.range };
  }
  if (v.kind !== 'name-range') return undefined;
  if (!isWeekday(v.from.text)) return reportDay(v.from, ctx);
  if (!isWeekday(v.to.text)) return reportDay(v.to, ctx);
  // A range wraps around the week (`fri..mon` is Friday to Monday), as people read it.
  const from = WEEKDAYS.indexOf(v.from.text);
  const to = WEEKDAYS.indexOf(v.to.text);
  const days: Weekday[] = [];
  for (let i = from; ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i] as Weekday);
    if (i === to) break;
  }
  return { kind: 'weekdays', days, range: v.range };
}

function reportDay(n: Name, ctx: ConvertContext): undefined {
  reportEnum(WEEKDAYS, n, ctx);
  return undefined;
}

export function isWeekday(s: string): s is Weekday {
  return (WEEKDAYS as readonly string[]).includes(s);
}

function inBounds(v: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || v >= min) && (max === undefined || v <= max);
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} – ${max}`;
  if (min !== undefined) return `≥ ${min}`;
  return `≤ ${max ?? ''}`;
}
