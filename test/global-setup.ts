import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Once per run, before any test file:
//  - builds the bundles, so end-to-end tests run exactly what users run and never a stale build;
//  - opens the folder where every process of the run records the diagnostic codes it emits
//    (`INFOG_RECORD_CODES`, inherited by the test workers; test/diagnostics/emitted.test.ts reads it).
export default function setup(): () => void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'infog-codes-'));
  process.env['INFOG_RECORD_CODES'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
