import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { loadFonts } from './helpers.ts';

// The contract's typeface covers written French entirely, including the spaces French needs.

const FRENCH = 'àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ«»€’‘“”–—…°§\u00A0\u202F';

describe('fonts', () => {
  for (const [style, bytes] of Object.entries(loadFonts())) {
    it(`${style} covers French`, () => {
      const font = fontkit.create(Buffer.from(bytes));
      expect('hasGlyphForCodePoint' in font).toBe(true);
      if (!('hasGlyphForCodePoint' in font)) return;
      const missing = [...FRENCH].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
      expect(missing).toEqual([]);
    });
  }
});
