import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../compiler/src/index.ts';
import { completeExamples, DONOR_DIRS, donors } from './donors.ts';
import { generateRandomContract } from './generate.ts';
import { describe as describeViolations, reachedNothing, violations } from './invariants.ts';
import { mutate, mutateValues } from './mutate.ts';
import { Random } from './random.ts';
import { hugeToken, longWordContract, longWordViolations } from './shapes.ts';

// The normal test run replays every saved fuzz regression and a short, fixed-seed slice of the fuzzer
// (npm run fuzz runs it long, with a new seed).

const REGRESSIONS = join(import.meta.dirname, 'regressions');
const DONORS = donors();
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('fuzz regressions', () => {
  const files = readdirSync(REGRESSIONS).filter((f) => f.endsWith('.infog')).sort();

  it('has minimised inputs to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(file, () => {
      expect(describeViolations(violations(readFileSync(join(REGRESSIONS, file), 'utf8')))).toBe('');
    });
  }
});

describe('fuzz slice (fixed seeds)', () => {
  it('mutates from every example, the stdlib and the corpus', () => {
    for (const dir of DONOR_DIRS) expect(DONORS.some((d) => d.path.startsWith(dir.split('\\').join('/'))), dir).toBe(true);
    expect(DONORS.filter((d) => d.path.startsWith('stdlib/clauses/')).length).toBeGreaterThan(10);
    expect(completeExamples().map((d) => d.path)).toEqual(['examples/cabinet-dupont.infog', 'examples/geneve-atelier-rochat.infog', 'examples/namur-dentisterie.infog', 'examples/nantes-paiements.infog', 'examples/strasbourg-clinique.infog']);
  });

  it('generated contracts satisfy the invariants', () => {
    const reached = reachedNothing();
    for (let seed = 1; seed <= 120; seed++) expect(describeViolations(violations(generateRandomContract(seed), reached)), `seed ${seed}`).toBe('');
    // They parse well enough to be formatted, and every one gets a draft PDF definition.
    expect(reached.format).toBeGreaterThan(60);
    expect(reached.draft + reached.clean).toBe(120);
  }, 120_000);

  it('byte-level mutations of the donors satisfy the invariants', () => {
    const r = new Random(7);
    const bytes = DONORS.map((d) => d.bytes);
    for (let i = 0; i < 120; i++) {
      const base = r.pick(DONORS);
      const text = decode(mutate(base.bytes, r, bytes));
      expect(describeViolations(violations(text)), `mutation ${i} of ${base.path}`).toBe('');
    }
  }, 120_000);

  it('value mutations of the examples reach the backends, and satisfy the invariants', () => {
    const r = new Random(11);
    const examples = completeExamples().map((d) => decode(d.bytes));
    const reached = reachedNothing();
    for (let i = 0; i < 24; i++) {
      const text = mutateValues(r.pick(examples), r);
      expect(describeViolations(violations(text, reached)), `value mutation ${i}`).toBe('');
    }
    expect(reached.clean).toBeGreaterThan(5);
    expect(reached.sla).toBe(reached.clean);
    expect(reached.exports).toBe(8 * reached.sla);
    expect(reached.pdf).toBe(2 * reached.clean);
  }, 120_000);
});

describe('parser fallback (IG1020)', () => {
  // IG1020 is the parser's last-resort code for an error Chevrotain reports on its own; the grammar
  // accepts every token sequence, so no input should ever produce it (the invariants count it too).
  it('is never produced by generated or mutated inputs, even with their lines glued or split', () => {
    const r = new Random(13);
    const bytes = DONORS.map((d) => d.bytes);
    const inputs = [
      ...Array.from({ length: 60 }, (_, i) => generateRandomContract(i + 1)),
      ...Array.from({ length: 60 }, () => decode(mutate(r.pick(DONORS).bytes, r, bytes))),
    ];
    inputs.forEach((text, i) => {
      for (const variant of [text, text.replace(/\n/g, ' , '), text.replace(/\n/g, '\n}{')]) {
        expect(parse({ path: 'x.infog', text: variant }).diagnostics.map((d) => d.code), `input ${i}`).not.toContain('IG1020');
      }
    });
  }, 60_000);
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
