import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, type CheckResult } from '../../compiler/src/index.ts';
import { MemoryHost } from '../helpers/host.ts';

// The full fixture: one contract stating almost every fact, so every clause is printed.

export const FULL_TEXT = readFileSync(join(import.meta.dirname, 'fixtures', 'full.infog'), 'utf8');

export function checkFull(text = FULL_TEXT): { result: CheckResult; host: MemoryHost } {
  const host = new MemoryHost({ 'full.infog': text });
  return { result: checkSource({ path: 'full.infog', text }, host), host };
}
