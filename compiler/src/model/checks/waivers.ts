import type { Diagnostic, RuleLevel } from '../../diagnostics/index.ts';
import { duplicateWaiver, requiredRuleWaived, unknownWaivedRule, unusedWaiver, waiverWithoutReason } from '../../diagnostics/codes/waivers.ts';
import type { Range } from '../../text/index.ts';
import { children, value } from '../query.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext, Rule } from './rule.ts';

// `waive "rule" because "reason"` (design principle 6): a RECOMMENDED or OPTIONAL rule can be
// silenced with a reason that stays in the contract's audit trail (and its annex of waivers);
// waiving a rule that is REQUIRED in this contract's profile is itself an error.

export interface Waiver {
  readonly rule: string;
  /** The rule's level for this contract (its profile), which the waiver sets aside. */
  readonly level?: RuleLevel;
  readonly reason: string;
  readonly file: string;
  readonly range: Range;
}

export interface WaiverSet {
  readonly waivers: readonly Waiver[];
  isWaived(rule: string): boolean;
  /** Reports the waivers whose rule produced nothing to silence. */
  reportUnused(fired: ReadonlySet<string>, report: (d: Diagnostic) => void): void;
}

export function readWaivers(ctx: CheckContext, rules: readonly Rule[], levelOf: (r: Rule) => RuleLevel | undefined, report: (d: Diagnostic) => void): WaiverSet {
  const byId = new Map(rules.map((r) => [r.code.rule ?? '', r]));
  const waivers: Waiver[] = [];
  // Waivers of REQUIRED rules are refused once the rules have run: the message then says whether
  // facts are missing or the rule is satisfied anyway.
  const refused: { rule: string; file: string; range: Range }[] = [];
  for (const w of children(ctx.contract, 'waive')) {
    const ruleValue = value(w, 'rule');
    const reasonValue = value(w, 'reason');
    if (ruleValue?.kind !== 'string') continue;
    const id = ruleValue.value;
    const rule = byId.get(id);
    if (!rule) {
      report(unknownWaivedRule.create(w.file, ruleValue.range, { rule: id, suggestions: suggest(id, [...byId.keys()]) }));
      continue;
    }
    if (waivers.some((x) => x.rule === id)) {
      report(duplicateWaiver.create(w.file, ruleValue.range, { rule: id }));
      continue;
    }
    const reason = reasonValue?.kind === 'string' ? reasonValue.value.trim() : '';
    if (reason === '') report(waiverWithoutReason.create(w.file, reasonValue?.range ?? ruleValue.range, { rule: id }));
    if (levelOf(rule) === 'required') {
      refused.push({ rule: id, file: w.file, range: ruleValue.range });
      continue;
    }
    const level = levelOf(rule);
    waivers.push({ rule: id, ...(level === undefined ? {} : { level }), reason, file: w.file, range: w.node.range });
  }
  return {
    waivers,
    isWaived: (rule) => waivers.some((w) => w.rule === rule),
    reportUnused(fired, rep) {
      for (const r of refused) rep(requiredRuleWaived.create(r.file, r.range, { rule: r.rule, satisfied: fired.has(r.rule) ? 'no' : 'yes' }));
      for (const w of waivers) if (!fired.has(w.rule)) rep(unusedWaiver.create(w.file, w.range, { rule: w.rule }));
    },
  };
}
