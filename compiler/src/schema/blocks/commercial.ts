import type { StatementSpec } from '../types.ts';

// Contract-level statements of the "commercial" topics (see ../../../../ARCHITECTURE.md); listed in contract.ts.
export const commercialStatements: readonly StatementSpec[] = [];
