import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { buildDocument } from '../../compiler/src/backends/pdf/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { MemoryHost } from '../helpers/host.ts';
import { checkExample, cleanExamples, exampleHost } from './helpers.ts';

// Golden document definitions (pdfmake's input, plain JSON) for every example that checks without
// errors and for the full fixture, in French and English. Refresh with `npm run update-golden`.

const GOLDEN = join(import.meta.dirname, 'golden');

describe('document definitions', () => {
  for (const name of cleanExamples()) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        const host = exampleHost();
        const { model } = checkExample(name, host);
        const { definition, diagnostics } = buildDocument(model, { lang, draft: false, host });
        expect(diagnostics).toEqual([]);
        expectGolden(join(GOLDEN, `${name.replace(/\.infog$/u, '')}.${lang}.json`), `${JSON.stringify(definition, null, 1)}\n`);
      });
    }
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`fixtures/full.infog (${lang})`, () => {
      const text = readFileSync(join(import.meta.dirname, 'fixtures', 'full.infog'), 'utf8');
      const host = new MemoryHost({ 'full.infog': text });
      const { model, diagnostics: checked } = checkSource({ path: 'full.infog', text }, host);
      expect(checked.filter((d) => d.severity === 'error')).toEqual([]);
      const { definition, diagnostics } = buildDocument(model, { lang, draft: false, host });
      expect(diagnostics).toEqual([]);
      expectGolden(join(GOLDEN, `full.${lang}.json`), `${JSON.stringify(definition, null, 1)}\n`);
    });
  }
});
