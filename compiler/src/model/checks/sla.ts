import type { Rule, Validator } from './rule.ts';
import {
  acknowledgementRule, availabilityRule, calendarRule, clockRulesRule, escalationRule, measurementRule, onsiteDelayRule,
  penaltiesRemedyRule, penaltiesRule, prioritiesRule, reactionTimeRule, resolutionTimeRule, restorationTimeRule, serviceHoursRule,
} from './sla/rules.ts';
import { validateSla } from './sla/validate.ts';

// Checklist rules of the "sla" topics (brief §2.6, IG3052–IG3064, IG3100), registered in ./index.ts.
export const slaRules: readonly Rule[] = [
  serviceHoursRule, calendarRule, prioritiesRule, acknowledgementRule, reactionTimeRule, onsiteDelayRule,
  restorationTimeRule, resolutionTimeRule, clockRulesRule, availabilityRule, measurementRule, penaltiesRule, escalationRule,
  penaltiesRemedyRule,
];

// Validity checks (brief §3.4, §3.5) of the same topics (IG4130–IG4199 and the calendar's IG5001–IG5009).
export const slaValidators: readonly Validator[] = [validateSla];

// What the SLA JSON backend reads: the same facts the checks saw.
export { calendarHolidays, ELAPSED_CALENDAR, elapsedCalendar, isRoundTheClock, METRIC_ORDER, readCalendar, readSla, resolveTarget } from './sla/read.ts';
export type { Metric, SlaCalendar, SlaFacts, SlaPriority, SlaTarget } from './sla/read.ts';
export { allowedDowntimeMinutes, SLA_PROFILE } from './sla/profile.ts';
