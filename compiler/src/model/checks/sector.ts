import type { Rule, Validator } from './rule.ts';
import { sectorRules } from './sector/rules.ts';
import { validateSector } from './sector/validate.ts';

// Checklist rules and validity checks of the sector profiles, the security annex and the
// sub-processor list (schema/blocks/sector-profiles.ts), registered in ./index.ts.
export const sectorCheckRules: readonly Rule[] = sectorRules;
export const sectorValidators: readonly Validator[] = [validateSector];
