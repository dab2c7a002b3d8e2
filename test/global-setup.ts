import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_CI } from './helpers/ci.ts';

// Once per run, before any test file:
//  - builds the bundles, so end-to-end tests run exactly what users run and never a stale build;
//  - opens the folder where every process of the run records the diagnostic codes it emits
//    (`INFOG_RECORD_CODES`, inherited by the test workers; test/diagnostics/emitted.test.ts reads it);
//  - chooses the seed of every fast-check property (`FC_SEED`, applied by test/setup.ts): the one
//    given, else a fixed one under CI (CI=true) so a CI failure replays exactly, else a new one per
//    run; it is printed either way. Replay with `FC_SEED=<seed> npm test` (test/README.md).
export const CI_SEED = 20_261_207;

export default function setup(): () => void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'infog-codes-'));
  process.env['INFOG_RECORD_CODES'] = dir;
  const given = Number(process.env['FC_SEED']);
  if (process.env['FC_SEED'] && Number.isInteger(given)) process.env['FC_SEED_GIVEN'] = '1';
  const seed = process.env['FC_SEED_GIVEN'] ? given : IN_CI ? CI_SEED : Math.floor(Math.random() * 2 ** 31);
  process.env['FC_SEED'] = String(seed);
  process.stdout.write(`fast-check seed ${seed}${IN_CI ? ' (CI)' : ''}: replay with FC_SEED=${seed} npm test\n`);
  return () => rmSync(dir, { recursive: true, force: true });
}
