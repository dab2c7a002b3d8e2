// Stage `model`: consumes a parsed entry file (and, through the Host, the modules it imports) and the
// vocabulary (../schema); produces the checked Model: the contract bound to the schema, its symbol
// table, and every diagnostic of binding, name resolution and the checklist rules.
// Guarantees: never throws on any input, does no I/O except through the Host, reports every finding
// through the catalogue; the backends run only when no diagnostic is an error.
import type { Item, Statement } from '../ast/types.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { contractInModule } from '../diagnostics/codes/names.ts';
import { noContract } from '../diagnostics/codes/schema.ts';
import type { Host } from '../host.ts';
import { contractSpec, rootSpec } from '../schema/index.ts';
import { compareText, type SourceFile } from '../text/index.ts';
import { capDiagnostics } from '../syntax/index.ts';
import { bindBlock, type BindSink } from './bind.ts';
import type { BoundStatement } from './bound.ts';
import { runRules, type ContractKind, type Law, type Waiver } from './checks/index.ts';
import { scanSecrets } from './secrets.ts';
import { scanToComplete } from './to-complete.ts';
import { loadProgram, type Program } from './load.ts';
import { children, childEnum } from './query.ts';
import { anchorInContract, applyPresets, type PresetUse } from './presets.ts';
import { collect, resolveSymbols, type SymbolTable } from './symbols.ts';

export type { BoundStatement, Declaration, Reference } from './bound.ts';
export type { LoadedModule, Program } from './load.ts';
export type { SymbolTable } from './symbols.ts';
export type { TypedValue, Weekday, DurationUnit } from './typed-value.ts';
export { RULES } from './checks/index.ts';
export type { Rule, Law, ContractKind, Waiver } from './checks/index.ts';
export * as query from './query.ts';
export { suggest } from './suggest.ts';
export { anchorInContract } from './presets.ts';
export type { PresetUse } from './presets.ts';

export interface Model {
  readonly program: Program;
  /** The entry file's contract, bound to the schema; undefined when the file has none. */
  readonly contract: BoundStatement | undefined;
  /** Top-level statements of each module, bound, by display path. */
  readonly modules: ReadonlyMap<string, readonly BoundStatement[]>;
  readonly symbols: SymbolTable;
  readonly law: Law | undefined;
  readonly kind: ContractKind | undefined;
  /** Waivers in force, with their reasons, for the compliance report. */
  readonly waivers: readonly Waiver[];
  /** Where the contract asked for each preset, so a backend reports preset facts in the contract. */
  readonly presetUses: readonly PresetUse[];
}

export interface CheckResult {
  readonly model: Model;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkSource(entry: SourceFile, host: Host): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  const program = loadProgram(entry, host, report);
  const law = writtenLaw(program.entry.ast.items);
  const sink: BindSink = { report, contractBlock: contractSpec.block, ...(law === undefined ? {} : { law }) };

  const modules = new Map<string, readonly BoundStatement[]>();
  for (const [key, mod] of program.modules) {
    const statements = mod.ast.items.filter((i): i is Statement => i.kind === 'statement');
    const bound = bindBlock(statements, rootSpec, undefined, key, sink);
    if (mod !== program.entry) {
      for (const b of bound) if (b.spec.keyword === 'contract') report(contractInModule.create(key, b.node.keyword.range, { path: key }));
    }
    modules.set(key, bound);
  }
  const entryKey = [...program.modules.entries()].find(([, m]) => m === program.entry)?.[0] ?? entry.path;
  const written = (modules.get(entryKey) ?? []).find((b) => b.spec.keyword === 'contract');
  // A module of presets, clauses or imports (an index of project modules) is a valid file on its own;
  // an empty one is not, nor one that only imports the stdlib: that is a contract that lost its
  // `contract` block (issue 17), since stdlib presets are only of use inside a contract.
  const entryStatements = modules.get(entryKey) ?? [];
  const imports = program.entry.ast.items.filter((i) => i.kind === 'import');
  const indexOfModules = imports.some((i) => i.kind === 'import' && !(i.path?.value ?? '').startsWith('std/'));
  if (!written && entryStatements.length === 0 && !indexOfModules) report(noContract.create(entry.path, { start: 0, end: 0 }, {}));

  // Presets are declared at the top level of any module; their content is merged into the contract
  // first, so names declared inside a preset are declared once, where the contract uses them.
  const presetStatements = [...modules.values()].flat().filter((b) => b.spec.keyword === 'preset');
  const presetFound = collect(presetStatements, undefined, () => false);
  const presets = resolveSymbols({ decls: presetFound.decls, refs: [] }, () => undefined);
  const uses: PresetUse[] = [];
  const contract = written ? applyPresets(written, presets, report, uses) : undefined;
  const reportInContract = (d: Diagnostic): void => report(anchorInContract(d, uses));

  const found = collect(contract ? [contract] : [], { decls: [...presetFound.decls], refs: [] });
  const symbols = resolveSymbols(found, reportInContract);
  const boundLaw = childEnum(contract, 'law', 'law') as Law | undefined;
  const kind = childEnum(contract, 'kind', 'kind') as ContractKind | undefined;
  const waivers = contract ? runRules({ contract, law: boundLaw, kind, parties: children(contract, 'party'), symbols, today: host.today(), program }, reportInContract) : [];
  scanSecrets(program, report);
  scanToComplete(program, report);
  return { model: { program, contract, modules, symbols, law: boundLaw, kind, waivers, presetUses: uses }, diagnostics: capPerFile(diagnostics) };
}

/** `law CH` as written in the entry's contract, before binding (examples in binding messages follow it). */
function writtenLaw(items: readonly Item[]): string | undefined {
  const contract = items.find((i): i is Statement => i.kind === 'statement' && i.keyword.text === 'contract');
  const law = contract?.block?.statements.find((x) => x.keyword.text === 'law')?.args[0];
  return law?.kind === 'name' ? law.text : undefined;
}

/** Sorted, with at most the syntax stage's cap per file: beyond it, one IG0008 says how many more. */
function capPerFile(ds: readonly Diagnostic[]): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of ds) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: Diagnostic[] = [];
  for (const [file, list] of byFile) out.push(...capDiagnostics(file, list));
  return sortDiagnostics(out);
}

/**
 * Stable order for every consumer: by file, then position, then code; a diagnostic emitted twice with
 * the same arguments is kept once, so the CLI and the language server publish the same set.
 */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = ds.filter((d) => {
    const key = JSON.stringify([d.file, d.range.start, d.range.end, d.code, d.severity, d.args]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) =>
    compareText(a.file, b.file) || a.range.start - b.range.start || a.range.end - b.range.end || compareText(a.code, b.code));
}
