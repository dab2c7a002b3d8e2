import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { observeCodes } from '../diagnostics/catalogue.ts';

// `INFOG_RECORD_CODES=<folder>`: a hook for the test suite, which must prove that every code of the
// catalogue is emitted somewhere while it runs, including by the CLI, its worker threads and the
// language server in child processes. Each process (thread) appends every code it creates, once, to
// its own file in that folder; test/diagnostics/emitted.test.ts compares the union with the catalogue.
// Unset (always, for users), nothing is observed.

export function recordEmittedCodes(env: Readonly<Record<string, string | undefined>>): void {
  const dir = env['INFOG_RECORD_CODES'];
  if (!dir) return;
  const file = join(dir, `${process.pid}-${threadId}.codes`);
  const seen = new Set<string>();
  observeCodes((code) => {
    if (seen.has(code)) return;
    seen.add(code);
    try {
      appendFileSync(file, `${code}\n`);
    } catch {
      // The folder is gone (the suite finished): recording is best effort, never a failure.
    }
  });
}
