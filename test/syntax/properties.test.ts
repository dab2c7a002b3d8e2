import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../compiler/src/ast/index.ts';
import { invariantViolation } from './helpers.ts';

// Properties every parse keeps: it never throws, and every node and diagnostic range lies in the text,
// with node ranges nested inside their parents'.

function holds(text: string): boolean {
  const result = parse({ path: 'prop.infog', text });
  const problem = invariantViolation(text, result);
  if (problem !== undefined) throw new Error(problem);
  // The last-resort catch must never be reached.
  return !result.diagnostics.some((d) => d.code === 'IG0099');
}

const FRAGMENTS = [
  'party', 'provider', 'ns', 'import', 'mon', '..', 'fri', 'EUR', 'min', 'FR-69', 'société',
  '"str"', '"un', '"esc\\q"', '"""', '"""\n  text\n  """', '1450.00', '25', '99.5%', '2027-01-01',
  '2027-02-30', '2026-10', '08:00', '24:00', '08:00-18:00', '25:61', '{', '}', ',', ';', '\n', '\r\n',
  ' ', '\t', '//c', '/*', '*/', '@', '\0', '\u202E', '\uFFFD', '-', '.', '/', '\u00A0',
];

const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
const tightSoup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

const here = import.meta.dirname;
const VALID = readdirSync(join(here, 'valid'))
  .filter((f) => f.endsWith('.infog'))
  .map((f) => readFileSync(join(here, 'valid', f), 'utf8'));

type Edit = { op: 'insert' | 'delete' | 'replace'; at: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 })),
});

function mutate(base: string, edits: readonly Edit[]): string {
  let s = base;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    if (e.op === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + 1 + (e.at % 7));
    else s = s.slice(0, at) + e.text + s.slice(at + e.text.length);
  }
  return s;
}

describe('parse properties', () => {
  it('random strings (any UTF-16, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holds), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 300 }), holds), { numRuns: 400 });
  });

  it('token soups', () => {
    fc.assert(fc.property(soup, holds), { numRuns: 500 });
    fc.assert(fc.property(tightSoup, holds), { numRuns: 500 });
  });

  it('mutations of the valid corpus', () => {
    expect(VALID.length).toBeGreaterThan(0);
    const arb = fc.tuple(fc.nat({ max: VALID.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(arb, ([i, edits]) => holds(mutate(VALID[i] ?? '', edits))),
      { numRuns: 500 },
    );
  });

  it('every prefix of the valid corpus (a file being typed)', () => {
    for (const text of VALID) {
      for (let n = 0; n <= text.length; n += 3) expect(holds(text.slice(0, n))).toBe(true);
    }
  });
});
