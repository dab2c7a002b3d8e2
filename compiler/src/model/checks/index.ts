import type { Diagnostic, RuleLevel } from '../../diagnostics/index.ts';
import { compareText } from '../../text/index.ts';
import { partiesIdentificationRule, partiesSignatoriesRule } from './parties.ts';
import type { CheckContext, Rule, Validator } from './rule.ts';
import { readWaivers, type Waiver } from './waivers.ts';
import { commercialRules, commercialValidators } from './commercial.ts';
import { scopeRules, scopeValidators } from './scope.ts';
import { slaRules, slaValidators } from './sla.ts';
import { dataExitRules, dataExitValidators } from './data-exit.ts';
import { formationRules, formationValidators } from './formation.ts';
import { sectorCheckRules, sectorValidators } from './sector.ts';
import { validateParties } from './validate-parties.ts';
import { validateCountryFacts } from './country.ts';
import { validateCompleteness } from './completeness.ts';
import { contractDatesRule, lawApplicableRule, termDurationRule, terminationBreachRule, terminationConvenienceRule, termRenewalRule } from './term.ts';

export type { CheckContext, ContractKind, Finding, Law, Rule, Validator } from './rule.ts';
export type { Waiver } from './waivers.ts';

/** The one registry of checklist rules, sorted by code, i.e. in the brief's order. `infog rules` is generated from it. */
export const RULES: readonly Rule[] = [
  partiesIdentificationRule,
  partiesSignatoriesRule,
  contractDatesRule,
  termDurationRule,
  termRenewalRule,
  terminationConvenienceRule,
  terminationBreachRule,
  lawApplicableRule,
  ...commercialRules,
  ...scopeRules,
  ...slaRules,
  ...dataExitRules,
  ...formationRules,
  ...sectorCheckRules,
].sort((a, b) => compareText(a.code.code, b.code.code));

/** The validity checks of brief §3, run after the rules. */
export const VALIDATORS: readonly Validator[] = [
  validateParties,
  validateCountryFacts,
  validateCompleteness,
  ...commercialValidators,
  ...scopeValidators,
  ...slaValidators,
  ...dataExitValidators,
  ...formationValidators,
  ...sectorValidators,
];

const SEVERITY = { required: 'error', recommended: 'warning', optional: 'info' } as const;

/**
 * Runs every rule that applies to this contract, at the level its profile gives it, honouring the
 * contract's waivers, then the validity checks. Returns the waivers in force (for the PDF annex).
 */
export function runRules(ctx: CheckContext, report: (d: Diagnostic) => void): readonly Waiver[] {
  const levelOf = (rule: Rule): RuleLevel | undefined => (rule.levelIn ? rule.levelIn(ctx) : rule.code.level);
  const waivers = readWaivers(ctx, RULES, levelOf, report);
  const fired = new Set<string>();
  for (const rule of RULES) {
    const level = levelOf(rule);
    if (level === undefined) continue;
    const id = rule.code.rule ?? '';
    rule.check(ctx, (f) => {
      fired.add(id);
      if (waivers.isWaived(id)) return;
      const args = {
        subject: f.subject ?? '',
        missing: f.missing,
        state: f.absent === true ? 'absent' as const : 'incomplete' as const,
        ...(f.present && f.present.length > 0 ? { present: f.present } : {}),
        law: ctx.law ?? '',
      };
      report(rule.code.create(f.file, f.range, args, {
        severity: SEVERITY[level],
        ...(f.fixes === undefined ? {} : { fixes: f.fixes }),
      }));
    });
  }
  waivers.reportUnused(fired, report);
  // Validity messages give examples written for the contract's law (amounts in CHF in Geneva).
  const withLaw = (d: Diagnostic): void => report(d.args['law'] === undefined ? { ...d, args: { ...d.args, law: ctx.law ?? '' } } : d);
  for (const validate of VALIDATORS) validate(ctx, withLaw);
  return waivers.waivers;
}
