// Stage `model`: consumes a parsed entry file (and, through the Host, the modules it imports) and the
// vocabulary (../schema); produces the checked Model: the contract bound to the schema, its symbol
// table, and every diagnostic of binding, name resolution and the checklist rules.
// Guarantees: never throws on any input, does no I/O except through the Host, reports every finding
// through the catalogue; the backends run only when no diagnostic is an error.
import type { Statement } from '../ast/types.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { contractInModule, } from '../diagnostics/codes/names.ts';
import { noContract } from '../diagnostics/codes/schema.ts';
import type { Host } from '../host.ts';
import { rootSpec } from '../schema/index.ts';
import type { SourceFile } from '../text/index.ts';
import { bindBlock, type BindSink } from './bind.ts';
import type { BoundStatement } from './bound.ts';
import { runRules, type ContractKind, type Law } from './checks/index.ts';
import { loadProgram, type Program } from './load.ts';
import { children, childEnum } from './query.ts';
import { resolveSymbols, type SymbolTable } from './symbols.ts';

export type { BoundStatement, Declaration, Reference } from './bound.ts';
export type { LoadedModule, Program } from './load.ts';
export type { SymbolTable } from './symbols.ts';
export type { TypedValue, Weekday, DurationUnit } from './typed-value.ts';
export { RULES } from './checks/index.ts';
export type { Rule, Law, ContractKind } from './checks/index.ts';
export * as query from './query.ts';
export { suggest } from './suggest.ts';

export interface Model {
  readonly program: Program;
  /** The entry file's contract, bound to the schema; undefined when the file has none. */
  readonly contract: BoundStatement | undefined;
  /** Top-level statements of each module, bound, by display path. */
  readonly modules: ReadonlyMap<string, readonly BoundStatement[]>;
  readonly symbols: SymbolTable;
  readonly law: Law | undefined;
  readonly kind: ContractKind | undefined;
}

export interface CheckResult {
  readonly model: Model;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkSource(entry: SourceFile, host: Host): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const sink: BindSink = { report: (d) => diagnostics.push(d), declarations: [], references: [] };
  const program = loadProgram(entry, host, sink.report);

  const modules = new Map<string, readonly BoundStatement[]>();
  for (const [key, mod] of program.modules) {
    const statements = mod.ast.items.filter((i): i is Statement => i.kind === 'statement');
    const bound = bindBlock(statements, rootSpec, undefined, key, sink);
    if (mod !== program.entry) {
      for (const b of bound) if (b.spec.keyword === 'contract') sink.report(contractInModule.create(key, b.node.keyword.range, { path: key }));
    }
    modules.set(key, bound);
  }
  const entryKey = [...program.modules.entries()].find(([, m]) => m === program.entry)?.[0] ?? entry.path;
  const contract = (modules.get(entryKey) ?? []).find((b) => b.spec.keyword === 'contract');
  if (!contract) sink.report(noContract.create(entry.path, { start: 0, end: 0 }, {}));

  const symbols = resolveSymbols(sink.declarations, sink.references, sink.report);
  const law = childEnum(contract, 'law', 'law') as Law | undefined;
  const kind = childEnum(contract, 'kind', 'kind') as ContractKind | undefined;
  if (contract) {
    runRules({ contract, law, kind, parties: children(contract, 'party'), symbols, today: host.today() }, sink.report);
  }
  return { model: { program, contract, modules, symbols, law, kind }, diagnostics: sortDiagnostics(diagnostics) };
}

/** Stable order for every consumer: by file, then position, then code. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) =>
    a.file.localeCompare(b.file) || a.range.start - b.range.start || a.range.end - b.range.end || a.code.localeCompare(b.code));
}
