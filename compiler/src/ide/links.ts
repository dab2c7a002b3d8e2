import type { CheckResult } from '../model/index.ts';
import { contractSpec } from '../schema/index.ts';
import type { Range } from '../text/index.ts';

// Document links (each import to its module) and code lenses (the outputs of a contract).

export interface DocumentLink {
  readonly range: Range;
  /** Display path of the target module (`std/…` or project-relative). */
  readonly target: string;
}

export function documentLinks(result: CheckResult, file: string): DocumentLink[] {
  const mod = result.model.program.modules.get(file);
  return (mod?.imports ?? []).flatMap((i) => (i.node.path ? [{ range: i.node.path.range, target: i.target }] : []));
}

export type LensAction = 'compile-pdf' | 'sla-json' | 'compare-signed';

export interface CodeLensInfo {
  readonly range: Range;
  readonly action: LensAction;
}

/** "Compile PDF", "SLA JSON" and "Compare with the signed version" on the file's contract statement. */
export function codeLenses(result: CheckResult, file: string): CodeLensInfo[] {
  const mod = result.model.program.modules.get(file);
  const contract = mod?.ast.items.find((i) => i.kind === 'statement' && i.keyword.text === contractSpec.keyword);
  if (!contract || contract.kind !== 'statement') return [];
  const at = contract.keyword.range;
  return [{ range: at, action: 'compile-pdf' }, { range: at, action: 'sla-json' }, { range: at, action: 'compare-signed' }];
}
