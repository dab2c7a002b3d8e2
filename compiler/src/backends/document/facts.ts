import type { Localized } from '../../diagnostics/index.ts';
import type { BoundStatement, SymbolTable, TypedValue } from '../../model/index.ts';
import type { Slot, StatementSpec, ValueType } from '../../schema/index.ts';
import { contractSpec } from '../../schema/index.ts';

// Fact paths (`term.initial`, `party.provider.name`, `sla.priority.P1.restore`) are read through the
// schema, never through a hand-written list, so new vocabulary is usable in clauses the day it lands.
// A segment is, in turn: a child statement's keyword, then optionally an enum value of that
// statement's first enum slot (`party.provider`) or a declared name (`priority.P1`), or a slot name
// (`term.renewal.mode`). `$holidays` is a computed collection.

export type Item =
  | { readonly kind: 'stmt'; readonly b: BoundStatement }
  /** `from`: the statement and slot the value was read from (computed values have none). */
  | { readonly kind: 'value'; readonly v: TypedValue; readonly type: ValueType; readonly from?: { readonly b: BoundStatement; readonly slot: string } }
  | { readonly kind: 'record'; readonly fields: Readonly<Record<string, Item>> }
  | { readonly kind: 'text'; readonly text: Localized };

/** What a path names statically: a statement spec, a typed slot, or a computed record. */
export type Target =
  | { readonly kind: 'stmt'; readonly spec: StatementSpec }
  | { readonly kind: 'slot'; readonly type: ValueType }
  | { readonly kind: 'record'; readonly fields: Readonly<Record<string, Target>> };

const STRING: Target = { kind: 'slot', type: { kind: 'string' } };
export const COMPUTED: Readonly<Record<string, Target>> = {
  $holidays: { kind: 'record', fields: { date: { kind: 'slot', type: { kind: 'date' } }, name: STRING } },
};

const slotCache = new WeakMap<readonly Slot[], readonly Extract<Slot, { kind: 'value' }>[]>();

/** The value slots of an argument pattern, groups flattened (memoised: paths ask for them constantly). */
export function valueSlots(slots: readonly Slot[]): readonly Extract<Slot, { kind: 'value' }>[] {
  let out = slotCache.get(slots);
  if (!out) {
    out = slots.flatMap((s) => (s.kind === 'value' ? [s] : s.kind === 'group' ? valueSlots(s.slots) : []));
    slotCache.set(slots, out);
  }
  return out;
}

function firstEnum(spec: StatementSpec): readonly string[] {
  const slot = valueSlots(spec.args)[0];
  return slot?.type.kind === 'enum' ? slot.type.values.map((v) => v.name) : [];
}

export type StaticResult =
  | { readonly ok: true; readonly target: Target }
  | { readonly ok: false; readonly candidates: readonly string[] };

/**
 * Checks a path against the schema from `scopes` (innermost first, the contract last). `names`
 * accepts declared names as filters; without it (library modules are checked on their own) only
 * enum values are accepted, so `party.provder` is a typo rather than an unknown party.
 */
export function checkPath(path: string, scopes: readonly Target[], names?: (ns: string, name: string) => boolean): StaticResult {
  if (path === '.') return scopes.length > 0 ? { ok: true, target: scopes[0] as Target } : { ok: false, candidates: [] };
  const segs = path.split('.');
  const head = segs[0] ?? '';
  if (head.startsWith('$')) {
    const computed = COMPUTED[head];
    return computed ? walkStatic(computed, segs.slice(1), names) : { ok: false, candidates: Object.keys(COMPUTED) };
  }
  let candidates: readonly string[] = [];
  for (const scope of [...scopes, { kind: 'stmt', spec: contractSpec } as Target]) {
    const r = walkStatic(scope, segs, names);
    if (r.ok) return r;
    if (candidates.length === 0) candidates = r.candidates;
  }
  return { ok: false, candidates };
}

function walkStatic(start: Target, segs: readonly string[], names?: (ns: string, name: string) => boolean): StaticResult {
  let cur = start;
  let entered = false;
  for (const seg of segs) {
    if (cur.kind === 'slot') return { ok: false, candidates: [] };
    if (cur.kind === 'record') {
      const f = cur.fields[seg];
      if (!f) return { ok: false, candidates: Object.keys(cur.fields) };
      cur = f;
      continue;
    }
    const spec = cur.spec;
    const child = spec.block?.statements.find((s) => s.keyword === seg);
    if (child) {
      cur = { kind: 'stmt', spec: child };
      entered = true;
      continue;
    }
    const slot = valueSlots(spec.args).find((s) => s.name === seg);
    if (slot) {
      cur = { kind: 'slot', type: slot.type };
      continue;
    }
    if (entered && (firstEnum(spec).includes(seg) || (spec.declares && names?.(spec.declares.namespace, seg)))) {
      entered = false;
      continue;
    }
    const kids = spec.block?.statements.map((s) => s.keyword) ?? [];
    return { ok: false, candidates: [...kids, ...valueSlots(spec.args).map((s) => s.name), ...(entered ? firstEnum(spec) : [])] };
  }
  return { ok: true, target: cur };
}

