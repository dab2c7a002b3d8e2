// Stage `format`: consumes source text, produces the canonical layout of docs/style.md, for the three
// entry points (the `infog fmt` command, the language server, the Prettier plugin).
// Guarantees: never throws; a file with syntax errors is refused with the parser's located diagnostics,
// never half-formatted; the output parses to the same tree as the input (values, wording and comments;
// locations aside), which `formatText` verifies by reading its own output back; formatting is idempotent.
//
// One printer (design choice (b) of docs/style.md): ./print.ts builds a small Wadler-style Doc (./doc.ts)
// rendered here by ./render.ts, a synchronous port of Prettier's algorithm; the Prettier plugin converts
// the same Doc node for node into Prettier's builders. No Prettier at run time in the CLI or the server.
import '../diagnostics/codes/format.ts';
import { parse } from '../ast/index.ts';
import type { FileNode } from '../ast/index.ts';
import { formatterChangedMeaning } from '../diagnostics/codes/format.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Range } from '../text/index.ts';
import type { Doc } from './doc.ts';
import { printFile } from './print.ts';
import { lineEdits } from './range.ts';
import { render } from './render.ts';
import { astDifference } from './same-ast.ts';

export type EndOfLine = 'lf' | 'crlf' | 'cr' | 'auto';

export interface FormatOptions {
  /** Column the printer tries to stay within (default 100, also the Prettier plugin's default). */
  readonly printWidth?: number;
  /** Line breaks of the output, as Prettier's option: `auto` keeps the first one the text uses (default `lf`). */
  readonly endOfLine?: EndOfLine;
  /** The file's path, for diagnostics. */
  readonly path?: string;
  /** Read the output back and compare trees (default true; the check costs one more parse). */
  readonly verify?: boolean;
}

export type FormatResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** A replacement of `range` (UTF-16 offsets in the original text) by `newText`. */
export interface FormatEdit {
  readonly range: Range;
  readonly newText: string;
}

export type FormatRangeResult =
  | { readonly ok: true; readonly edits: readonly FormatEdit[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export const DEFAULT_PRINT_WIDTH = 100;

export type ParsedForFormat =
  | { readonly ok: true; readonly file: FileNode }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Parses for formatting: any error refuses the file (warnings do not). */
export function parseForFormat(text: string, path = 'input.infog'): ParsedForFormat {
  const { file, diagnostics } = parse({ path, text });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return errors.length > 0 ? { ok: false, diagnostics: errors } : { ok: true, file };
}

/** The Doc of a parsed file (the Prettier plugin renders it with Prettier). */
export function formatDoc(file: FileNode, text: string): Doc {
  return printFile(file, text);
}

export function eolOf(endOfLine: EndOfLine, text: string): string {
  if (endOfLine === 'crlf') return '\r\n';
  if (endOfLine === 'cr') return '\r';
  if (endOfLine === 'lf') return '\n';
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}

export function formatText(text: string, options: FormatOptions = {}): FormatResult {
  const path = options.path ?? 'input.infog';
  const parsed = parseForFormat(text, path);
  if (!parsed.ok) return parsed;
  const out = render(printFile(parsed.file, text), {
    printWidth: options.printWidth ?? DEFAULT_PRINT_WIDTH,
    eol: eolOf(options.endOfLine ?? 'lf', text),
  });
  // An unchanged text needs no check: it is its own tree.
  if (options.verify !== false && out !== text) {
    const again = parse({ path, text: out });
    const difference = again.diagnostics.some((d) => d.severity === 'error') ? 'the result does not parse' : astDifference(parsed.file, again.file);
    if (difference !== undefined) {
      return { ok: false, diagnostics: [formatterChangedMeaning.create(path, { start: 0, end: 0 }, { detail: difference })] };
    }
  }
  return { ok: true, text: out };
}

/**
 * Formats the whole file and keeps only the changed lines that touch `range` (for the editor's "format
 * selection"). Line breaks default to the text's own (`auto`), as an editor expects.
 */
export function formatRange(text: string, range: Range, options: FormatOptions = {}): FormatRangeResult {
  const result = formatText(text, { endOfLine: 'auto', ...options });
  if (!result.ok) return result;
  return { ok: true, edits: lineEdits(text, result.text, range) };
}

export type { Doc } from './doc.ts';
export { astDifference } from './same-ast.ts';
