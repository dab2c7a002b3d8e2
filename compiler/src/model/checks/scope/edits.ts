import type { Fix, Localized } from '../../../diagnostics/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { child, value } from '../../query.ts';
import type { CheckContext } from '../rule.ts';

// Small helpers shared by the scope rules and validators: list values, the start dates of the
// contract, and the text edits of their quick fixes (add a line to a block, remove a line).

/** The enum names of a list slot (a single value counts as a list of one). */
export function listEnum(b: BoundStatement | undefined, slot: string): string[] {
  const v = value(b, slot);
  const items = v?.kind === 'list' ? v.items : v ? [v] : [];
  return items.flatMap((i) => (i.kind === 'enum' ? [i.value] : []));
}

/** The ISO date of `term.<keyword>`, if stated. */
export function termDate(contract: BoundStatement, keyword: string): string | undefined {
  const v = value(child(child(contract, 'term'), keyword), 'date');
  return v?.kind === 'date' ? v.text : undefined;
}

/** The services start after the Contract comes into force (a month of onboarding, say). */
export function serviceStartsLater(contract: BoundStatement): boolean {
  const effective = termDate(contract, 'effective');
  const start = termDate(contract, 'service_start');
  return effective !== undefined && start !== undefined && start > effective;
}

function textOf(ctx: CheckContext, file: string): string {
  return ctx.program.modules.get(file)?.source.text ?? '';
}

function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/u.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** A fix that writes `line` as the last statement of `block`, at the indentation of its statements. */
export function insertLine(ctx: CheckContext, block: BoundStatement, line: string, title: Localized): Fix[] {
  const last = block.children[block.children.length - 1];
  if (!last) return [];
  const text = textOf(ctx, block.file);
  const at = last.node.range.end;
  return [{ title, edits: [{ file: block.file, range: { start: at, end: at }, newText: `\n${indentAt(text, last.node.range.start)}${line}` }], preferred: true }];
}

/** A fix that removes the statement `b` with its line when it stands alone on it. */
export function removeLine(ctx: CheckContext, b: BoundStatement, title: Localized): Fix {
  const text = textOf(ctx, b.file);
  let { start, end } = b.node.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (/^[ \t]*$/u.test(text.slice(lineStart, start)) && /^[ \t]*;?[ \t]*$/u.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) {
    start = lineStart;
    end = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  return { title, edits: [{ file: b.file, range: { start, end }, newText: '' }], preferred: true };
}
