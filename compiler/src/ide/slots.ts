import type { Value } from '../ast/types.ts';
import type { Slot, StatementSpec, ValueType } from '../schema/index.ts';

// Which argument slots of a statement may come next, given the arguments already written: a small
// NFA over the spec's pattern (optional slots may be skipped, a group is all or nothing). Completion
// asks it what to offer; hover asks it which slot a written value filled.

type ValueSlot = Extract<Slot, { kind: 'value' }>;
type WordSlot = Extract<Slot, { kind: 'word' }>;
export type LeafSlot = ValueSlot | WordSlot;

interface Step {
  readonly slot: LeafSlot;
  /** May be skipped. */
  readonly optional: boolean;
  /** Index of the step after the group when this step opens an optional group (skip the whole group). */
  readonly groupEnd?: number;
}

function flatten(slots: readonly Slot[], out: Step[] = []): Step[] {
  for (const s of slots) {
    if (s.kind === 'group') {
      const at = out.length;
      flatten(s.slots, out);
      const first = out[at];
      if (first) out[at] = { ...first, optional: true, groupEnd: out.length };
    } else {
      out.push({ slot: s, optional: s.optional === true });
    }
  }
  return out;
}

/** Whether a written value can fill a slot (a shape check; the binder does the real one). */
export function accepts(slot: LeafSlot, v: Value): boolean {
  if (slot.kind === 'word') return v.kind === 'name' && v.text === slot.word;
  if (v.kind === 'list') return slot.list === true || slot.type.kind === 'weekdays';
  return acceptsType(slot.type, v);
}

function acceptsType(type: ValueType, v: Value): boolean {
  switch (type.kind) {
    case 'string': return v.kind === 'string';
    case 'text': return v.kind === 'string' || v.kind === 'text';
    case 'integer':
    case 'decimal': return v.kind === 'number';
    case 'percent': return v.kind === 'percent';
    case 'duration':
    case 'money': return v.kind === 'quantity' || v.kind === 'number';
    case 'date': return v.kind === 'date';
    case 'month': return v.kind === 'month';
    case 'time-range': return v.kind === 'time-range';
    case 'weekdays': return v.kind === 'name' || v.kind === 'name-range';
    case 'enum': return v.kind === 'name' && type.values.some((e) => e.name === v.text);
    case 'ref':
    case 'name': return v.kind === 'name';
  }
}

/** Indices reachable from `i` by skipping optional steps (groups skip whole). */
function closure(steps: readonly Step[], from: readonly number[]): Set<number> {
  const out = new Set<number>();
  const stack = [...from];
  while (stack.length > 0) {
    const i = stack.pop() ?? 0;
    if (out.has(i)) continue;
    out.add(i);
    const step = steps[i];
    if (step?.optional) stack.push(step.groupEnd ?? i + 1);
  }
  return out;
}

/** The slots that may fill the next argument after `written`, and which slot filled each written one. */
export function matchSlots(spec: StatementSpec, written: readonly Value[]): { next: LeafSlot[]; filled: (LeafSlot | undefined)[] } {
  const steps = flatten(spec.args);
  let states = closure(steps, [0]);
  const filled: (LeafSlot | undefined)[] = [];
  for (const v of written) {
    const after: number[] = [];
    let slot: LeafSlot | undefined;
    for (const i of states) {
      const step = steps[i];
      if (step && accepts(step.slot, v)) {
        after.push(i + 1);
        slot ??= step.slot;
      }
    }
    filled.push(slot);
    // An argument nothing accepts (a typo, a value being typed) leaves the position where it was.
    if (after.length > 0) states = closure(steps, after);
  }
  const next: LeafSlot[] = [];
  for (const i of [...states].sort((a, b) => a - b)) {
    const step = steps[i];
    if (step && !next.includes(step.slot)) next.push(step.slot);
  }
  return { next, filled };
}
