import { join } from 'node:path';
import { describe, it } from 'vitest';
import { buildDocument } from '../../compiler/src/backends/document/index.ts';
import { toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { checkFull } from './full.ts';

// The PDF layout of the full fixture: pdfmake's input (plain JSON), so a change of styles, tables,
// headings or furniture shows in review. What the text says is checked on the document itself
// (test/document); this golden is about layout only. Refresh with `npm run update-golden`.

const GOLDEN = join(import.meta.dirname, 'golden');

describe('PDF document definition (layout)', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`fixtures/full.infog (${lang})`, () => {
      const { result, host } = checkFull();
      const { document } = buildDocument(result.model, { lang, draft: false, host });
      expectGolden(join(GOLDEN, `full.${lang}.json`), `${JSON.stringify(toDefinition(document!), null, 1)}\n`);
    });
  }
});