export interface ResolveContext {
  readonly contract: BoundStatement;
  readonly symbols: SymbolTable;
  readonly computed: Readonly<Record<string, readonly Item[]>>;
}

/** The facts a path names, from the innermost scope outwards; empty when none is stated. */
export function resolvePath(path: string, scopes: readonly Item[], ctx: ResolveContext): readonly Item[] {
  if (path === '.') return scopes.length > 0 ? [scopes[0] as Item] : [];
  const segs = path.split('.');
  const head = segs[0] ?? '';
  if (head.startsWith('$')) return walk(ctx.computed[head] ?? [], segs.slice(1));
  for (const scope of scopes) {
    if (checkScope(scope, head)) return walk([scope], segs);
  }
  return walk([{ kind: 'stmt', b: ctx.contract }], segs);
}

/** Whether `seg` can start a path inside this scope (else the path is read from the contract). */
function checkScope(scope: Item, seg: string): boolean {
  if (scope.kind === 'record') return seg in scope.fields;
  if (scope.kind !== 'stmt') return false;
  const spec = scope.b.spec;
  return (spec.block?.statements.some((s) => s.keyword === seg) ?? false) || valueSlots(spec.args).some((s) => s.name === seg);
}

function walk(start: readonly Item[], segs: readonly string[]): readonly Item[] {
  let cur = start;
  let entered = false;
  for (const seg of segs) {
    const next: Item[] = [];
    let filtered = false;
    for (const item of cur) {
      if (item.kind === 'record') {
        const f = item.fields[seg];
        if (f) next.push(f);
        continue;
      }
      if (item.kind !== 'stmt') continue;
      const spec = item.b.spec;
      if (spec.block?.statements.some((s) => s.keyword === seg)) {
        next.push(...item.b.children.filter((c) => c.spec.keyword === seg).map((b): Item => ({ kind: 'stmt', b })));
        continue;
      }
      const slot = valueSlots(spec.args).find((s) => s.name === seg);
      if (slot) {
        const v = item.b.values[seg];
        if (v) next.push({ kind: 'value', v, type: slot.type, from: { b: item.b, slot: seg } });
        continue;
      }
      if (entered) {
        filtered = true;
        const p = principal(item);
        if (p && valueKey(p.v) === seg) next.push(item);
      }
    }
    entered = !filtered && next.some((i) => i.kind === 'stmt');
    cur = next;
  }
  return cur;
}

/**
 * A statement's principal value: its first stated value slot (`party provider` → the role). Used to
 * filter (`party.provider`) and compare (`is`), never to print: a statement prints as its phrase.
 */
export function principal(item: Item): { readonly v: TypedValue; readonly type: ValueType; readonly slot: string } | undefined {
  if (item.kind !== 'stmt') return undefined;
  for (const slot of valueSlots(item.b.spec.args)) {
    const v = item.b.values[slot.name];
    if (v) return { v, type: slot.type, slot: slot.name };
  }
  return undefined;
}

/** The name a value is compared by in `is` conditions and filters. */
export function valueKey(v: TypedValue): string | undefined {
  switch (v.kind) {
    case 'enum': case 'string': return v.value;
    case 'ref': case 'name': return v.name.text;
    case 'number': case 'percent': return v.text;
    case 'date': case 'month': return v.text;
    default: return undefined;
  }
}

/** Evaluates a condition: presence, or one of the values (by principal value or key). */
export function holds(items: readonly Item[], values: readonly string[]): boolean {
  if (values.length === 0) return items.length > 0;
  return items.some((i) => {
    const v = i.kind === 'value' ? i.v : principal(i)?.v;
    if (!v) return false;
    return (v.kind === 'list' ? v.items : [v]).some((x) => matches(x, values));
  });
}

/** A value is one of `values`; days of a service window match each day (`hours.days is sat`). */
function matches(v: TypedValue, values: readonly string[]): boolean {
  return v.kind === 'weekdays' ? v.days.some((d) => values.includes(d)) : values.includes(valueKey(v) ?? '');
}

/** Enum values a condition may compare a target with; undefined when any name may do. */
export function allowedValues(target: Target): readonly string[] | undefined {
  const type = target.kind === 'slot' ? target.type : target.kind === 'stmt' ? valueSlots(target.spec.args)[0]?.type : undefined;
  return type?.kind === 'enum' ? type.values.map((v) => v.name) : undefined;
}
