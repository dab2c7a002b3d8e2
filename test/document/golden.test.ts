import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.ts';
import { built, EXAMPLE_NAMES, exampleFiles, LANGS } from './helpers.ts';

// Goldens of the rendered text of every example and of the full fixture, in French and English: the
// document as a reader sees it, reviewed in the diff when wording changes (`npm run update-golden`).
// They are snapshots for review; what the text must say is checked by ledger, fidelity and
// proof-reading tests.

const GOLDEN = join(import.meta.dirname, 'golden');

describe('rendered text', () => {
  it('covers every example of examples/', () => {
    expect(exampleFiles()).toEqual([...EXAMPLE_NAMES].sort());
  });

  for (const name of [...EXAMPLE_NAMES, 'full']) {
    for (const lang of LANGS) {
      it(`${name} (${lang})`, () => {
        const b = built(name, lang);
        expect(b.result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}`)).toEqual([]);
        expectGolden(join(GOLDEN, `${name.replace(/\.infog$/u, '')}.${lang}.txt`), b.text);
      });
    }
  }
});
