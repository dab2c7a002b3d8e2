// Stage `ast`: consumes a `SourceFile`, runs the syntax stage (../syntax) and builds the typed AST
// (./types.ts) from its CST in one pass, reading every literal (escapes, text blocks, dates, times,
// quantities, lists). Produces `{ file, diagnostics }`.
// Guarantees: `parse` never throws, whatever the text; it always returns a tree (partial when the text
// is broken) whose node ranges lie within [0, text.length] and nest inside their parent's; diagnostics
// are sorted by position, capped at MAX_DIAGNOSTICS, and their ranges lie within the text too. It knows
// nothing of the contract vocabulary: `party` or `sla` are names like any other.
import type { Diagnostic } from '../diagnostics/index.ts';
import { internalError } from '../diagnostics/codes/text.ts';
import { capDiagnostics, parseCst } from '../syntax/index.ts';
import type { SourceFile } from '../text/index.ts';
import { AstBuilder } from './from-cst.ts';
import type { FileNode } from './types.ts';

export interface ParseResult {
  readonly file: FileNode;
  readonly diagnostics: readonly Diagnostic[];
}

export function parse(source: SourceFile): ParseResult {
  try {
    const { cst, comments, diagnostics } = parseCst(source);
    const builder = new AstBuilder(source);
    const file = builder.file(cst, comments);
    return { file, diagnostics: capDiagnostics(source.path, [...diagnostics, ...builder.diagnostics]) };
  } catch (e) {
    // Last resort, for a defect of ours: the editor and the CLI still get a file and a position. The
    // fuzz tests exist so that no known input reaches this line.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      file: { kind: 'file', items: [], comments: [], range: { start: 0, end: source.text.length } },
      diagnostics: [internalError.create(source.path, { start: 0, end: 0 }, { detail: detail.slice(0, 200) })],
    };
  }
}

export type * from './types.ts';
export { printAst } from './print.ts';
export { childrenOf, walk } from './walk.ts';
