import { expect } from 'vitest';
import { walk } from '../../compiler/src/ast/index.ts';
import type { FileNode, Node, ParseResult } from '../../compiler/src/ast/index.ts';
import type { Diagnostic } from '../../compiler/src/diagnostics/index.ts';
import { renderMessage } from '../../compiler/src/diagnostics/index.ts';
import { LineIndex } from '../../compiler/src/text/index.ts';

/** One line per diagnostic: `line:col-line:col severity CODE message-en`. */
export function formatDiagnostics(text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = new LineIndex(text);
  return diagnostics
    .map((d) => {
      const a = lines.position(d.range.start);
      const b = lines.position(d.range.end);
      return `${a.line}:${a.column}-${b.line}:${b.column} ${d.severity} ${d.code} ${renderMessage(d, 'en')}`;
    })
    .map((l) => `${l}\n`)
    .join('');
}

/** The invariants every parse must keep, whatever the input. Returns a message, or undefined when all hold. */
export function invariantViolation(text: string, result: ParseResult): string | undefined {
  const n = text.length;
  for (const d of result.diagnostics) {
    const { start, end } = d.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= n)) {
      return `diagnostic ${d.code} range ${start}..${end} outside [0, ${n}]`;
    }
    for (const rel of d.related ?? []) {
      if (!(rel.range.start >= 0 && rel.range.start <= rel.range.end && rel.range.end <= n)) return `related range of ${d.code} outside text`;
    }
  }
  let problem: string | undefined;
  walk(result.file, (node: Node, parent: Node | undefined) => {
    const { start, end } = node.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= n)) {
      problem ??= `${node.kind} range ${start}..${end} outside [0, ${n}]`;
    } else if (parent && (start < parent.range.start || end > parent.range.end)) {
      problem ??= `${node.kind} ${start}..${end} not inside its parent ${parent.kind} ${parent.range.start}..${parent.range.end}`;
    }
    return problem === undefined;
  });
  return problem;
}

export function expectInvariants(text: string, result: ParseResult): void {
  expect(invariantViolation(text, result)).toBeUndefined();
}

export function statementsOf(file: FileNode): readonly Node[] {
  return file.items;
}
