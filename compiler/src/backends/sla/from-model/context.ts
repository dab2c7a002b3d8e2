// What every part of the SLA JSON builder shares: the contract, where to report, and small readers.
import type { Diagnostic } from '../../../diagnostics/index.ts';
import { slaFactMissing, slaValueUnsupported } from '../../../diagnostics/codes/sla-emit.ts';
import type { BoundStatement, TypedValue } from '../../../model/index.ts';
import { anchor, value } from '../../../model/query.ts';
import type { Range } from '../../../text/index.ts';

export interface EmitContext {
  /** The entry file (diagnostics without a better place point at its start). */
  readonly file: string;
  readonly contract: BoundStatement;
  readonly diagnostics: Diagnostic[];
}

const START: Range = { start: 0, end: 0 };

/** Reports a fact the document needs and the contract lacks, at `at` (its keyword) or the contract. */
export function missing(ctx: EmitContext, fact: string, at?: BoundStatement): undefined {
  const b = at ?? ctx.contract;
  ctx.diagnostics.push(slaFactMissing.create(b.file, anchor(b), { fact }));
  return undefined;
}

/** Reports a value the format cannot hold. */
export function unsupported(ctx: EmitContext, at: BoundStatement, slot: string | undefined, fact: string, text: string, expected: string): undefined {
  const range = (slot === undefined ? undefined : value(at, slot)?.range) ?? anchor(at);
  ctx.diagnostics.push(slaValueUnsupported.create(at.file, range, { fact, value: text, expected }));
  return undefined;
}

export function rangeAtStart(): Range {
  return START;
}

export function str(b: BoundStatement | undefined, slot: string): string | undefined {
  const v = value(b, slot);
  return v?.kind === 'string' ? v.value : undefined;
}

/** The items of a list slot (a single value is a one-item list). */
export function listItems(v: TypedValue | undefined): readonly TypedValue[] {
  if (v === undefined) return [];
  return v.kind === 'list' ? v.items : [v];
}

/** Enum items of a list slot, in source order, without duplicates. */
export function enumList(b: BoundStatement | undefined, slot: string): string[] {
  const out: string[] = [];
  for (const i of listItems(value(b, slot))) if (i.kind === 'enum' && !out.includes(i.value)) out.push(i.value);
  return out;
}
