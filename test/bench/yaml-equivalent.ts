import { z } from 'zod';
import type { BlockSpec, BoundStatement, Slot, StatementSpec, ValueType } from '../../compiler/src/index.ts';

// The baseline a user would otherwise pick: the same contract as a YAML (or JSON) document validated
// by a zod schema. The document is the checked contract's own facts, written as a user would write
// them in YAML: each statement an object of its named values and its sub-statements (a repeated
// keyword a list), a one-value statement that value, a bare flag `true`: `reference "NS-2027-014"`
// becomes `reference: NS-2027-014`, `cap 12 months_of_fees per year` becomes
// `cap: { months: 12, per: year }`. The schema is derived from the same vocabulary: the same blocks,
// fields, required values, cardinalities, enums, number kinds and literal formats, strict objects.
// Both come from our own data, and the bench asserts that the schema ACCEPTS the document, so the
// baseline measures validating a contract, not rejecting one.

export type Plain = string | number | boolean | Plain[] | { [k: string]: Plain };

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function plainValue(v: BoundStatement['values'][string]): Plain {
  switch (v.kind) {
    case 'string': return v.value;
    case 'number': case 'percent': return v.value;
    case 'duration': return `${v.amount} ${v.unit}`;
    case 'money': return `${v.amount} ${v.currency}`;
    case 'date': case 'month': return v.text;
    case 'time-range': return `${hhmm(v.start)}-${hhmm(v.end)}`;
    case 'weekdays': return [...v.days];
    case 'enum': return v.value;
    case 'ref': case 'name': return v.name.text;
    case 'list': return v.items.map(plainValue);
  }
}

/** A statement with one value and no block is written as that value: `reference: NS-2027-014`. */
const isScalar = (spec: StatementSpec): boolean => spec.block === undefined && valueSlots(spec.args).length === 1;

/** A bound statement as YAML data: its values by slot name, its children by keyword. */
export function toPlain(b: BoundStatement): Plain {
  if (isScalar(b.spec)) {
    const only = Object.values(b.values)[0];
    return only === undefined ? true : plainValue(only);
  }
  const out: { [k: string]: Plain } = {};
  for (const [slot, v] of Object.entries(b.values)) out[slot] = plainValue(v);
  for (const c of b.children) {
    const key = c.spec.keyword;
    if (c.spec.cardinality === 'many') out[key] = [...((out[key] as Plain[] | undefined) ?? []), toPlain(c)];
    else out[key] = toPlain(c);
  }
  return Object.keys(out).length === 0 ? true : out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const TIME_RANGE = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
const WEEKDAY = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

function zodOfType(t: ValueType): z.ZodType {
  switch (t.kind) {
    case 'string': case 'text': case 'ref': case 'name': return z.string();
    case 'integer': return z.number().int().min(t.min ?? -Infinity).max(t.max ?? Infinity);
    case 'decimal': case 'percent': return z.number().min(t.min ?? -Infinity).max(t.max ?? Infinity);
    case 'duration': return z.string().regex(new RegExp(`^\\d+(\\.\\d+)? (${(t.units ?? ['[a-z_]+']).join('|')})$`));
    case 'money': return z.string().regex(/^\d+(\.\d+)? [A-Z]{3}$/);
    case 'date': return z.string().regex(DATE);
    case 'month': return z.string().regex(MONTH);
    case 'time-range': return z.string().regex(TIME_RANGE);
    case 'weekdays': return z.array(WEEKDAY).min(1);
    case 'enum': return z.enum(t.values.map((v) => v.name) as [string, ...string[]]);
  }
}

/** Every value slot of a pattern, groups flattened; `required` only for top-level mandatory slots. */
function valueSlots(slots: readonly Slot[], top = true): { name: string; type: ValueType; list: boolean; required: boolean }[] {
  return slots.flatMap((s) => (s.kind === 'value'
    ? [{ name: s.name, type: s.type, list: s.list === true, required: top && s.optional !== true }]
    : s.kind === 'group' ? valueSlots(s.slots, false) : []));
}

const cache = new Map<StatementSpec, z.ZodType>();

export function zodOfStatement(spec: StatementSpec): z.ZodType {
  const hit = cache.get(spec);
  if (hit) return hit;
  if (isScalar(spec)) {
    const [slot] = valueSlots(spec.args);
    const one = slot ? zodOfType(slot.type) : z.never();
    const t = slot?.list ? z.union([one, z.array(one)]) : one;
    const scalar = slot?.required ? t : z.union([t, z.literal(true)]);
    cache.set(spec, scalar);
    return scalar;
  }
  const shape: Record<string, z.ZodType> = {};
  const lazy = z.lazy(() => z.union([z.literal(true), z.strictObject(shape)]));
  cache.set(spec, lazy);
  for (const slot of valueSlots(spec.args)) {
    const one = zodOfType(slot.type);
    const t = slot.list ? z.union([one, z.array(one)]) : one;
    shape[slot.name] = slot.required ? t : t.optional();
  }
  for (const child of spec.block?.statements ?? []) {
    if (shape[child.keyword] !== undefined) throw new Error(`bench schema: "${child.keyword}" is both a value and a statement of ${spec.keyword}`);
    const one = zodOfStatement(child);
    shape[child.keyword] = (child.cardinality === 'many' ? z.array(one) : one).optional();
  }
  return lazy;
}

/** The whole document: `{ contract: … }` (the root block holds the contract statement). */
export function zodOfDocument(root: BlockSpec): z.ZodType {
  const contract = root.statements.find((s) => s.keyword === 'contract');
  if (!contract) throw new Error('bench schema: no contract statement');
  return z.strictObject({ contract: zodOfStatement(contract) });
}
