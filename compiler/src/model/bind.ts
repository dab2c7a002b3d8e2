import type { Statement } from '../ast/types.ts';
import type { Diagnostic, Fix } from '../diagnostics/index.ts';
import { blockNotAllowed, blockRequired, duplicateStatement, missingField, unknownKeyword } from '../diagnostics/codes/schema.ts';
import type { BlockSpec, Namespace, StatementSpec } from '../schema/index.ts';
import { findStatement } from '../schema/index.ts';
import type { BoundStatement } from './bound.ts';
import { matchArgs } from './match-args.ts';
import { suggest } from './suggest.ts';
import type { TypedValue } from './typed-value.ts';

// Binds AST statements to the vocabulary: unknown keywords, duplicates, missing required fields and
// value types are reported here, generically, from the schema. Names declared and referred to are
// collected for resolution (./symbols.ts).

export interface PendingDeclaration {
  readonly namespace: Namespace;
  readonly statement: BoundStatement;
  readonly value: TypedValue;
}

export interface PendingReference {
  readonly namespace: Namespace;
  readonly file: string;
  readonly value: TypedValue & { kind: 'ref' };
}

export interface BindSink {
  readonly report: (d: Diagnostic) => void;
  readonly declarations: PendingDeclaration[];
  readonly references: PendingReference[];
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
  if (stmt.block && !spec.block) {
    sink.report(blockNotAllowed.create(file, stmt.block.range, { keyword: spec.keyword }));
  } else if (stmt.block && spec.block) {
    children = bindBlock(stmt.block.statements, spec.block, stmt, file, sink);
  } else if (spec.blockRequired) {
    sink.report(blockRequired.create(file, stmt.keyword.range, { keyword: spec.keyword, example: spec.example }));
  }
  const bound: BoundStatement = { spec, node: stmt, file, values, children };
  if (spec.declares) {
    const v = values[spec.declares.slot];
    if (v) sink.declarations.push({ namespace: spec.declares.namespace, statement: bound, value: v });
  }
  collectRefs(spec, values, file, sink);
  return bound;
}

function collectRefs(spec: StatementSpec, values: Readonly<Record<string, TypedValue>>, file: string, sink: BindSink): void {
  const visit = (slotType: StatementSpec['args'][number]): void => {
    if (slotType.kind === 'group') return slotType.slots.forEach(visit);
    if (slotType.kind !== 'value' || slotType.type.kind !== 'ref') return;
    const namespace = slotType.type.namespace;
    const v = values[slotType.name];
    const items = v?.kind === 'list' ? v.items : v ? [v] : [];
    for (const item of items) if (item.kind === 'ref') sink.references.push({ namespace, file, value: item });
  };
  spec.args.forEach(visit);
}

function reportUnknown(stmt: Statement, block: BlockSpec, owner: Statement | undefined, file: string, sink: BindSink): void {
  const keywords = block.statements.map((s) => s.keyword);
  const suggestions = suggest(stmt.keyword.text, keywords);
  const fixes: Fix[] = suggestions.map((s) => ({
    title: { fr: `Remplacer par « ${s} »`, en: `Replace with "${s}"` },
    edits: [{ file, range: stmt.keyword.range, newText: s }],
    ...(suggestions.length === 1 ? { preferred: true } : {}),
  }));
  const name = stmt.keyword.text.length > 64 ? `${stmt.keyword.text.slice(0, 64)}…` : stmt.keyword.text;
  sink.report(unknownKeyword.create(file, stmt.keyword.range, {
    keyword: name,
    parent: owner ? owner.keyword.text : '',
    suggestions,
  }, { fixes }));
}
