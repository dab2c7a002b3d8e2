import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file at `path`. With `UPDATE_GOLDEN=1` (the `npm run
 * update-golden` script) the file is rewritten instead; review the change with `git diff`.
 * A missing golden file is a failure, never silently created, so a forgotten file cannot pass CI.
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file missing: ${path} (run npm run update-golden)`);
  expect(actual, `golden ${path}`).toBe(readFileSync(path, 'utf8'));
}
