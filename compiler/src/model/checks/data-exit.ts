import type { Rule, Validator } from './rule.ts';

// Checklist rules of the "data-exit" topics, registered in ./index.ts.
export const dataExitRules: readonly Rule[] = [];

// Validity checks (brief §3) of the same topics, registered in ./index.ts.
export const dataExitValidators: readonly Validator[] = [];
