import type { StatementSpec } from '../types.ts';
import { hours } from './sla/hours.ts';
import { sla } from './sla/sla-block.ts';

// Contract-level statements of the "sla" topics (see ../../../../ARCHITECTURE.md); listed in contract.ts:
// service calendars (`hours`, ./sla/hours.ts) and the service level agreement (`sla`, ./sla/sla-block.ts).
export const slaStatements: readonly StatementSpec[] = [hours, sla];
export { METRICS, TARGET_UNITS } from './sla/sla-block.ts';
