// The Prettier 3 plugin for `.infog` (`@infog/compiler/prettier`). It holds no language knowledge: the
// parser is the compiler's public `parse` (refusing files with syntax errors, with their location), and
// the printer converts the formatter's own Doc (./print.ts) node for node into Prettier's builders, so
// Prettier prints exactly what `infog fmt` prints (design choice (b), docs/style.md).
import { doc as prettierDoc } from 'prettier';
import type { AstPath, Doc as PrettierDoc, Parser, Plugin, Printer, SupportLanguage } from 'prettier';
import type { FileNode } from '../ast/index.ts';
import { INDENT_UNIT, isArray, type Doc } from './doc.ts';
import { DEFAULT_PRINT_WIDTH, formatDoc, parseForFormat } from './index.ts';

const { align, group, hardline, line, literalline, softline } = prettierDoc.builders;

/** What the parser hands the printer: the tree and the text it came from (literals print as written). */
interface Root {
  readonly type: 'infog-root';
  readonly file: FileNode;
  readonly text: string;
}

/** Our Doc → Prettier's Doc. Indentation is a fixed two-space `align`, so `useTabs`/`tabWidth` never apply. */
export function toPrettierDoc(d: Doc): PrettierDoc {
  if (typeof d === 'string') return d;
  if (isArray(d)) return d.map(toPrettierDoc);
  switch (d.kind) {
    case 'group': return group(toPrettierDoc(d.contents));
    case 'indent': return align(INDENT_UNIT, toPrettierDoc(d.contents));
    case 'line':
      switch (d.mode) {
        case 'line': return line;
        case 'soft': return softline;
        case 'hard': return hardline;
        case 'literal': return literalline;
      }
  }
}

/** A Prettier parse error carries a `loc` Prettier prints as a code frame. */
class InfogSyntaxError extends Error {
  readonly loc: { readonly start: { readonly line: number; readonly column: number } };
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'SyntaxError';
    this.loc = { start: { line, column } };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

const parser: Parser<Root> = {
  astFormat: 'infog',
  parse(text, options) {
    const parsed = parseForFormat(text, options.filepath ?? 'input.infog');
    if (!parsed.ok) {
      const first = parsed.diagnostics[0];
      const at = lineColumn(text, first?.range.start ?? 0);
      throw new InfogSyntaxError(`${first?.code ?? 'IG1020'}: ${parsed.diagnostics.length} syntax error(s); run infog check for details`, at.line, at.column);
    }
    return { type: 'infog-root', file: parsed.file, text };
  },
  locStart: (node: Root) => 0 * node.text.length,
  locEnd: (node: Root) => node.text.length,
};

const printer: Printer<Root> = {
  print(path: AstPath<Root>) {
    const root = path.node;
    return toPrettierDoc(formatDoc(root.file, root.text));
  },
};

export const languages: SupportLanguage[] = [
  { name: 'infog', parsers: ['infog'], extensions: ['.infog'], vscodeLanguageIds: ['infog'] },
];
export const parsers: Record<string, Parser<Root>> = { infog: parser };
export const printers: Record<string, Printer<Root>> = { infog: printer };
export const options: Plugin['options'] = {};
export const defaultOptions: Plugin['defaultOptions'] = { printWidth: DEFAULT_PRINT_WIDTH };

const plugin: Plugin<Root> = { languages, parsers, printers, options, defaultOptions };
export default plugin;
