import type { Statement, Value } from '../ast/types.ts';
import { businessDayMinutes } from '../calendar/index.ts';
import type { Locale } from '../diagnostics/index.ts';
import type { BoundStatement, CheckResult, TypedValue } from '../model/index.ts';
import { durationUnit, fixedMinutes } from '../model/durations.ts';
import type { StatementSpec } from '../schema/index.ts';
import { lookupUnit } from '../syntax/index.ts';
import type { Range } from '../text/index.ts';
import { calendarOf, workedExample } from './calendar-view.ts';
import { chainAt, contains, other, specMarkdown, valueAt, viewOf, type FileView } from './context.ts';
import { matchSlots } from './slots.ts';

// Hover: the schema's FR/EN documentation of the field under the cursor and its legal basis; for
// values, what they mean — the enum value's wording, the declaration a name refers to, and for
// durations the normalised value in minutes with a worked due date in the target's calendar.

export interface HoverInfo {
  readonly range: Range;
  readonly markdown: string;
}

export function hover(result: CheckResult, file: string, offset: number, locale: Locale): HoverInfo | undefined {
  const view = viewOf(result, file);
  if (!view) return undefined;
  for (const item of view.ast.items) {
    if (item.kind === 'import' && item.path && contains(item.path.range, offset)) {
      const target = result.model.program.modules.get(file)?.imports.find((i) => i.node === item)?.target;
      return { range: item.path.range, markdown: target ? `${locale === 'fr' ? 'Module' : 'Module'} \`${target}\`` : `\`${item.path.value}\`` };
    }
  }
  const { chain } = chainAt(view, offset);
  const here = chain[chain.length - 1];
  if (!here) return undefined;
  const s = here.node;
  if (contains(s.keyword.range, offset)) return here.spec ? { range: s.keyword.range, markdown: specMarkdown(here.spec, locale, result.model.law) } : undefined;
  const inner = valueAt(s.args, offset);
  // On the unit of `4 business_hours`, the whole quantity is what is meant.
  const v = inner?.kind === 'name' ? (s.args.find((a) => a.kind === 'quantity' && a.unit === inner) ?? findInList(s.args, inner)) : inner;
  if (!v || !here.spec) return undefined;
  const md = valueMarkdown(view, chain.map((c) => c.node), here.spec, s, v, locale);
  return md === undefined ? undefined : { range: v.range, markdown: md };
}

function valueMarkdown(view: FileView, chain: readonly Statement[], spec: StatementSpec, s: Statement, v: Value, locale: Locale): string | undefined {
  const top = s.args.findIndex((a) => contains(a.range, v.range.start));
  const { filled } = matchSlots(spec, s.args.slice(0, top + 1));
  const slot = filled[top];
  const bound = view.bound.get(s);
  const fr = locale === 'fr';
  if (!slot) return undefined;
  if (slot.kind === 'word') return specMarkdown(spec, locale, view.result.model.law);
  const slotDoc = slot.doc ? `\n\n${slot.doc[locale]}\n\n_${slot.doc[other(locale)]}_` : '';
  const type = slot.type;
  if (type.kind === 'enum' && v.kind === 'name') {
    const e = type.values.find((x) => x.name === v.text);
    return e ? `**${e.name}** — ${e.doc[locale]}\n\n_${e.doc[other(locale)]}_${slotDoc}` : undefined;
  }
  if (type.kind === 'ref' && v.kind === 'name') {
    const decl = view.result.model.symbols.lookup(type.namespace, v.text);
    if (!decl) return `${fr ? 'Nom inconnu' : 'Unknown name'} \`${v.text}\` (${type.namespace})`;
    return `**${v.text}** — ${decl.statement.spec.keyword} (${type.namespace})${decl.file === view.file ? '' : `, ${decl.file}`}\n\n${decl.statement.spec.doc[locale]}${slotDoc}`;
  }
  if (type.kind === 'name' && v.kind === 'name') return `**${v.text}** — ${fr ? 'déclare' : 'declares'} ${spec.declares?.namespace ?? spec.keyword}${slotDoc}`;
  const value = bound?.values[slot.name];
  const typed = value?.kind === 'list' ? value.items.find((i) => contains(i.range, v.range.start)) : value;
  if (typed?.kind === 'duration' || (v.kind === 'quantity' && type.kind === 'duration')) {
    return `${durationMarkdown(view, chain, bound, typed, v, locale)}${slotDoc}\n\n---\n\n${specMarkdown(spec, locale, view.result.model.law)}`;
  }
  if (v.kind === 'quantity') {
    const unit = lookupUnit(v.unit.text);
    return `${v.amount.text} ${unit ? unit.label[locale] : v.unit.text}${slotDoc}`;
  }
  return slotDoc === '' ? specMarkdown(spec, locale, view.result.model.law) : `**${slot.name}**${slotDoc}`;
}

