import { appendFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import fc from 'fast-check';
import { expect } from 'vitest';
import { observeCodes } from '../compiler/src/diagnostics/catalogue.ts';

// Runs in the test worker before each test file (vitest `setupFiles`):
//  - seeds every fast-check property with the run's seed (chosen and printed by global-setup.ts);
//  - records the codes this file makes the compiler emit in-process, and that the file ran, for
//    test/diagnostics/emitted.test.ts.
const seed = Number(process.env['FC_SEED']);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
const dir = process.env['INFOG_RECORD_CODES'];
if (dir) {
  // Only what the compiler creates counts: a test calling `code.create(…)` itself (to check a
  // message, say) proves nothing about the product, so a diagnostic created from a file under test/
  // is not recorded. (The CLI and the server record through compiler/src/cli/record-codes.ts.)
  const tests = join(import.meta.dirname, sep);
  const testUrl = pathToFileURL(tests).href;
  const out = join(dir, `${process.pid}-${threadId}.codes`);
  const seen = new Set<string>();
  observeCodes((code) => {
    if (seen.has(code)) return;
    const frames = (new Error().stack ?? '').split('\n');
    const at = frames.findIndex((f) => f.includes(`diagnostics${sep}catalogue.ts`) || f.includes('diagnostics/catalogue.ts'));
    const caller = frames[at + 1] ?? '';
    if (at < 0 || caller.includes(tests) || caller.includes(testUrl)) return;
    seen.add(code);
    appendFileSync(out, `${code}\n`);
  });
  const file = expect.getState().testPath;
  if (file) appendFileSync(join(dir, 'ran.txt'), `${relative(join(import.meta.dirname, '..'), file).split('\\').join('/')}\n`);
}
