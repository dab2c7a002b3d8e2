import { z } from 'zod';
import type { Statement, Value } from '../../compiler/src/index.ts';
import type { BlockSpec, Slot, StatementSpec, ValueType } from '../../compiler/src/index.ts';

// The baseline a user would otherwise pick: the same contract as a YAML document, read with the
// `yaml` package and validated by a zod schema derived from our vocabulary (same blocks, fields,
// cardinalities and value types). Deriving both from our own data keeps the comparison honest.

type Plain = string | number | Plain[] | { [k: string]: Plain };

function plainValue(v: Value): Plain {
  switch (v.kind) {
    case 'string': case 'text': return v.value;
    case 'number': return v.value;
    case 'percent': return `${v.text}%`;
    case 'quantity': return `${v.amount.text} ${v.unit.text}`;
    case 'date': case 'month': case 'time': case 'time-range': return v.text;
    case 'name': return v.text;
    case 'name-range': return `${v.from.text}..${v.to.text}`;
    case 'list': return v.items.map(plainValue);
    case 'error': return '';
  }
}

/** A statement as YAML data: `{ args: [...], <child keyword>: … }`; repeated keywords become arrays. */
export function toPlain(statements: readonly Statement[], specs: BlockSpec | undefined): { [k: string]: Plain } {
  const out: { [k: string]: Plain } = {};
  for (const s of statements) {
    const spec = specs?.statements.find((x) => x.keyword === s.keyword.text);
    const node: { [k: string]: Plain } = { args: s.args.map(plainValue), ...(s.block ? toPlain(s.block.statements, spec?.block) : {}) };
    if (spec?.cardinality !== 'one') {
      const list = (out[s.keyword.text] as Plain[] | undefined) ?? [];
      list.push(node);
      out[s.keyword.text] = list;
    } else out[s.keyword.text] = node;
  }
  return out;
}

function zodOfType(t: ValueType): z.ZodType {
  switch (t.kind) {
    case 'integer': case 'decimal': return z.number();
    case 'enum': return z.enum(t.values.map((v) => v.name) as [string, ...string[]]);
    case 'date': return z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
    case 'month': return z.string().regex(/^\d{4}-\d{2}$/);
    case 'time-range': return z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/);
    case 'percent': return z.string().regex(/^\d+(\.\d+)?%$/);
    case 'duration': case 'money': return z.string().regex(/^\d+(\.\d+)? \S+$/);
    default: return z.string();
  }
}

function zodOfSlots(slots: readonly Slot[]): z.ZodType {
  const items = slots.flatMap((s): z.ZodType[] => (s.kind === 'value' ? [s.list ? z.union([zodOfType(s.type), z.array(zodOfType(s.type))]) : zodOfType(s.type)] : s.kind === 'word' ? [z.literal(s.word)] : []));
  return z.array(items.length > 0 ? z.union(items as [z.ZodType, z.ZodType, ...z.ZodType[]]).or(z.string()) : z.string());
}

const cache = new Map<StatementSpec, z.ZodType>();

export function zodOfStatement(spec: StatementSpec): z.ZodType {
  const hit = cache.get(spec);
  if (hit) return hit;
  const shape: Record<string, z.ZodType> = { args: zodOfSlots(spec.args) };
  const lazy = z.lazy(() => z.object(shape).strict());
  cache.set(spec, lazy);
  for (const child of spec.block?.statements ?? []) {
    const one = zodOfStatement(child);
    shape[child.keyword] = (child.cardinality === 'many' ? z.array(one) : one).optional();
  }
  return lazy;
}