function durationMarkdown(view: FileView, chain: readonly Statement[], bound: BoundStatement | undefined, typed: TypedValue | undefined, v: Value, locale: Locale): string {
  const fr = locale === 'fr';
  const amount = typed?.kind === 'duration' ? typed.amount : v.kind === 'quantity' ? v.amount.value : 0;
  const unitText = v.kind === 'quantity' ? v.unit.text : '';
  const unit = typed?.kind === 'duration' ? typed.unit : durationUnit(unitText);
  if (!unit) return `${amount} ${unitText}`;
  const written = `${amount} ${unitText || unit}`;
  const fixed = fixedMinutes(amount, unit);
  const business = unit === 'business_hour' || unit === 'business_day';
  const calendarName = calendarNameFor(view, chain, bound);
  const decl = calendarName ? view.result.model.symbols.lookup('calendar', calendarName) : undefined;
  const calendar = decl ? calendarOf(decl.statement) : undefined;
  let minutes = fixed;
  if (unit === 'business_hour') minutes = amount * 60;
  if (unit === 'business_day' && calendar) {
    const perDay = businessDayMinutes(calendar);
    if (perDay !== undefined) minutes = amount * perDay;
  }
  const parts: string[] = [];
  if (minutes !== undefined) {
    parts.push(`${written} = ${minutes} min${business || calendarName ? `, ${fr ? 'calendrier' : 'calendar'} ${calendarName ?? (fr ? 'non précisé' : 'unspecified')}` : ''}`);
  } else {
    parts.push(written);
  }
  if (minutes !== undefined && calendar && (business || calendarName)) {
    const example = workedExample(calendar, minutes, locale);
    if (example) parts.push(example);
  }
  return parts.join('\n\n');
}

/** The calendar a target counts in: its own `calendar X`, else the nearest enclosing block's calendar statement. */
function calendarNameFor(view: FileView, chain: readonly Statement[], bound: BoundStatement | undefined): string | undefined {
  const own = bound?.values['calendar'];
  if (own?.kind === 'ref') return own.name.text;
  for (let i = chain.length - 2; i >= 0; i--) {
    const node = chain[i];
    const b = node ? view.bound.get(node) : undefined;
    for (const c of b?.children ?? []) {
      if (c.spec.cardinality !== 'one') continue;
      const ref = Object.values(c.values).find((x) => x.kind === 'ref');
      if (ref?.kind === 'ref' && c.spec.args.some((a) => a.kind === 'value' && a.type.kind === 'ref' && a.type.namespace === 'calendar')) return ref.name.text;
    }
  }
  const calendars = view.result.model.symbols.declarations.filter((d) => d.namespace === 'calendar');
  return calendars.length === 1 ? calendars[0]?.name : undefined;
}

function findInList(args: readonly Value[], unit: Value): Value {
  for (const a of args) if (a.kind === 'list') for (const i of a.items) if (i.kind === 'quantity' && i.unit === unit) return i;
  return unit;
}
