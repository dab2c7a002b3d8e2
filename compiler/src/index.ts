// @infog/compiler — the public API. The CLI, the language server, the Prettier plugin and the tests
// use only what is exported here.
import type { Host } from './host.ts';
import { checkSource, type CheckResult } from './model/index.ts';
import { decodeUtf8 } from './text/index.ts';
import { decodeDiagnostics } from './syntax/index.ts';

export type { Host } from './host.ts';
export * from './text/index.ts';
export * from './diagnostics/index.ts';
export type * from './ast/types.ts';
export { parse } from './ast/index.ts';
export { printAst } from './ast/print.ts';
export { checkSource, sortDiagnostics, RULES } from './model/index.ts';
export type { CheckResult, Model, BoundStatement, Declaration, Reference, SymbolTable, Rule } from './model/index.ts';
export { rootSpec, allStatements, contractSpec } from './schema/index.ts';
export type { StatementSpec, BlockSpec, Slot, ValueType } from './schema/index.ts';

/**
 * Checks the project file at `path` (relative to the project root), read through the host. Returns
 * undefined only when the host cannot read the file at all; every problem inside it is a diagnostic.
 */
export function checkFile(path: string, host: Host): CheckResult | undefined {
  const bytes = host.readFile('project', path);
  if (bytes === undefined) return undefined;
  const decoded = decodeUtf8(bytes);
  const result = checkSource({ path, text: decoded.text }, host);
  const encoding = decodeDiagnostics(path, decoded);
  return encoding.length === 0 ? result : { ...result, diagnostics: [...encoding, ...result.diagnostics] };
}
export * as ide from './ide/index.ts';
export { formatText, formatRange } from './format/index.ts';
