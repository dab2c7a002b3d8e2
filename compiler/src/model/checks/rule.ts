import type { Diagnostic, DiagnosticCode, Fix, RuleArgs, RuleLevel } from '../../diagnostics/index.ts';
import type { Range } from '../../text/index.ts';
import type { BoundStatement } from '../bound.ts';
import type { SymbolTable } from '../symbols.ts';
import type { Program } from '../load.ts';

export type Law = 'FR' | 'CH' | 'BE';
export type ContractKind = 'infogerance' | 'maintenance';

/** What every rule may read. Built once per check from the bound contract. */
export interface CheckContext {
  readonly contract: BoundStatement;
  readonly law: Law | undefined;
  readonly kind: ContractKind | undefined;
  readonly parties: readonly BoundStatement[];
  readonly symbols: SymbolTable;
  /** Today's date from the host, `YYYY-MM-DD`. */
  readonly today: string;
  /** Every loaded module with its source and AST, for checks that read text (e.g. secrets). */
  readonly program: Program;
}

export interface Finding {
  readonly file: string;
  readonly range: Range;
  readonly subject?: string;
  readonly missing: readonly string[];
  /**
   * True when nothing of the element is written (its block is not there): the message may then say
   * "not mentioned". Otherwise the element is reported as incomplete, with the facts `present`.
   */
  readonly absent?: boolean;
  /** Facts of the element the rule did find (named in an incomplete element's message). */
  readonly present?: readonly string[];
  readonly fixes?: readonly Fix[];
}

/**
 * One checklist element of the domain brief. `code` carries its id, base level and messages; a rule
 * whose level depends on the profile (law, kind, declared features) says so in `levelIn`, returning
 * `undefined` when the rule does not apply to this contract.
 */
export interface Rule {
  readonly code: DiagnosticCode<RuleArgs> & { readonly level: RuleLevel };
  readonly levelIn?: (ctx: CheckContext) => RuleLevel | undefined;
  readonly check: (ctx: CheckContext, emit: (f: Finding) => void) => void;
}

/**
 * A validity check of brief §3 (identifiers, dates, money, SLA consistency, sane ranges). Unlike a
 * checklist rule it reports its own catalogue codes (IG4xxx, IG5xxx), with their own messages.
 */
export type Validator = (ctx: CheckContext, report: (d: Diagnostic) => void) => void;
