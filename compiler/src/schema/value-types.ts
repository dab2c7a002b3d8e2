import type { Localized } from '../diagnostics/index.ts';
import type { EnumValue, Namespace, Slot, ValueType } from './types.ts';

// Short constructors so vocabulary files read like a table. They only build data.

export const t = {
  string: (): ValueType => ({ kind: 'string' }),
  text: (): ValueType => ({ kind: 'text' }),
  /** Words of the contract, given in each of its languages: `"Texte" "Text"`. */
  prose: (): ValueType => ({ kind: 'string', prose: true }),
  /** A prose string or text block, given in each language. */
  proseText: (): ValueType => ({ kind: 'text', prose: true }),
  integer: (min?: number, max?: number): ValueType => ({ kind: 'integer', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }),
  decimal: (min?: number, max?: number): ValueType => ({ kind: 'decimal', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }),
  percent: (min?: number, max?: number): ValueType => ({ kind: 'percent', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }),
  duration: (units?: readonly string[]): ValueType => ({ kind: 'duration', ...(units === undefined ? {} : { units }) }),
  money: (): ValueType => ({ kind: 'money' }),
  date: (): ValueType => ({ kind: 'date' }),
  month: (): ValueType => ({ kind: 'month' }),
  timeRange: (): ValueType => ({ kind: 'time-range' }),
  weekdays: (): ValueType => ({ kind: 'weekdays' }),
  enum: (values: readonly EnumValue[]): ValueType => ({ kind: 'enum', values }),
  ref: (namespace: Namespace): ValueType => ({ kind: 'ref', namespace }),
  name: (): ValueType => ({ kind: 'name' }),
};

export function value(name: string, type: ValueType, options: { optional?: boolean; list?: boolean; doc?: Localized } = {}): Slot {
  return { kind: 'value', name, type, ...options };
}

export function opt(name: string, type: ValueType, options: { list?: boolean; doc?: Localized } = {}): Slot {
  return value(name, type, { ...options, optional: true });
}

export function word(w: string, optional = false): Slot {
  return optional ? { kind: 'word', word: w, optional } : { kind: 'word', word: w };
}

export function group(...slots: readonly Slot[]): Slot {
  return { kind: 'group', slots };
}

/**
 * An enum value with its documentation: `ev('tacit', 'tacite reconduction', 'automatic renewal')`;
 * `text` is how it reads in a sentence, `lawText` the same under a law with its own term.
 */
export function ev(name: string, fr: string, en: string, text?: Localized, lawText?: Readonly<Partial<Record<string, Localized>>>): EnumValue {
  return { name, doc: { fr, en }, ...(text === undefined ? {} : { text }), ...(lawText === undefined ? {} : { lawText }) };
}

export function doc(fr: string, en: string): Localized {
  return { fr, en };
}

/** The optional `from <preset>` of a presettable statement. */
export function presetSlot(): Slot {
  return group(word('from'), value('preset', t.ref('preset')));
}
