import type { Rule, Validator } from './rule.ts';

// Checklist rules of the "commercial" topics, registered in ./index.ts.
export const commercialRules: readonly Rule[] = [];

// Validity checks (brief §3) of the same topics, registered in ./index.ts.
export const commercialValidators: readonly Validator[] = [];
