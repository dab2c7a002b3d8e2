import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes } from '../../compiler/src/index.ts';
import { REPO } from '../helpers/host.ts';

// The catalogue is the only birthplace of diagnostics: every code unique (enforced when it loads),
// documented in both languages, and exercised by at least one test or corpus expectation.

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : /\.(ts|infog|diag|json)$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe('diagnostics catalogue', () => {
  const codes = allCodes();

  it('has codes in the bands of their stage, each unique', () => {
    expect(codes.length).toBeGreaterThan(20);
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    for (const c of codes) expect(c.code).toMatch(/^IG[0-7]\d{3}$/);
  });

  it('documents every code in French and English', () => {
    for (const c of codes) {
      expect(c.title.fr.length, c.code).toBeGreaterThan(2);
      expect(c.title.en.length, c.code).toBeGreaterThan(2);
      expect(c.doc.explanation.fr.length, c.code).toBeGreaterThan(20);
      expect(c.doc.explanation.en.length, c.code).toBeGreaterThan(20);
    }
  });

  it('gives checklist codes their rule id and a legal basis or example', () => {
    for (const c of codes.filter((x) => x.code.startsWith('IG3'))) {
      expect(c.rule, c.code).toBeTruthy();
      expect(c.doc.legalBasis ?? c.doc.example, c.code).toBeTruthy();
    }
  });

  it('has every code produced by at least one test', () => {
    const self = join(import.meta.dirname, 'catalogue.test.ts');
    const corpus = testFiles(join(REPO, 'test')).filter((f) => f !== self).map((f) => readFileSync(f, 'utf8')).join('\n');
    const untested = codes.filter((c) => !corpus.includes(c.code)).map((c) => c.code);
    expect(untested, `codes no test names: add a corpus case (see ${relative(REPO, join(REPO, 'test', 'README.md'))})`).toEqual([]);
  });
});
