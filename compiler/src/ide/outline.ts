import type { Statement, Value } from '../ast/types.ts';
import type { CheckResult } from '../model/index.ts';
import type { Namespace } from '../schema/index.ts';
import type { Range } from '../text/index.ts';
import { allLocated, blockOf, viewOf } from './context.ts';
import { findStatement, rootSpec, type BlockSpec } from '../schema/index.ts';

// Document symbols (the outline), workspace symbols and folding ranges. Kinds are the schema's:
// a statement that declares a name has its namespace, one with a block is a block, others a field.

export type OutlineKind = Namespace | 'contract' | 'block' | 'field' | 'import';

export interface OutlineSymbol {
  readonly name: string;
  /** The statement's arguments as written, shortened. */
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

function argText(v: Value, text: string): string {
  const raw = text.slice(v.range.start, v.range.end).replace(/\s+/g, ' ');
  return raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
}

export function documentSymbols(result: CheckResult, file: string): OutlineSymbol[] {
  const view = viewOf(result, file);
  if (!view) return [];
  const visit = (statements: readonly Statement[], block: BlockSpec | undefined): OutlineSymbol[] =>
    statements.map((s) => {
      const spec = block ? findStatement(block, s.keyword.text) : undefined;
      const slot = spec?.declares?.slot;
      const dv = slot ? view.bound.get(s)?.values[slot] : undefined;
      const declared = dv?.kind === 'name' ? dv.name : undefined;
      const kind: OutlineKind = spec?.keyword === 'contract' && block === rootSpec ? 'contract' : spec?.declares ? spec.declares.namespace : s.block ? 'block' : 'field';
      const name = declared ? `${s.keyword.text} ${declared.text}` : s.keyword.text;
      return {
        name,
        detail: s.args.map((a) => argText(a, view.text)).join(' '),
        kind,
        range: s.range,
        selectionRange: declared?.range ?? s.keyword.range,
        children: s.block ? visit(s.block.statements, blockOf(spec, s)) : [],
      };
    });
  const imports: OutlineSymbol[] = view.ast.items.flatMap((i) => (i.kind === 'import' && i.path
    ? [{ name: `import ${i.path.value}`, detail: '', kind: 'import' as const, range: i.range, selectionRange: i.path.range, children: [] }]
    : []));
  return [...imports, ...visit(view.ast.items.filter((i): i is Statement => i.kind === 'statement'), rootSpec)];
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: Namespace;
  readonly file: string;
  readonly range: Range;
  readonly container: string;
}

/** Declared names of the checked programs whose name contains `query` (case-insensitive). */
export function workspaceSymbols(results: readonly CheckResult[], query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const seen = new Set<string>();
  const out: WorkspaceSymbol[] = [];
  for (const r of results) {
    for (const d of r.model.symbols.declarations) {
      const key = `${d.file}:${d.range.start}`;
      if (seen.has(key) || !d.name.toLowerCase().includes(q)) continue;
      seen.add(key);
      out.push({ name: d.name, kind: d.namespace, file: d.file, range: d.range, container: d.statement.spec.keyword });
    }
  }
  return out;
}

export interface Fold {
  readonly start: number;
  readonly end: number;
  readonly kind: 'region' | 'comment' | 'imports';
}

/** Blocks, text blocks, block comments, runs of line comments and the imports. Offsets of first and last character. */
export function foldingRanges(result: CheckResult, file: string): Fold[] {
  const view = viewOf(result, file);
  if (!view) return [];
  const out: Fold[] = [];
  for (const { node } of allLocated(view)) {
    if (node.block) out.push({ start: node.range.start, end: Math.max(node.block.range.start, node.block.range.end - 1), kind: 'region' });
    for (const a of node.args) if (a.kind === 'text') out.push({ start: a.range.start, end: a.range.end - 1, kind: 'region' });
  }
  let run: { start: number; end: number; count: number } | undefined;
  const flush = (): void => {
    if (run && run.count > 1) out.push({ start: run.start, end: run.end, kind: 'comment' });
    run = undefined;
  };
  for (const c of view.ast.comments) {
    if (c.style === 'block') {
      flush();
      out.push({ start: c.range.start, end: c.range.end - 1, kind: 'comment' });
      continue;
    }
    const between = run ? view.text.slice(run.end, c.range.start) : '';
    if (run && /^\s*$/.test(between) && (between.match(/\n/g) ?? []).length === 1) run = { start: run.start, end: c.range.end, count: run.count + 1 };
    else {
      flush();
      run = { start: c.range.start, end: c.range.end, count: 1 };
    }
  }
  flush();
  const imports = view.ast.items.filter((i) => i.kind === 'import');
  const first = imports[0];
  const last = imports[imports.length - 1];
  if (first && last && imports.length > 1) out.push({ start: first.range.start, end: last.range.end, kind: 'imports' });
  return out;
}
