import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/host.ts';
import { fullCatalogue } from './all-codes.ts';

// Runs after the whole suite (its own vitest project, see vitest.config.ts): every code of the
// catalogue must have been EMITTED during the run — created by the compiler in a test worker, or by
// the CLI, its worker threads or the language server in a child process (`INFOG_RECORD_CODES`, see
// compiler/src/cli/record-codes.ts). Naming a code in a test is not enough, and neither is a test
// creating the diagnostic itself (test/setup.ts records only what the compiler's own code creates).

const DIR = process.env['INFOG_RECORD_CODES'];

/**
 * Codes the compiler cannot emit yet, each with the reason. The list may only shrink: once a code is
 * emitted, the test below fails until its entry is removed.
 */
const NOT_YET_EMITTED: Readonly<Record<string, string>> = {};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [relative(REPO, join(dir, e.name)).split('\\').join('/')] : []);
}

function lines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : [];
}

const self = relative(REPO, import.meta.filename).split('\\').join('/');
const ran = new Set(DIR ? lines(join(DIR, 'ran.txt')) : []);
const notRun = testFiles(join(REPO, 'test')).filter((f) => f !== self && !ran.has(f));
const partial = DIR === undefined || notRun.length > 0;
if (partial) {
  console.warn(
    `\n*** SKIPPED: the emitted-codes check needs the whole suite (npm test); this run left out ${DIR === undefined ? 'the recorder (INFOG_RECORD_CODES is unset)' : `${notRun.length} test file(s), e.g. ${notRun.slice(0, 3).join(', ')}`}.\n`,
  );
}

describe.skipIf(partial)('diagnostic codes emitted by the suite', () => {
  it('records codes from the test workers and from child processes', () => {
    const files = readdirSync(DIR ?? '').filter((f) => f.endsWith('.codes'));
    expect(files.length).toBeGreaterThan(10);
  });

  it('emits every code of the catalogue at least once', async () => {
    const dir = DIR ?? '';
    const emitted = new Set(readdirSync(dir).filter((f) => f.endsWith('.codes')).flatMap((f) => lines(join(dir, f))));
    const catalogue = await fullCatalogue();
    const never = catalogue.map((c) => c.code).filter((c) => !emitted.has(c) && NOT_YET_EMITTED[c] === undefined);
    expect(never, 'codes no test makes the compiler emit: add a test that produces each one').toEqual([]);
    const unknown = [...emitted].filter((c) => !catalogue.some((x) => x.code === c));
    expect(unknown, 'emitted codes missing from the catalogue').toEqual([]);
    const nowEmitted = Object.keys(NOT_YET_EMITTED).filter((c) => emitted.has(c) || !catalogue.some((x) => x.code === c));
    expect(nowEmitted, 'emitted now (or gone): remove them from NOT_YET_EMITTED').toEqual([]);
  });
});
