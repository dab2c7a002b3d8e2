import type { BoundStatement, TypedValue } from '../../model/index.ts';
import { valueSlots } from '../document/facts.ts';

// A checked contract → its facts, each under an identity that survives layout, comments, order and
// presets: the statement path by keywords, with the declared name of each named statement
// (`sla.priority[P1].restore`, `scope.site[annecy]`) and the role of a statement whose first slot is
// an enum and which may repeat (`party`, `termination[convenience]`). A repeatable statement with
// neither (an exclusion, a rate) is identified by its values: editing one is a removal and an addition.
// Values are compared by their canonical text (no ranges, no file), so a fact merged from a preset
// compares by its value, like one written out.

export interface Fact {
  /** The identity: `sla.priority[P1].restore`. */
  readonly key: string;
  /** The identity of the parent fact ('' for a child of the contract). */
  readonly parent: string;
  /** Statement path by keywords, as the document's fact sources say it: `sla.priority.restore`. */
  readonly path: string;
  readonly b: BoundStatement;
  /** Canonical text of each value slot (slot name → text); the statement's own values only. */
  readonly values: Readonly<Record<string, string>>;
}

/** Canonical text of a typed value: what it says, never where it was written. */
export function canon(v: TypedValue): string {
  switch (v.kind) {
    case 'string': return JSON.stringify(v.en ? [v.value, v.en.value] : v.value);
    case 'number':
    case 'percent': return `${v.kind}:${v.value}`;
    case 'duration': return `duration:${v.amount} ${v.unit}`;
    case 'money': return `money:${normaliseDecimal(v.amount)} ${v.currency}`;
    case 'date':
    case 'month': return `${v.kind}:${v.text}`;
    case 'time-range': return `time:${v.start}-${v.end}`;
    case 'weekdays': return `days:${v.days.join(',')}`;
    case 'enum': return `enum:${v.value}`;
    case 'ref':
    case 'name': return `${v.kind}:${v.name.text}`;
    case 'list': return `[${v.items.map(canon).join(',')}]`;
  }
}

/** `1450.00` and `1450` state the same amount. */
function normaliseDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const t = text.replace(/0+$/u, '');
  return t.endsWith('.') ? t.slice(0, -1) : t;
}

/** The facts of a contract in document order, keyed by identity. */
export function contractFacts(contract: BoundStatement | undefined): Map<string, Fact> {
  const out = new Map<string, Fact>();
  if (!contract) return out;
  const visitAll = (bs: readonly BoundStatement[], parent: string, path: string): void => {
    for (const b of bs) {
      // Siblings alike in every name-like value are told apart by rank (`#2`).
      const key0 = `${parent === '' ? '' : `${parent}.`}${segment(b)}`;
      let key = key0;
      for (let n = 2; out.has(key); n++) key = `${key0}#${n}`;
      const values: Record<string, string> = {};
      for (const slot of valueSlots(b.spec.args)) {
        // `from <preset>` says where facts came from, not a fact: they are compared themselves.
        if (slot.type.kind === 'ref' && slot.type.namespace === 'preset') continue;
        const v = b.values[slot.name];
        if (v !== undefined) values[slot.name] = canon(v);
      }
      const p = path === '' ? b.spec.keyword : `${path}.${b.spec.keyword}`;
      out.set(key, { key, parent, path: p, b, values });
      visitAll(b.children, key, p);
    }
  };
  visitAll(contract.children, '', '');
  return out;
}

/**
 * One segment of an identity: the keyword, then the declared name; for a repeatable statement, its
 * name-like values — role, label, reference, unit (`termination[convenience]`, `rate["Astreinte" hour]`,
 * `penalty[restore P1 monthly_fee hour_late]`) — never an amount or a duration, which is what is agreed
 * about it and may change under it; without any, its first value (an amendment's number). The
 * segment never depends on the siblings, so removing one statement leaves the others' identities.
 */
function segment(b: BoundStatement): string {
  const kw = b.spec.keyword;
  if (b.spec.declares) {
    const v = b.values[b.spec.declares.slot];
    if (v && (v.kind === 'name' || v.kind === 'ref')) return `${kw}[${v.name.text}]`;
  }
  if (b.spec.cardinality === 'one') return kw;
  const slots = valueSlots(b.spec.args);
  // A repeatable list (`excludes a, b`): the list is the fact, edited in place.
  if (slots[0]?.list === true || b.values[slots[0]?.name ?? '']?.kind === 'list') return kw;
  const present = slots.filter((s) => !(s.type.kind === 'ref' && s.type.namespace === 'preset')).map((s) => b.values[s.name]).filter((v): v is TypedValue => v !== undefined);
  const names = present.filter((v) => v.kind === 'string' || v.kind === 'enum' || v.kind === 'ref' || v.kind === 'name');
  const shown = names.length > 0 ? names : present.slice(0, 1);
  return shown.length === 0 ? kw : `${kw}[${shown.map(canon).join(' ')}]`;
}
