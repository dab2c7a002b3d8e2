import { LineIndex, type Diagnostic } from '../../compiler/src/index.ts';

// Inline expectations in `.infog` test files. A comment line of carets points at the closest line
// above it that is not itself an expectation:
//     party provider ns { nam "x" }
//     //                  ^^^ error IG2001
// Diagnostics without a natural position are written `//! error IG2012 @ 1:1`.

export interface Expectation {
  readonly severity: string;
  readonly code: string;
  readonly line: number;
  readonly column: number;
  /** Caret count, or undefined for `//!` expectations. */
  readonly length: number | undefined;
}

const CARET = /^(\s*)\/\/(\s*)(\^+)\s+(error|warning|info)\s+(IG\d{4})\s*$/;
const AT = /^\s*\/\/!\s*(error|warning|info)\s+(IG\d{4})\s*@\s*(\d+):(\d+)\s*$/;

export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\n|\r/);
  const out: Expectation[] = [];
  let target = 0;
  lines.forEach((line, i) => {
    const caret = CARET.exec(line);
    const at = AT.exec(line);
    if (caret) {
      const column = (caret[1]?.length ?? 0) + 2 + (caret[2]?.length ?? 0) + 1;
      out.push({ severity: caret[4] ?? '', code: caret[5] ?? '', line: target, column, length: caret[3]?.length });
    } else if (at) {
      out.push({ severity: at[1] ?? '', code: at[2] ?? '', line: Number(at[3]), column: Number(at[4]), length: undefined });
    } else {
      target = i + 1;
    }
  });
  return out;
}

/** `// @codes IG2 IG31`: the file pins only diagnostics whose code starts with one of these. */
export function codeFilter(text: string): (code: string) => boolean {
  const m = /^\s*\/\/\s*@codes\s+(.+)$/m.exec(text);
  if (!m) return () => true;
  const prefixes = (m[1] ?? '').trim().split(/\s+/);
  return (code) => prefixes.some((p) => code.startsWith(p));
}

export function describeActual(text: string, ds: readonly Diagnostic[]): string[] {
  const index = new LineIndex(text);
  return ds.map((d) => {
    const s = index.position(d.range.start);
    return `${s.line}:${s.column} len ${d.range.end - d.range.start} ${d.severity} ${d.code}`;
  }).sort();
}

export function describeExpected(es: readonly Expectation[]): string[] {
  return es.map((e) => `${e.line}:${e.column}${e.length === undefined ? '' : ` len ${e.length}`} ${e.severity} ${e.code}`).sort();
}

/** Renders actual diagnostics in the expectation's own form, so a `//!` one need not pin a length. */
export function describeActualAs(text: string, ds: readonly Diagnostic[], es: readonly Expectation[]): string[] {
  const index = new LineIndex(text);
  return ds.map((d) => {
    const s = index.position(d.range.start);
    const loose = es.some((e) => e.length === undefined && e.line === s.line && e.column === s.column && e.code === d.code);
    return `${s.line}:${s.column}${loose ? '' : ` len ${d.range.end - d.range.start}`} ${d.severity} ${d.code}`;
  }).sort();
}
