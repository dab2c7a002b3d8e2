// @infog/compiler — the public API. The CLI, the language server, the Prettier plugin and the tests
// use only what is exported here.

export type { Host } from './host.ts';
export * from './text/index.ts';
export * from './diagnostics/index.ts';
export type * from './ast/types.ts';
export { parse } from './ast/index.ts';
export { printAst } from './ast/print.ts';
export { checkSource, sortDiagnostics, RULES } from './model/index.ts';
export type { CheckResult, Model, BoundStatement, Declaration, Reference, SymbolTable, Rule } from './model/index.ts';
export { rootSpec, allStatements, contractSpec, SECTOR_PROFILES } from './schema/index.ts';
export type { SectorProfile } from './schema/index.ts';
export type { StatementSpec, BlockSpec, Slot, ValueType } from './schema/index.ts';

export { checkFile } from './model/check-file.ts';
export * as ide from './ide/index.ts';
export { formatText, formatRange } from './format/index.ts';
export { documentFindings } from './backends/document/index.ts';
export { diffModels, changeFindings } from './backends/diff/index.ts';
export type { Change, ContractDiff } from './backends/diff/index.ts';
export { buildAmendment } from './backends/amendment/index.ts';
