import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockNodes } from '../../compiler/src/backends/pdf/layout.ts';
import { BREAK_OPPORTUNITY, breakLongWords, findLongWord, MAX_WORD_LENGTH, WORD_CHUNK } from '../../compiler/src/text/index.ts';

// Issue 17: one unbreakable word of 20,000 characters took 20 s and 1 GB to lay out, one of a million
// ran out of memory. breakLongWords bounds the layout's work per word; the layout's text runs
// (textNodes in layout.ts) apply it.

const words = (t: string): string[] => t.split(/[\s\u200B]+/u);

describe('breakLongWords', () => {
  it('leaves text without over-long words untouched (the same string)', () => {
    const t = `Voir ci-après https://support.network-service.fr/${'x'.repeat(200)} et l’annexe 2.`;
    expect(breakLongWords(t)).toBe(t);
  });

  it('cuts a million-character word into chunks, in linear time', () => {
    const t0 = performance.now();
    const out = breakLongWords(`a ${'x'.repeat(1_000_000)} b`);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out.replaceAll(BREAK_OPPORTUNITY, '')).toBe(`a ${'x'.repeat(1_000_000)} b`);
    expect(Math.max(...words(out).map((w) => w.length))).toBe(WORD_CHUNK);
  });

  it('never cuts a character: surrogate pairs and combining marks stay whole', () => {
    const out = breakLongWords('😀'.repeat(300) + 'e\u0301'.repeat(300));
    for (const w of words(out)) {
      expect(/^[\uDC00-\uDFFF\u0301]/u.test(w)).toBe(false);
      expect(/[\uD800-\uDBFF]$/u.test(w)).toBe(false);
    }
  });

  it('property: removing the break opportunities gives the text back; no word stays over the limit', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(' ', '\n', 'x'.repeat(700), 'é'.repeat(300))), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      const out = breakLongWords(text);
      expect(out.replaceAll(BREAK_OPPORTUNITY, '')).toBe(text.replaceAll(BREAK_OPPORTUNITY, ''));
      expect(findLongWord(out)).toBeUndefined();
      expect(breakLongWords(out)).toBe(out);
    }));
  });
});

describe('the layout\'s text runs (through blockNodes)', () => {
  const para = (text: string) => blockNodes([{ kind: 'para', content: [{ kind: 'text', text }], strong: false }]);

  it('gives the layout no word over the limit, even a hyphenated one, quickly', () => {
    for (const word of ['x'.repeat(1_000_000), `ci-après${'-x'.repeat(300_000)}`]) {
      const t0 = performance.now();
      const [node] = para(`Voir ${word} ici.`);
      expect(performance.now() - t0).toBeLessThan(3000);
      const texts = (node?.['text'] as unknown[]).map((n) => (typeof n === 'string' ? n : (n as { text: string }).text));
      expect(findLongWord(texts.join(''), MAX_WORD_LENGTH)).toBeUndefined();
      expect((node?.['text'] as unknown[]).some((n) => typeof n === 'object' && (n as { noWrap?: boolean }).noWrap)).toBe(false);
    }
  });

  it('keeps a normal hyphenated word whole (noWrap), as before', () => {
    expect(para('Le prestataire ci-après désigné.')[0]?.['text']).toEqual(['Le prestataire ', { text: 'ci-après', noWrap: true }, ' désigné.']);
  });
});
