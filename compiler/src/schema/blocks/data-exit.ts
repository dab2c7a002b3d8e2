import type { StatementSpec } from '../types.ts';
import { exit } from './data-exit/exit.ts';
import { ip } from './data-exit/ip.ts';
import { personalData } from './data-exit/personal-data.ts';
import { reversibility } from './data-exit/reversibility.ts';
import { sector } from './sector.ts';
import { nis2, security } from './security.ts';

// Contract-level statements of the "data-exit" topics (brief §2.7, §2.8); listed in contract.ts.
// `personal_data` (GDPR art. 28 / LPD art. 9), `security` (the security annex) and `nis2`, `sector`
// (the client's regulated activity and its profile), `ip`, `reversibility` (the organised transfer)
// and `exit` (what is owed at the end: technical dossier, credentials, tools, undertaking, data, cloud).
export const dataExitStatements: readonly StatementSpec[] = [personalData, security, nis2, sector, ip, reversibility, exit];
