import type { Statement, Value } from '../ast/types.ts';
import { missingArgument, unexpectedValue, wrongValueType } from '../diagnostics/codes/schema.ts';
import type { Slot, StatementSpec, ValueType } from '../schema/index.ts';
import { rangeOf, type Range } from '../text/index.ts';
import { accepts, convert, reportEnum, type ConvertContext } from './convert-value.ts';
import { describeType, describeValue } from './describe-type.ts';
import type { TypedValue } from './typed-value.ts';

// Matches a statement's values against its spec's slot pattern, left to right. Optional slots are
// skipped when the value does not fit them, so `fee 1450.00 EUR per month` and `fee 1450.00 EUR`
// both read; what is left over or missing is reported with the spec's example.

interface Cursor {
  i: number;
}

export function matchArgs(spec: StatementSpec, stmt: Statement, ctx: ConvertContext): Readonly<Record<string, TypedValue>> {
  const out: Record<string, TypedValue> = {};
  const args = stmt.args;
  const cur: Cursor = { i: 0 };
  const endOfHead = stmt.args.length > 0 ? (stmt.args[stmt.args.length - 1]?.range.end ?? stmt.keyword.range.end) : stmt.keyword.range.end;
  matchSlots(spec.args, args, cur, out, spec, ctx, rangeOf(stmt.keyword.range.start, endOfHead));
  if (cur.i < args.length) reportLeftover(spec, args.slice(cur.i), ctx);
  return out;
}

function matchSlots(slots: readonly Slot[], args: readonly Value[], cur: Cursor, out: Record<string, TypedValue>, spec: StatementSpec, ctx: ConvertContext, head: Range): void {
  for (const slot of slots) {
    const v = args[cur.i];
    switch (slot.kind) {
      case 'word':
        if (v?.kind === 'name' && v.text === slot.word) cur.i++;
        else if (!slot.optional) reportMissing(`« ${slot.word} »`, `"${slot.word}"`, v, spec, ctx, head);
        break;
      case 'group': {
        const first = slot.slots[0];
        if (v !== undefined && first !== undefined && slotAccepts(first, v)) matchSlots(slot.slots, args, cur, out, spec, ctx, head);
        break;
      }
      case 'value':
        if (v !== undefined && isProse(slot.type) && proseMatch(slot, args, cur, out, spec, ctx)) break;
        if (v === undefined) {
          if (!slot.optional) reportMissing(describeType(slot.type, 'fr'), describeType(slot.type, 'en'), undefined, spec, ctx, head);
        } else if (slot.list && v.kind === 'list') {
          const items = v.items.map((item) => convertOrReport(slot.type, item, spec, ctx)).filter((x): x is TypedValue => x !== undefined);
          out[slot.name] = { kind: 'list', items, range: v.range };
          cur.i++;
        } else if (accepts(slot.type, v, slot.optional === true)) {
          const tv = convert(slot.type, v, ctx);
          if (tv) out[slot.name] = slot.list ? { kind: 'list', items: [tv], range: tv.range } : tv;
          cur.i++;
        } else if (!slot.optional) {
          reportWrongType(slot.type, v, spec, ctx);
          cur.i++;
        }
        break;
    }
  }
}

const isProse = (type: ValueType): boolean => (type.kind === 'string' || type.kind === 'text') && type.prose === true;
const isText = (v: Value | undefined): v is Extract<Value, { kind: 'string' | 'text' }> => v?.kind === 'string' || v?.kind === 'text';

/**
 * A prose slot takes its French text and, right after it, its English translation: `"Siège" "Head
 * office"`; a list slot takes pairs separated by commas (`"a" "A", "b" "B"`), which the AST reads as
 * `"a"`, list(`"A"`, `"b"`), `"B"`: the pairs are rebuilt from where the commas were. A prose slot is
 * never followed by another string slot (test/schema), so the second string is always a translation.
 */
