import type { StatementSpec } from '../types.ts';

// Contract-level statements of the "sla" topics (see ../../../../ARCHITECTURE.md); listed in contract.ts.
export const slaStatements: readonly StatementSpec[] = [];
