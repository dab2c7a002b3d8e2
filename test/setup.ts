import { appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { recordEmittedCodes } from '../compiler/src/cli/record-codes.ts';

// Runs in the test worker before each test file (vitest `setupFiles`):
//  - seeds every fast-check property with the run's seed (chosen and printed by global-setup.ts);
//  - records the codes this file makes the compiler emit in-process, and that the file ran, for
//    test/diagnostics/emitted.test.ts.
const seed = Number(process.env['FC_SEED']);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
const dir = process.env['INFOG_RECORD_CODES'];
if (dir) {
  recordEmittedCodes(process.env);
  const file = expect.getState().testPath;
  if (file) appendFileSync(join(dir, 'ran.txt'), `${relative(join(import.meta.dirname, '..'), file).split('\\').join('/')}\n`);
}
