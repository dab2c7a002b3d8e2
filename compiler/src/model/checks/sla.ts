import type { Rule, Validator } from './rule.ts';

// Checklist rules of the "sla" topics, registered in ./index.ts.
export const slaRules: readonly Rule[] = [];

// Validity checks (brief §3) of the same topics, registered in ./index.ts.
export const slaValidators: readonly Validator[] = [];
