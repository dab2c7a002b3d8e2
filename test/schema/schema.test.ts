import { describe, expect, it } from 'vitest';
import { allStatements } from '../../compiler/src/index.ts';
import type { BlockSpec, Slot } from '../../compiler/src/index.ts';

// Invariants of the vocabulary: unique keywords per block, documentation everywhere.

describe('schema', () => {
  const all = allStatements();

  it('has unique keywords within each block', () => {
    const blocks = new Set<BlockSpec>(all.flatMap(({ spec }) => (spec.block ? [spec.block] : [])));
    for (const block of blocks) {
      const keywords = block.statements.map((s) => s.keyword);
      expect(new Set(keywords).size, keywords.join(',')).toBe(keywords.length);
    }
  });

  it('documents every statement and enum value in French and English, with an example', () => {
    const enums = (slots: readonly Slot[]): Slot[] => slots.flatMap((s) => (s.kind === 'group' ? enums(s.slots) : [s]));
    for (const { path, spec } of all) {
      expect(spec.doc.fr.length, path).toBeGreaterThan(3);
      expect(spec.doc.en.length, path).toBeGreaterThan(3);
      expect(spec.example.startsWith(spec.keyword), `${path} example starts with its keyword`).toBe(true);
      for (const slot of enums(spec.args)) {
        if (slot.kind === 'value' && slot.type.kind === 'enum') {
          for (const v of slot.type.values) expect(v.doc.fr && v.doc.en, `${path} ${v.name}`).toBeTruthy();
        }
      }
    }
  });

  it('declares names only through a `name` slot', () => {
    for (const { path, spec } of all) {
      if (!spec.declares) continue;
      const slot = spec.args.find((s) => s.kind === 'value' && s.name === spec.declares?.slot);
      expect(slot?.kind === 'value' && slot.type.kind === 'name', path).toBe(true);
    }
  });
});
