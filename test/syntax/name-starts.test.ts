import { describe, expect, it } from 'vitest';
import { NAME_START_RANGES } from '../../compiler/src/syntax/name-starts.generated.ts';

// The generated table of name-start characters agrees with the runtime's Unicode data
// (regenerate with `node scripts/gen-name-starts.ts` after a Node upgrade changes Unicode).
describe('name-start table', () => {
  it('lists exactly the BMP letters and "_"', () => {
    const listed = new Set<number>();
    for (const r of NAME_START_RANGES.split(',')) {
      const [a, b] = r.split('-');
      const from = parseInt(a ?? '', 36);
      for (let c = from; c <= (b === undefined ? from : parseInt(b, 36)); c++) listed.add(c);
    }
    const re = /^[\p{L}_]$/u;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (re.test(String.fromCharCode(c)) !== listed.has(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
