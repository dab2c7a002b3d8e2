import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRandomContract } from './generate.ts';
import { violations } from './invariants.ts';
import { mutate } from './mutate.ts';
import { Random } from './random.ts';
import { hugeToken, longWordContract, longWordViolations } from './shapes.ts';

// The normal test run replays every saved fuzz regression and a short, fixed-seed slice of the fuzzer.

const REGRESSIONS = join(import.meta.dirname, 'regressions');

describe('fuzz regressions', () => {
  const files = readdirSync(REGRESSIONS).filter((f) => f.endsWith('.infog'));
  it.each(files.length > 0 ? files : ['(none yet)'])('%s', (file) => {
    if (file === '(none yet)') return;
    expect(violations(readFileSync(join(REGRESSIONS, file), 'utf8'))).toEqual([]);
  });
});

describe('fuzz slice (fixed seeds)', () => {
  it('generated contracts satisfy the invariants', () => {
    for (let seed = 1; seed <= 150; seed++) expect(violations(generateRandomContract(seed)), `seed ${seed}`).toEqual([]);
  });

  it('mutated examples satisfy the invariants', () => {
    const example = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'cabinet-dupont.infog'));
    const r = new Random(7);
    for (let i = 0; i < 150; i++) {
      const text = new TextDecoder().decode(mutate(example, r, [example]));
      expect(violations(text), `mutation ${i}`).toEqual([]);
    }
  });
});

describe('parser fallback', () => {
  // IG1020 is the parser's last-resort code for an error Chevrotain reports on its own; the grammar
  // accepts every token sequence, so no input should ever produce it.
  it('is never produced by generated or mutated inputs', async () => {
    const { parse } = await import('../../compiler/src/index.ts');
    for (let seed = 1; seed <= 100; seed++) {
      const { diagnostics } = parse({ path: 'x.infog', text: generateRandomContract(seed).replace(/\n/g, seed % 2 ? ' , ' : '\n}{') });
      expect(diagnostics.map((d) => d.code)).not.toContain('IG1020');
    }
  });
});

describe('blow-up shapes of issue 17 (fixed seeds)', () => {
  it('one huge token: no throw, no internal error, ranges inside the text', () => {
    const r = new Random(17);
    for (let i = 0; i < 6; i++) {
      const text = hugeToken(r);
      expect(violations(text), `huge token ${i}`).toEqual([]);
    }
  });

  it('one long word through compile: refused by the checker, never given to the layout', () => {
    const flagship = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'cabinet-dupont.infog'), 'utf8');
    const r = new Random(17);
    for (let i = 0; i < 3; i++) expect(longWordViolations(longWordContract(r, flagship)), `long word ${i}`).toEqual([]);
  }, 120_000);
});
