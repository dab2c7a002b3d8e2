import type { StatementSpec } from '../types.ts';

// Contract-level statements of the "scope" topics (see ../../../../ARCHITECTURE.md); listed in contract.ts.
export const scopeStatements: readonly StatementSpec[] = [];
