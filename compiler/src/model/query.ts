import type { BoundStatement } from './bound.ts';
import type { TypedValue } from './typed-value.ts';

// Small accessors over the bound tree, so checks read like the checklist they implement.

const EMPTY: readonly BoundStatement[] = [];
const byKeyword = new WeakMap<BoundStatement, ReadonlyMap<string, readonly BoundStatement[]>>();

/** The children of `b` grouped by keyword, built once per statement: rules query the same blocks often. */
function index(b: BoundStatement): ReadonlyMap<string, readonly BoundStatement[]> {
  let map = byKeyword.get(b);
  if (!map) {
    const m = new Map<string, BoundStatement[]>();
    for (const c of b.children) {
      const list = m.get(c.spec.keyword);
      if (list) list.push(c);
      else m.set(c.spec.keyword, [c]);
    }
    map = m;
    byKeyword.set(b, map);
  }
  return map;
}

export function child(b: BoundStatement | undefined, keyword: string): BoundStatement | undefined {
  return b ? index(b).get(keyword)?.[0] : undefined;
}

export function children(b: BoundStatement | undefined, keyword: string): readonly BoundStatement[] {
  return b ? (index(b).get(keyword) ?? EMPTY) : EMPTY;
}

export function value(b: BoundStatement | undefined, slot: string): TypedValue | undefined {
  return b?.values[slot];
}

/** The string value of a child statement's slot (`str(party, 'name')`). */
export function childString(b: BoundStatement | undefined, keyword: string, slot = 'value'): string | undefined {
  const v = value(child(b, keyword), slot);
  return v?.kind === 'string' ? v.value : undefined;
}

export function enumValue(b: BoundStatement | undefined, slot: string): string | undefined {
  const v = value(b, slot);
  return v?.kind === 'enum' ? v.value : undefined;
}

export function childEnum(b: BoundStatement | undefined, keyword: string, slot: string): string | undefined {
  return enumValue(child(b, keyword), slot);
}

export function has(b: BoundStatement | undefined, keyword: string): boolean {
  return child(b, keyword) !== undefined;
}

/** The range to point at for a fact that is missing from a block: its keyword. */
export function anchor(b: BoundStatement): { start: number; end: number } {
  return b.node.keyword.range;
}
