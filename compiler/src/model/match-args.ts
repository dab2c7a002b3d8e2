import type { Statement, Value } from '../ast/types.ts';
import { unknownUnit } from '../diagnostics/codes/values.ts';
import { forLaw } from '../diagnostics/index.ts';
import { FRENCH_UNITS, UNITS } from '../syntax/index.ts';
import { CURRENCIES } from './durations.ts';
import { replaceFixes, suggest } from './suggest.ts';
import { missingArgument, unexpectedValue, wrongValueType } from '../diagnostics/codes/schema.ts';
import type { Slot, StatementSpec, ValueType } from '../schema/index.ts';
import { rangeOf, type Range } from '../text/index.ts';
import { accepts, convert, refuseLongWord, reportEnum, type ConvertContext } from './convert-value.ts';
import { describeType, describeValue } from './describe-type.ts';
import type { TypedValue } from './typed-value.ts';

// Matches a statement's values against its spec's slot pattern, left to right. Optional slots are
// skipped when the value does not fit them, so `fee 1450.00 EUR per month` and `fee 1450.00 EUR`
// both read; what is left over or missing is reported with the spec's example.

interface Cursor {
  i: number;
}

/**
 * `leftover`, when given, is offered the values no slot took before they are reported as extra; it
 * returns true when it accounts for them (facts written after a keyword instead of in its block).
 */
export function matchArgs(
  spec: StatementSpec, stmt: Statement, ctx: ConvertContext, leftover?: (rest: readonly Value[]) => boolean,
): Readonly<Record<string, TypedValue>> {
  const out: Record<string, TypedValue> = {};
  const args = stmt.args;
  const cur: Cursor = { i: 0 };
  const endOfHead = stmt.args.length > 0 ? (stmt.args[stmt.args.length - 1]?.range.end ?? stmt.keyword.range.end) : stmt.keyword.range.end;
  matchSlots(spec.args, args, cur, out, spec, ctx, rangeOf(stmt.keyword.range.start, endOfHead));
  if (cur.i < args.length && !leftover?.(args.slice(cur.i))) reportLeftover(spec, args.slice(cur.i), ctx);
  return out;
}

/** The statement's example, written for the contract's law (`fee 2350.00 CHF per month` in Geneva). */
function exampleOf(spec: StatementSpec, ctx: ConvertContext): string {
  return forLaw(spec.example, ctx.law);
}

function matchSlots(slots: readonly Slot[], args: readonly Value[], cur: Cursor, out: Record<string, TypedValue>, spec: StatementSpec, ctx: ConvertContext, head: Range): void {
  for (const [k, slot] of slots.entries()) {
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
          if (!slot.optional) reportMissing(forLaw(describeType(slot.type, 'fr'), ctx.law), forLaw(describeType(slot.type, 'en'), ctx.law), undefined, spec, ctx, head);
        } else if (slot.list && v.kind === 'list') {
          const items = v.items.map((item) => convertOrReport(slot.type, item, spec, ctx)).filter((x): x is TypedValue => x !== undefined);
          out[slot.name] = { kind: 'list', items, range: v.range };
          cur.i++;
        } else if (accepts(slot.type, v, slot.optional === true)) {
          const tv = convert(slot.type, v, ctx);
          if (tv) out[slot.name] = slot.list ? { kind: 'list', items: [tv], range: tv.range } : tv;
          cur.i++;
        } else if (unitTypo(slot, v, args[cur.i + 1], slots.slice(k + 1), ctx)) {
          // `36 mnths`, `1 heure`: one error naming the unit meant; the value reads with it.
          const tv = readWithUnit(slot, v, args[cur.i + 1], ctx);
          if (tv) out[slot.name] = slot.list ? { kind: 'list', items: [tv], range: tv.range } : tv;
          cur.i += 2;
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
    const en = isText(next) ? next : undefined;
    // Either language holding an unbreakable word: the value is ignored (IG2013), as in `convert`.
    const refused = [refuseLongWord(first, ctx), en !== undefined && refuseLongWord(en, ctx)].some(Boolean);
    if (!refused) out[slot.name] = withEn(first, en);
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
    const refused = [fr !== undefined && refuseLongWord(fr, ctx), en !== undefined && refuseLongWord(en, ctx)].some(Boolean);
    if (fr && !refused) items.push(withEn(fr, en));
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
    expectedFr: forLaw(describeType(type, 'fr'), ctx.law),
    expectedEn: forLaw(describeType(type, 'en'), ctx.law),
    foundFr: describeValue(v, 'fr'),
    foundEn: describeValue(v, 'en'),
    example: exampleOf(spec, ctx),
  }));
}

