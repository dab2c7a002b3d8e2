import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../compiler/src/index.ts';
import { unprintedFacts } from '../../compiler/src/backends/document/index.ts';
import { built, EXAMPLE_NAMES, LANGS } from './helpers.ts';

// Nothing declared is silently dropped: every fact of every example (and of the full fixture) is
// printed in each language, or its statement is marked `unprinted` in the schema with a reason.


describe('fact ledger', () => {
  for (const name of [...EXAMPLE_NAMES, 'full']) {
    for (const lang of LANGS) {
      it(`${name} (${lang}) prints every declared fact`, () => {
        const b = built(name, lang);
        const missing = unprintedFacts(b.checked.model, b.result.ledger, lang).map((d) => String(d.args['path']));
        expect(missing.every((p) => p !== '')).toBe(true);
        expect([...new Set(missing)].sort()).toEqual([]);
      });
    }
  }

  it('names the missing fact in the warning', () => {
    const b = built('cabinet-dupont.infog', 'fr');
    const d = unprintedFacts(b.checked.model, new Map(), 'fr')[0];
    expect(d?.code).toBe('IG6011');
    expect(renderMessage(d!, 'fr')).toMatch(/est déclaré mais n'apparaît pas dans le contrat rédigé en français/u);
  });
});
