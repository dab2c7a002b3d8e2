import '../../diagnostics/codes/validate-commercial.ts';
import '../../diagnostics/codes/validate-price-risk.ts';
import { commercialRuleList } from './commercial/rules.ts';
import { validateCommercial } from './commercial/validate.ts';
import { validatePriceRisk } from './commercial/validate-price-risk.ts';
import type { Rule, Validator } from './rule.ts';

// Checklist rules of the "commercial" topics, registered in ./index.ts (brief §2.1–§2.4, §2.8
// compliance.vigilance); the rules live in ./commercial/rules.ts, their figures in ./profiles/commercial.ts.
export const commercialRules: readonly Rule[] = commercialRuleList;

// Validity checks (brief §3.2, §3.3, §3.5) of the same topics, registered in ./index.ts.
export const commercialValidators: readonly Validator[] = [validateCommercial, validatePriceRisk];
