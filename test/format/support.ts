import { parse } from '../../compiler/src/ast/index.ts';
import type { FileNode } from '../../compiler/src/ast/index.ts';
import { astDifference, formatText, type FormatOptions } from '../../compiler/src/format/index.ts';

export function parseOk(text: string): FileNode {
  const { file, diagnostics } = parse({ path: 'x.infog', text });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`does not parse: ${errors.map((d) => `${d.code}@${d.range.start}`).join(', ')}\n${text}`);
  return file;
}

/** Formats, failing the test with the diagnostics when the formatter refuses. */
export function fmt(text: string, options: FormatOptions = {}): string {
  const r = formatText(text, options);
  if (!r.ok) throw new Error(`formatter refused: ${r.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.args)}`).join(', ')}`);
  return r.text;
}

/** The invariants every formatted text must hold; returns a description of the first broken one. */
export function invariantProblem(input: string): string | undefined {
  const once = fmt(input, { verify: false });
  const twice = fmt(once, { verify: false });
  if (twice !== once) return `not idempotent:\n${once}\n---\n${twice}`;
  const d = astDifference(parseOk(input), parseOk(once));
  if (d) return `tree changed: ${d}`;
  if (/[ \t]\n/.test(once.replace(/"""[\s\S]*?"""/g, 'X').replace(/\/\*[\s\S]*?\*\//g, 'X'))) return 'trailing blanks';
  return undefined;
}