function proseMatch(slot: Extract<Slot, { kind: 'value' }>, args: readonly Value[], cur: Cursor, out: Record<string, TypedValue>, spec: StatementSpec, ctx: ConvertContext): boolean {
  const first = args[cur.i];
  if (!slot.list) {
    if (!isText(first)) return false;
    const next = args[cur.i + 1];
    out[slot.name] = withEn(first, isText(next) ? next : undefined);
    cur.i += isText(next) ? 2 : 1;
    return true;
  }
  // The run of strings this slot owns, each with whether a comma comes before it.
  const run: { v: Extract<Value, { kind: 'string' | 'text' }>; comma: boolean }[] = [];
  let j = cur.i;
  for (; j < args.length; j++) {
    const a = args[j];
    if (isText(a)) run.push({ v: a, comma: false });
    else if (a?.kind === 'list' && a.items.every(isText)) a.items.forEach((item, k) => run.push({ v: item as Extract<Value, { kind: 'string' | 'text' }>, comma: k > 0 }));
    else break;
  }
  if (run.length === 0) return false;
  const items: TypedValue[] = [];
  let group: Extract<Value, { kind: 'string' | 'text' }>[] = [];
  const flush = (): void => {
    const [fr, en, ...extra] = group;
    if (fr) items.push(withEn(fr, en));
    if (extra.length > 0) {
      const a = extra[0] as Value;
      const b = extra[extra.length - 1] as Value;
      ctx.report(unexpectedValue.create(ctx.file, rangeOf(a.range.start, b.range.end), { keyword: spec.keyword, example: spec.example }));
    }
    group = [];
  };
  run.forEach((r, k) => {
    if (k > 0 && r.comma) flush();
    group.push(r.v);
  });
  flush();
  const start = run[0]?.v.range.start ?? 0;
  const end = run[run.length - 1]?.v.range.end ?? start;
  out[slot.name] = { kind: 'list', items, range: rangeOf(start, end) };
  cur.i = j;
  return true;
}

function withEn(fr: Extract<Value, { kind: 'string' | 'text' }>, en: Extract<Value, { kind: 'string' | 'text' }> | undefined): TypedValue {
  return en === undefined ? { kind: 'string', value: fr.value, range: fr.range } : { kind: 'string', value: fr.value, range: fr.range, en: { value: en.value, range: en.range } };
}

function slotAccepts(slot: Slot, v: Value): boolean {
  switch (slot.kind) {
    case 'word': return v.kind === 'name' && v.text === slot.word;
    case 'value': return accepts(slot.type, v, true) || (slot.list === true && v.kind === 'list');
    case 'group': return slot.slots[0] !== undefined && slotAccepts(slot.slots[0], v);
  }
}

function convertOrReport(type: ValueType, v: Value, spec: StatementSpec, ctx: ConvertContext): TypedValue | undefined {
  if (accepts(type, v, false)) return convert(type, v, ctx);
  reportWrongType(type, v, spec, ctx);
  return undefined;
}

function reportWrongType(type: ValueType, v: Value, spec: StatementSpec, ctx: ConvertContext): void {
  if (v.kind === 'error') return; // already reported by the parser
  ctx.report(wrongValueType.create(ctx.file, v.range, {
    keyword: spec.keyword,
    expectedFr: describeType(type, 'fr'),
    expectedEn: describeType(type, 'en'),
    found: describeValue(v),
    example: spec.example,
  }));
}

function reportMissing(fr: string, en: string, at: Value | undefined, spec: StatementSpec, ctx: ConvertContext, head: Range): void {
  // With nothing to point at, the statement's head is the most visible place.
  const range = at ? at.range : head;
  ctx.report(missingArgument.create(ctx.file, range, { keyword: spec.keyword, expectedFr: fr, expectedEn: en, example: spec.example }));
}

// A leftover name that is close to a value of one of the statement's enums is most likely a typo in
// an optional enum (`excl_vta`): say so rather than "unexpected value".
function reportLeftover(spec: StatementSpec, rest: readonly Value[], ctx: ConvertContext): void {
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return;
  if (first.kind === 'name') {
    const enumValues = enumsOf(spec.args);
    if (enumValues.length > 0 && enumValues.some((e) => closeEnough(e, first.text))) {
      reportEnum(enumValues, first, ctx);
      return;
    }
  }
  if (rest.every((v) => v.kind === 'error')) return;
  ctx.report(unexpectedValue.create(ctx.file, rangeOf(first.range.start, last.range.end), { keyword: spec.keyword, example: spec.example }));
}

function enumsOf(slots: readonly Slot[]): string[] {
  const out: string[] = [];
  for (const s of slots) {
    if (s.kind === 'value' && s.type.kind === 'enum') out.push(...s.type.values.map((v) => v.name));
    if (s.kind === 'group') out.push(...enumsOf(s.slots));
  }
  return out;
}

function closeEnough(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (Math.abs(a.length - b.length) > 2 || b.length > 64) return false;
  let same = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) same++;
  return same >= Math.max(a.length, b.length) - 2;
}
