import type { Rule, Validator } from './rule.ts';

// Checklist rules of the "scope" topics, registered in ./index.ts.
export const scopeRules: readonly Rule[] = [];

// Validity checks (brief §3) of the same topics, registered in ./index.ts.
export const scopeValidators: readonly Validator[] = [];
