import type { StatementSpec } from '../types.ts';

// Contract-level statements of the "data-exit" topics (see ../../../../ARCHITECTURE.md); listed in contract.ts.
export const dataExitStatements: readonly StatementSpec[] = [];
