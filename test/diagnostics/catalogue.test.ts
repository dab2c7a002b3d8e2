import { beforeAll, describe, expect, it } from 'vitest';
import { allCodes, type CodeSpec, type MessageArgs } from '../../compiler/src/index.ts';
import { fullCatalogue } from './all-codes.ts';

// The catalogue is the only birthplace of diagnostics: every code unique (enforced when it loads),
// in the band of its stage, documented in both languages. The checks run on every band file of
// diagnostics/codes/, not only those the public API happens to import; that every code is also
// emitted by some test is checked after the whole suite (emitted.test.ts).

describe('diagnostics catalogue', () => {
  const viaIndex = allCodes().map((c) => c.code);
  let codes: readonly CodeSpec<MessageArgs>[] = [];
  beforeAll(async () => {
    codes = await fullCatalogue();
  });

  it('is loaded whole by the public API, so `infog explain`, the docs and the editor know every code', () => {
    expect(codes.length).toBeGreaterThan(250);
    expect(viaIndex).toEqual(codes.map((c) => c.code));
  });

  it('has codes in the bands of their stage, each unique', () => {
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    for (const c of codes) expect(c.code).toMatch(/^IG[0-8]\d{3}$/);
    // The PDF band (IG60xx) and the formatter's (IG69xx) are part of it.
    expect(codes.filter((c) => c.code.startsWith('IG60')).length).toBeGreaterThanOrEqual(10);
    expect(codes.some((c) => c.code === 'IG6900')).toBe(true);
    // The amendments band (IG80xx) too.
    expect(codes.filter((c) => c.code.startsWith('IG80')).length).toBeGreaterThanOrEqual(6);
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
});
