import type { Statement } from '../ast/types.ts';
import type { Locale } from '../diagnostics/index.ts';
import type { CheckResult } from '../model/index.ts';
import type { BlockSpec, Namespace, StatementSpec, ValueType } from '../schema/index.ts';
import { UNITS } from '../syntax/index.ts';
import type { Range } from '../text/index.ts';
import { chainAt, contains, insideBraces, other, specMarkdown, viewOf, wordAt, type FileView } from './context.ts';
import { matchSlots, type LeafSlot } from './slots.ts';
import { snippetOf } from './snippets.ts';

// Completion from the schema and the scope: the keywords a block allows at the cursor, the words,
// enum values, units and declared names an argument slot accepts, and import paths.

export type CompletionKind = 'keyword' | 'word' | 'enum' | 'unit' | 'name' | 'module' | 'value';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Text to insert when it differs from the label; a snippet (`$1`, `${1|a,b|}`) when `snippet`. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  /** The text the entry replaces (the word being typed). */
  readonly replace: Range;
  readonly namespace?: Namespace;
  readonly sortText?: string;
}

export interface CompletionOptions {
  /** Importable module paths (`std/sla/silver`, `./annexes/sites`), listed by the host. */
  readonly modules?: readonly string[];
}

export function complete(result: CheckResult, file: string, offset: number, locale: Locale, options: CompletionOptions = {}): CompletionEntry[] {
  const view = viewOf(result, file);
  if (!view) return [];
  const imported = importAt(view, offset);
  if (imported) return (options.modules ?? []).map((m) => ({ label: m, kind: 'module', replace: imported, detail: locale === 'fr' ? 'module' : 'module' }));
  if (inCommentOrString(view, offset)) return [];
  const word = wordAt(view.text, offset);
  const replace: Range = { start: word.start, end: offset };
  const { chain, block, blockOwner } = chainAt(view, offset);
  const siblings: readonly Statement[] = blockOwner?.block?.statements ?? view.ast.items.filter((i): i is Statement => i.kind === 'statement');
  const current = statementOnLine(view, siblings, offset, blockOwner);
  if (!current || offset <= current.keyword.range.end) {
    return keywords(block, siblings, current, replace, locale, blockOwner === undefined, result.model.law);
  }
  const located = chain.find((l) => l.node === current);
  const spec = located?.spec;
  if (!spec) return [];
  return argumentEntries(view, spec, current, offset, replace, locale);
}

function importAt(view: FileView, offset: number): Range | undefined {
  for (const item of view.ast.items) {
    if (item.kind !== 'import' || !contains(item.range, offset)) continue;
    const p = item.path;
    if (p && offset > p.range.start && offset <= p.range.end) return { start: p.range.start + 1, end: Math.max(p.range.start + 1, p.range.end - (view.text[p.range.end - 1] === '"' && p.range.end - 1 > p.range.start ? 1 : 0)) };
  }
  return undefined;
}

