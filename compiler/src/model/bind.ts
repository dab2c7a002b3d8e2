import type { Statement } from '../ast/types.ts';
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
      sink.report(missingField.create(file, owner.keyword.range, { keyword: spec.keyword, block: owner.keyword.text, example: spec.example }));
    }
  }
  return out;
}

function bindStatement(stmt: Statement, spec: StatementSpec, file: string, sink: BindSink): BoundStatement {
  const values = matchArgs(spec, stmt, { file, keyword: spec.keyword, report: sink.report });
  let children: BoundStatement[] = [];
  if (stmt.block && !spec.block && !spec.blockOf) {
    sink.report(blockNotAllowed.create(file, stmt.block.range, { keyword: spec.keyword }));
  } else if (stmt.block && (spec.block || spec.blockOf)) {
    const block = spec.block ?? dynamicBlock(spec, values, sink);
    if (block) children = bindBlock(stmt.block.statements, block, stmt, file, sink);
  } else if (spec.blockRequired) {
    sink.report(blockRequired.create(file, stmt.keyword.range, { keyword: spec.keyword, example: spec.example }));
  }
  return { spec, node: stmt, file, values, children };
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
