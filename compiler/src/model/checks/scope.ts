import type { Rule, Validator } from './rule.ts';
import { scopeRuleList } from './scope/rules.ts';
import { validateScope } from './scope/validators.ts';

// Checklist rules (brief §2.5, IG3035–IG3051) and validity checks (IG4100–IG4129) of the "scope"
// topics: inventory, services, helpdesk, advice, obligations, governance. Registered in ./index.ts.
export const scopeRules: readonly Rule[] = scopeRuleList;

export const scopeValidators: readonly Validator[] = [validateScope];
