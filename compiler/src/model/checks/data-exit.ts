import '../../diagnostics/codes/validate-data-exit.ts';
import type { Rule, Validator } from './rule.ts';
import {
  exitCloudSwitchingRule, exitConfidentialityUndertakingRule, exitCredentialsHandoverRule, exitDataReturnRule,
  exitRemoteToolsRemovalRule, exitTechnicalDossierRule, reversibilityPlanRule,
} from './data-exit/exit.ts';
import { ipDeliverablesRule, ipPreexistingRule, ipThirdPartyLicencesRule } from './data-exit/ip.ts';
import { dataChNlpdRule, dataGdprDpaRule, dataSubprocessorsRule, dataTransfersRule } from './data-exit/personal-data.ts';
import { validateDataExit } from './data-exit/validate.ts';
import { reversibilityScheduleRule, validateReversibilitySchedule } from './data-exit/reversibility.ts';

// Checklist rules of the "data-exit" topics (brief §2.7 personal data and IP, §2.8 exit and
// reversibility), registered in ./index.ts.
export const dataExitRules: readonly Rule[] = [
  dataGdprDpaRule,
  dataSubprocessorsRule,
  dataTransfersRule,
  dataChNlpdRule,
  ipDeliverablesRule,
  ipPreexistingRule,
  ipThirdPartyLicencesRule,
  reversibilityPlanRule,
  reversibilityScheduleRule,
  exitTechnicalDossierRule,
  exitCredentialsHandoverRule,
  exitRemoteToolsRemovalRule,
  exitConfidentialityUndertakingRule,
  exitDataReturnRule,
  exitCloudSwitchingRule,
];

// Validity checks (brief §3.5) of the same topics, registered in ./index.ts.
export const dataExitValidators: readonly Validator[] = [validateDataExit, validateReversibilitySchedule];
