import type { Name, Statement, Value } from '../ast/types.ts';
import { factsOutsideBlock } from '../diagnostics/codes/values.ts';
import { forLaw } from '../diagnostics/index.ts';
import { rangeOf } from '../text/index.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { blockNotAllowed, blockRequired, duplicateStatement, missingField, unknownKeyword } from '../diagnostics/codes/schema.ts';
import type { BlockSpec, StatementSpec } from '../schema/index.ts';
import { findStatement } from '../schema/index.ts';
import type { BoundStatement } from './bound.ts';
import { matchArgs } from './match-args.ts';
import { replaceFixes, suggest } from './suggest.ts';
import type { TypedValue } from './typed-value.ts';

// Binds AST statements to the vocabulary: unknown keywords, duplicates, missing required fields and
// value types are reported here, generically, from the schema. Names declared and referred to are
// collected for resolution (./symbols.ts).

export interface BindSink {
  readonly report: (d: Diagnostic) => void;
  /** The contract-level block, where `preset <kind>` finds the block spec of `<kind>`. */
  readonly contractBlock: BlockSpec | undefined;
  /** The contract's governing law (`law CH`), read before binding: examples in messages follow it. */
  readonly law?: string;
}

export function bindBlock(statements: readonly Statement[], block: BlockSpec, owner: Statement | undefined, file: string, sink: BindSink): BoundStatement[] {
  const out: BoundStatement[] = [];
  const seen = new Map<string, Statement>();
  for (const stmt of statements) {
    const spec = findStatement(block, stmt.keyword.text);
    if (!spec) {
      reportUnknown(stmt, block, owner, file, sink);
      continue;
    }
    const first = seen.get(spec.keyword);
    if (spec.cardinality === 'one' && first) {
      sink.report(duplicateStatement.create(file, stmt.keyword.range, { keyword: spec.keyword }, {
        related: [{ file, range: first.keyword.range, message: { fr: 'Première occurrence ici', en: 'First occurrence here' } }],
      }));
      continue;
    }
    seen.set(spec.keyword, stmt);
    out.push(bindStatement(stmt, spec, file, sink));
  }
  for (const spec of block.statements) {
    if (spec.required && !seen.has(spec.keyword) && owner) {
      sink.report(missingField.create(file, owner.keyword.range, { keyword: spec.keyword, block: owner.keyword.text, example: forLaw(spec.example, sink.law) }));
    }
  }
  return out;
}

function bindStatement(stmt: Statement, spec: StatementSpec, file: string, sink: BindSink): BoundStatement {
  let inBlock: Statement | undefined;
  const values = matchArgs(spec, stmt, { file, keyword: spec.keyword, report: sink.report, ...(sink.law === undefined ? {} : { law: sink.law }) }, (rest) => {
    inBlock = factsWrittenAfter(stmt, spec, rest, file, sink);
    return inBlock !== undefined;
  });
  let children: BoundStatement[] = [];
  if (stmt.block && !spec.block && !spec.blockOf) {
    sink.report(blockNotAllowed.create(file, stmt.block.range, { keyword: spec.keyword }));
  } else if (stmt.block && (spec.block || spec.blockOf)) {
    const block = spec.block ?? dynamicBlock(spec, values, sink);
    if (block) children = bindBlock(stmt.block.statements, block, stmt, file, sink);
  } else if (inBlock && spec.block) {
    children = bindBlock([inBlock], spec.block, stmt, file, sink);
  } else if (spec.blockRequired) {
    sink.report(blockRequired.create(file, stmt.keyword.range, { keyword: spec.keyword, example: forLaw(spec.example, sink.law) }));
  }
  return { spec, node: stmt, file, values, children };
}

/**
 * `subprocessors none`: the words after a block keyword, when they form a statement of its block, are
 * that statement written outside the braces. One error says so (with the fix), and the statement is
 * read as if it were in the block, so the rules see what the user meant.
 */
function factsWrittenAfter(stmt: Statement, spec: StatementSpec, rest: readonly Value[], file: string, sink: BindSink): Statement | undefined {
  const [first, ...args] = rest;
  const last = rest[rest.length - 1];
  if (stmt.block || !spec.block || first?.kind !== 'name' || !last || !findStatement(spec.block, first.text)) return undefined;
  const range = rangeOf(first.range.start, last.range.end);
  const inner = sourceOf(first, args);
  const written = `${stmt.keyword.text} ${inner}`;
  const fixed = `${stmt.keyword.text} { ${inner} }`;
  // The fix only adds the braces, so the words stay exactly as written.
  const edits = [
    { file, range: rangeOf(first.range.start, first.range.start), newText: '{ ' },
    { file, range: rangeOf(range.end, range.end), newText: ' }' },
  ];
  sink.report(factsOutsideBlock.create(file, range, { keyword: spec.keyword, written, fixed }, {
    fixes: [{ title: { fr: `Écrire « ${fixed} »`, en: `Write "${fixed}"` }, edits, preferred: true }],
  }));
  return { kind: 'statement', keyword: first, args, block: undefined, range };
}

/** The words of a statement as written (names, numbers, strings kept verbatim enough for a fix). */
function sourceOf(keyword: Name, args: readonly Value[]): string {
  return [keyword.text, ...args.map(valueText)].join(' ');
}

/** `preset sla silver { … }` reads its block with the spec of the contract's `sla`. */
function dynamicBlock(spec: StatementSpec, values: Readonly<Record<string, TypedValue>>, sink: BindSink): BlockSpec | undefined {
  const of = spec.blockOf ? values[spec.blockOf] : undefined;
  if (of?.kind !== 'enum' || !sink.contractBlock) return undefined;
  return findStatement(sink.contractBlock, of.value)?.block;
}

function reportUnknown(stmt: Statement, block: BlockSpec, owner: Statement | undefined, file: string, sink: BindSink): void {
  const keywords = block.statements.map((s) => s.keyword);
  const suggestions = suggest(stmt.keyword.text, keywords);
  const fixes = replaceFixes(file, stmt.keyword.range, suggestions);
  const name = stmt.keyword.text.length > 64 ? `${stmt.keyword.text.slice(0, 64)}…` : stmt.keyword.text;
  sink.report(unknownKeyword.create(file, stmt.keyword.range, {
    keyword: name,
    parent: owner ? owner.keyword.text : '',
    suggestions,
  }, { fixes }));
}

function valueText(v: Value): string {
  switch (v.kind) {
    case 'string': return JSON.stringify(v.value);
    case 'text': return '"""…"""';
    case 'number': return v.text;
    case 'quantity': return `${v.amount.text} ${v.unit.text}`;
    case 'percent': return `${v.text}%`;
    case 'date': case 'month': case 'time': case 'time-range': return v.text;
    case 'name': return v.text;
    case 'name-range': return `${v.from.text}..${v.to.text}`;
    case 'list': return v.items.map(valueText).join(', ');
    case 'error': return '…';
  }
}
