import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, makeSource, type CheckResult } from '../../compiler/src/index.ts';
import { diffModels, type DiffDetail } from '../../compiler/src/backends/diff/index.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// Shared by the diff tests: a contract's text checked in memory, and the flagship with edits.

export const FLAGSHIP = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');

export function checkText(text: string, path = 'contrat.infog', files: Record<string, string> = { [path]: text }): CheckResult {
  const host = new MemoryHost(files);
  return checkSource(makeSource(path, text), host);
}

export function diffTexts(a: string, b: string): DiffDetail {
  return diffModels(checkText(a).model, checkText(b).model);
}

/** Replaces exactly one occurrence of `from` (fails loudly when the fixture moved). */
export function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}
