import type { FileNode, Statement, Value } from '../ast/types.ts';
import { forLaw, type Locale, type Localized } from '../diagnostics/index.ts';
import type { BoundStatement, CheckResult } from '../model/index.ts';
import { contractSpec, findStatement, rootSpec, type BlockSpec, type StatementSpec } from '../schema/index.ts';
import type { Range } from '../text/index.ts';

// What every editor answer starts from: one file of a checked program, its AST, and the way from an
// offset to the statements around it and their specs. Everything is read from the schema, so a
// keyword added to the vocabulary is completed, hovered and outlined without touching this folder.

export interface FileView {
  readonly result: CheckResult;
  /** Display path of the file (project-relative, or `std/…`). */
  readonly file: string;
  readonly text: string;
  readonly ast: FileNode;
  /** Bound statements of this file by AST node (statements the binder dropped are absent). */
  readonly bound: ReadonlyMap<Statement, BoundStatement>;
}

const views = new WeakMap<CheckResult, Map<string, FileView>>();

/** The view of `file` in a checked program; undefined when the program did not load that file. */
export function viewOf(result: CheckResult, file: string): FileView | undefined {
  let byFile = views.get(result);
  if (!byFile) {
    byFile = new Map();
    views.set(result, byFile);
  }
  const cached = byFile.get(file);
  if (cached) return cached;
  const mod = result.model.program.modules.get(file);
  if (!mod) return undefined;
  const bound = new Map<Statement, BoundStatement>();
  const add = (b: BoundStatement): void => {
    bound.set(b.node, b);
    b.children.forEach(add);
  };
  (result.model.modules.get(file) ?? []).forEach(add);
  const view: FileView = { result, file, text: mod.source.text, ast: mod.ast, bound };
  byFile.set(file, view);
  return view;
}

/** A statement with the spec the schema gives it where it stands (undefined for an unknown keyword). */
export interface Located {
  readonly node: Statement;
  readonly spec: StatementSpec | undefined;
  /** The block the statement is written in. */
  readonly parentBlock: BlockSpec | undefined;
}

/** The spec of a statement's block, including `preset sla silver { … }` (the block of the contract's `sla`). */
export function blockOf(spec: StatementSpec | undefined, node: Statement): BlockSpec | undefined {
  if (!spec) return undefined;
  if (spec.block) return spec.block;
  if (!spec.blockOf) return undefined;
  const slotIndex = spec.args.findIndex((s) => s.kind === 'value' && s.name === spec.blockOf);
  const arg = node.args[slotIndex];
  return arg?.kind === 'name' ? findStatement(contractSpec.block ?? { statements: [] }, arg.text)?.block : undefined;
}

export function contains(r: Range, offset: number): boolean {
  return r.start <= offset && offset <= r.end;
}

/** True when `offset` lies strictly between a block's braces. */
export function insideBraces(s: Statement, offset: number): boolean {
  const b = s.block;
  if (!b) return false;
  return offset > b.range.start && (b.closed ? offset < b.range.end : offset <= b.range.end);
}

/**
 * The statements enclosing `offset`, outermost first, each with its spec. The last element is the
 * innermost statement whose range holds the offset; `block` is the spec of the innermost block whose
 * braces hold the offset (the root when none).
 */
export function chainAt(view: FileView, offset: number): { chain: readonly Located[]; block: BlockSpec | undefined; blockOwner: Statement | undefined } {
  const chain: Located[] = [];
  let block: BlockSpec | undefined = rootSpec;
  let blockOwner: Statement | undefined;
  let statements: readonly Statement[] = view.ast.items.filter((i): i is Statement => i.kind === 'statement');
  for (;;) {
    const s = statements.find((x) => contains(x.range, offset));
    if (!s) break;
    const spec = block ? findStatement(block, s.keyword.text) : undefined;
    chain.push({ node: s, spec, parentBlock: block });
    if (!insideBraces(s, offset) || !s.block) break;
    block = blockOf(spec, s);
    blockOwner = s;
    statements = s.block.statements;
  }
  return { chain, block, blockOwner };
}

/** Every statement of the file, depth first, with its spec. */
export function allLocated(view: FileView): Located[] {
  const out: Located[] = [];
  const visit = (statements: readonly Statement[], block: BlockSpec | undefined): void => {
    for (const s of statements) {
      const spec = block ? findStatement(block, s.keyword.text) : undefined;
      out.push({ node: s, spec, parentBlock: block });
      if (s.block) visit(s.block.statements, blockOf(spec, s));
    }
  };
  visit(view.ast.items.filter((i): i is Statement => i.kind === 'statement'), rootSpec);
  return out;
}

/** The innermost value (list items and quantity parts included) at `offset`. */
export function valueAt(values: readonly Value[], offset: number): Value | undefined {
  for (const v of values) {
    if (!contains(v.range, offset)) continue;
    if (v.kind === 'list') return valueAt(v.items, offset) ?? v;
    if (v.kind === 'quantity') return contains(v.unit.range, offset) ? v.unit : v;
    if (v.kind === 'name-range') return valueAt([v.from, v.to], offset) ?? v;
    return v;
  }
  return undefined;
}

export function loc(l: Localized, locale: Locale): string {
  return l[locale];
}

export function other(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

/** Markdown documentation of a statement spec: its doc in the locale, the other language, legal basis, example. */
export function specMarkdown(spec: StatementSpec, locale: Locale, law?: unknown): string {
  const parts = [`**${spec.keyword}** — ${spec.doc[locale]}`, `_${spec.doc[other(locale)]}_`];
  if (spec.legalBasis) parts.push(`${locale === 'fr' ? 'Fondement : ' : 'Legal basis: '}${spec.legalBasis}`);
  // The example is written for the contract's law (amounts in CHF and `revision ch_cpi` in Geneva).
  parts.push(`\`\`\`infog\n${forLaw(spec.example, law)}\n\`\`\``);
  return parts.join('\n\n');
}

/** A name character, as the lexer reads names (letters, marks, digits, `_`, inner `-`). */
export function isNameChar(ch: string): boolean {
  return /[\p{L}\p{M}\p{N}_-]/u.test(ch);
}

/** The name-like word around `offset`: its start and end. */
export function wordAt(text: string, offset: number): Range {
  let start = offset;
  while (start > 0 && isNameChar(text[start - 1] ?? '')) start--;
  let end = offset;
  while (end < text.length && isNameChar(text[end] ?? '')) end++;
  return { start, end };
}
