import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Builds the bundles once before the suite, so end-to-end tests run exactly what users run and
// never a stale build.
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
