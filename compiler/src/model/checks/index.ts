import type { Diagnostic, RuleLevel } from '../../diagnostics/index.ts';
import { partiesIdentificationRule, partiesSignatoriesRule } from './parties.ts';
import type { CheckContext, Rule } from './rule.ts';
import { contractDatesRule, lawApplicableRule, termDurationRule, terminationBreachRule, terminationConvenienceRule, termRenewalRule } from './term.ts';

export type { CheckContext, ContractKind, Finding, Law, Rule } from './rule.ts';

/** The one registry of checklist rules, in the brief's order. `infog rules` is generated from it. */
export const RULES: readonly Rule[] = [
  partiesIdentificationRule,
  partiesSignatoriesRule,
  contractDatesRule,
  termDurationRule,
  termRenewalRule,
  terminationConvenienceRule,
  terminationBreachRule,
  lawApplicableRule,
];

const SEVERITY = { required: 'error', recommended: 'warning', optional: 'info' } as const;

/** Runs every rule that applies to this contract, at the level its profile gives it. */
export function runRules(ctx: CheckContext, report: (d: Diagnostic) => void): void {
  for (const rule of RULES) {
    const level: RuleLevel | undefined = rule.levelIn ? rule.levelIn(ctx) : rule.code.level;
    if (level === undefined) continue;
    rule.check(ctx, (f) => {
      report(rule.code.create(f.file, f.range, { subject: f.subject ?? '', missing: f.missing }, {
        severity: SEVERITY[level],
        ...(f.fixes === undefined ? {} : { fixes: f.fixes }),
      }));
    });
  }
}
