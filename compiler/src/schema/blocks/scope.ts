import type { StatementSpec } from '../types.ts';
import { scope } from './scope/inventory.ts';
import { services } from './scope/services.ts';
import { support } from './scope/support.ts';
import { advice, governance, obligations } from './scope/governance.ts';

// Contract-level statements of the "scope" topics (brief §2.5), listed in contract.ts:
// `scope` (inventory, exclusions), `services`, `support` (helpdesk, on-site), `advice`, `obligations`,
// `governance`. Each lives in ./scope/.
export const scopeStatements: readonly StatementSpec[] = [scope, services, support, advice, obligations, governance];