function reportMissing(fr: string, en: string, at: Value | undefined, spec: StatementSpec, ctx: ConvertContext, head: Range): void {
  // With nothing to point at, the statement's head is the most visible place.
  const range = at ? at.range : head;
  ctx.report(missingArgument.create(ctx.file, range, { keyword: spec.keyword, expectedFr: fr, expectedEn: en, example: exampleOf(spec, ctx) }));
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
  ctx.report(unexpectedValue.create(ctx.file, rangeOf(first.range.start, last.range.end), { keyword: spec.keyword, example: exampleOf(spec, ctx) }));
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

// ---- Units written otherwise --------------------------------------------------------------------------
// A number followed by a name, where a duration or an amount is expected, is a unit the language does
// not know: misspelt (`mnths`), French (`heure`, `mois`, `euros`) or of the wrong kind. Unless the name
// belongs to a later slot (`notice 3 registered_letter`: the unit is missing), it is reported once, as
// a unit, with the unit meant — and the value reads with that unit, so nothing else follows from it.

function unitsOf(type: ValueType): { dimension: 'duration' | 'currency'; allowed: readonly string[] } | undefined {
  if (type.kind === 'duration') return { dimension: 'duration', allowed: type.units ?? UNITS.filter((u) => u.dimension === 'duration').map((u) => u.name) };
  if (type.kind === 'money') return { dimension: 'currency', allowed: CURRENCIES };
  return undefined;
}

function unitTypo(slot: Slot & { kind: 'value' }, v: Value, next: Value | undefined, later: readonly Slot[], ctx: ConvertContext): boolean {
  if (v.kind !== 'number' || next?.kind !== 'name' || !unitsOf(slot.type)) return false;
  if (later.some((s) => slotAccepts(s, next))) return false;
  const meant = meantUnits(slot.type, v.value, next.text);
  // An optional slot gives way unless the name reads as a unit (`mnths`, `heure`).
  if (slot.optional && meant.suggestions.length === 0) return false;
  const units = unitsOf(slot.type);
  ctx.report(unknownUnit.create(ctx.file, next.range, {
    keyword: ctx.keyword,
    unit: next.text.length > 40 ? `${next.text.slice(0, 40)}…` : next.text,
    dimension: units?.dimension ?? 'duration',
    french: meant.french ? 'yes' : 'no',
    allowed: shown(units?.allowed ?? []),
    suggestions: meant.suggestions,
  }, { fixes: replaceFixes(ctx.file, next.range, meant.suggestions) }));
  return true;
}

/** One spelling per unit (every spelling would bury the answer): `min`, `h`, and the plurals. */
function shown(allowed: readonly string[]): string[] {
  return allowed.filter((u) => !allowed.includes(`${u}s`) && u !== 'minute' && u !== 'minutes');
}

/** The units `name` may stand for: its French equivalent, else the closest spellings the slot allows. */
function meantUnits(type: ValueType, amount: number, name: string): { suggestions: string[]; french: boolean } {
  const allowed = unitsOf(type)?.allowed ?? [];
  const french = FRENCH_UNITS[name.toLowerCase()];
  if (french) {
    const unit = amount === 1 ? french.one : french.many;
    const ok = allowed.includes(unit) ? unit : allowed.includes(french.many) ? french.many : allowed.includes(french.one) ? french.one : undefined;
    return { suggestions: ok ? [ok] : [], french: true };
  }
  const close = suggest(name, allowed);
  // Of `month` and `months`, the one that agrees with the number.
  const agrees = (u: string): boolean => {
    if (close.includes(`${u}s`)) return amount === 1;
    if (u.endsWith('s') && close.includes(u.slice(0, -1))) return amount !== 1;
    return true;
  };
  return { suggestions: close.filter(agrees), french: false };
}

/** The value as meant: the number with the one unit suggested, or nothing when the unit is unclear. */
function readWithUnit(slot: Slot & { kind: 'value' }, v: Value, next: Value | undefined, ctx: ConvertContext): TypedValue | undefined {
  if (v.kind !== 'number' || next?.kind !== 'name') return undefined;
  const [unit, ...others] = meantUnits(slot.type, v.value, next.text).suggestions;
  if (unit === undefined || others.length > 0) return undefined;
  const quantity: Value = { kind: 'quantity', amount: v, unit: { kind: 'name', text: unit, range: next.range }, range: rangeOf(v.range.start, next.range.end) };
  return convert(slot.type, quantity, ctx);
}