function inCommentOrString(view: FileView, offset: number): boolean {
  if (view.ast.comments.some((c) => offset > c.range.start && offset < c.range.end + (c.style === 'line' ? 1 : 0))) return true;
  const lineStart = Math.max(view.text.lastIndexOf('\n', offset - 1) + 1, 0);
  const before = view.text.slice(lineStart, offset);
  return (before.match(/"/g) ?? []).length % 2 === 1;
}

/** The statement the cursor is writing arguments of: the last one that starts before it on its line. */
function statementOnLine(view: FileView, siblings: readonly Statement[], offset: number, owner: Statement | undefined): Statement | undefined {
  let found: Statement | undefined;
  for (const s of siblings) if (s.range.start <= offset) found = s;
  if (!found || found === owner) return undefined;
  if (found.block && (insideBraces(found, offset) || offset >= found.block.range.end)) return undefined;
  if (contains(found.range, offset)) return found;
  const gap = view.text.slice(found.range.end, offset);
  return /[\r\n;{}]/.test(gap) ? undefined : found;
}

function keywords(block: BlockSpec | undefined, siblings: readonly Statement[], current: Statement | undefined, replace: Range, locale: Locale, top: boolean, law: unknown): CompletionEntry[] {
  if (!block) return [];
  const present = new Set(siblings.filter((s) => s !== current).map((s) => s.keyword.text));
  const out: CompletionEntry[] = block.statements
    .filter((s) => s.cardinality === 'many' || !present.has(s.keyword))
    .map((s) => ({
      label: s.keyword,
      kind: 'keyword' as const,
      detail: s.doc[locale],
      documentation: specMarkdown(s, locale, law),
      insertText: snippetOf(s),
      snippet: true,
      replace,
      sortText: `${s.required ? '0' : '1'}${s.keyword}`,
    }));
  if (top) out.push({ label: 'import', kind: 'keyword', detail: locale === 'fr' ? 'importer un module' : 'import a module', insertText: 'import "$1"', snippet: true, replace, sortText: '0import' });
  return out;
}

function argumentEntries(view: FileView, spec: StatementSpec, s: Statement, offset: number, replace: Range, locale: Locale): CompletionEntry[] {
  const inQuantity = s.args.find((a) => a.kind === 'quantity' && contains(a.unit.range, offset));
  const written = s.args.filter((a) => a !== inQuantity && a.range.start < replace.start && a.range.end <= replace.start);
  const { next, filled } = matchSlots(spec, written);
  const last = written[written.length - 1];
  const lastSlot = filled[filled.length - 1];
  // `30 |` or `30 mi|`: the number waits for its unit.
  if (inQuantity?.kind === 'quantity') {
    const slot = matchSlots(spec, s.args.filter((a) => a.range.end <= inQuantity.range.start)).next.find((x) => x.kind === 'value' && (x.type.kind === 'duration' || x.type.kind === 'money'));
    return slot?.kind === 'value' ? units(slot.type, { start: inQuantity.unit.range.start, end: offset }, locale) : [];
  }
  const out: CompletionEntry[] = [];
  if (last?.kind === 'number' && lastSlot?.kind === 'value' && (lastSlot.type.kind === 'duration' || lastSlot.type.kind === 'money')) {
    out.push(...units(lastSlot.type, replace, locale));
  }
  for (const slot of next) out.push(...slotEntries(view, spec, slot, replace, locale));
  return out;
}

function slotEntries(view: FileView, spec: StatementSpec, slot: LeafSlot, replace: Range, locale: Locale): CompletionEntry[] {
  if (slot.kind === 'word') return [{ label: slot.word, kind: 'word', replace, detail: spec.keyword }];
  const type = slot.type;
  const slotDoc = slot.doc ? `${slot.doc[locale]}\n\n_${slot.doc[other(locale)]}_` : undefined;
  switch (type.kind) {
    case 'enum':
      return type.values.map((e) => ({ label: e.name, kind: 'enum' as const, detail: e.doc[locale], documentation: `**${e.name}** — ${e.doc[locale]}\n\n_${e.doc[other(locale)]}_`, replace }));
    case 'ref': {
      const decls = view.result.model.symbols.declarations.filter((d) => d.namespace === type.namespace
        && (type.namespace !== 'preset' || presetKind(d.statement.values['of']) === spec.keyword));
      return decls.map((d) => ({
        label: d.name,
        kind: 'name' as const,
        namespace: type.namespace,
        detail: `${d.statement.spec.keyword} ${d.name}${d.file.startsWith('std/') ? ` (${d.file})` : ''}`,
        ...(slotDoc === undefined ? {} : { documentation: slotDoc }),
        replace,
      }));
    }
    case 'weekdays':
      return ['mon..fri', 'mon..sat', 'mon..sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => ({ label: d, kind: 'value' as const, replace }));
    case 'string':
    case 'text':
      return [{ label: '""', kind: 'value', insertText: '"$1"', snippet: true, replace, detail: slot.name, ...(slotDoc === undefined ? {} : { documentation: slotDoc }) }];
    default:
      return [];
  }
}

function presetKind(v: unknown): string | undefined {
  return typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'enum' && 'value' in v && typeof v.value === 'string' ? v.value : undefined;
}

function units(type: ValueType, replace: Range, locale: Locale): CompletionEntry[] {
  const dimension = type.kind === 'money' ? 'currency' : 'duration';
  const allowed = type.kind === 'duration' ? type.units : undefined;
  return UNITS
    .filter((u) => u.dimension === dimension && (allowed === undefined || allowed.includes(u.name)))
    .map((u) => ({ label: u.name, kind: 'unit' as const, detail: u.label[locale], documentation: `${u.label[locale]} — _${u.label[other(locale)]}_`, replace }));
}
