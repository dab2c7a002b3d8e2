import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allCodes, type CodeSpec, type MessageArgs } from '../../compiler/src/diagnostics/index.ts';
import { REPO } from '../helpers/host.ts';

// The whole catalogue: every band file of compiler/src/diagnostics/codes/ is loaded by listing the
// folder, so a code defined in a file nobody imports is still seen (the registry fills as band files
// load).

export const CODES_DIR = join(REPO, 'compiler', 'src', 'diagnostics', 'codes');

export async function fullCatalogue(): Promise<readonly CodeSpec<MessageArgs>[]> {
  for (const f of readdirSync(CODES_DIR).filter((n) => n.endsWith('.ts')).sort()) await import(join(CODES_DIR, f));
  return allCodes();
}
