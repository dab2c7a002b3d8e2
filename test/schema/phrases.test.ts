import { describe, expect, it } from 'vitest';
import { allStatements } from '../../compiler/src/index.ts';
import { checkPath, valueSlots, type Target } from '../../compiler/src/backends/document/facts.ts';
import { isPresetSlot } from '../../compiler/src/backends/document/ledger.ts';
import { FILTER_NAMES, splitFilter } from '../../compiler/src/backends/document/format.ts';
import { parseTemplate, walkTemplate } from '../../compiler/src/backends/document/template.ts';

// Every statement that carries facts reads as a whole, in French and in English: its phrase uses
// each of its value slots in both languages (docs/clauses.md, "Phrases"). A statement may stay out
// of print only with a reason (`unprinted`). Statements without a phrase yet are pinned and may only
// shrink.

const slotsUsed = (phrase: string): Set<string> => {
  const used = new Set<string>();
  for (const n of walkTemplate(parseTemplate(phrase, 0).nodes)) {
    const path = n.kind === 'fact' ? n.path : n.kind === 'if' ? n.cond.path : undefined;
    if (path) used.add(path.split('.')[0] ?? '');
  }
  return used;
};

describe('phrases', () => {
  const specs = allStatements().filter(({ path }) => path.startsWith('contract.'));

  const byPath = new Map(specs.map(({ path, spec }) => [path, spec]));
  /** The statement and its ancestors, innermost first: where a phrase's paths are read. */
  const scopes = (path: string): Target[] => {
    const parts = path.split('.');
    const out: Target[] = [];
    for (let i = parts.length; i > 1; i--) {
      const spec = byPath.get(parts.slice(0, i).join('.'));
      if (spec) out.push({ kind: 'stmt', spec });
    }
    return out;
  };

  it('parse, name real facts and filters, and use every value slot in both languages', () => {
    const problems: string[] = [];
    for (const { path, spec } of specs) {
      if (!spec.phrase) continue;
      for (const lang of ['fr', 'en'] as const) {
        const t = parseTemplate(spec.phrase[lang], 0);
        if (t.errors.length > 0) problems.push(`${path} (${lang}): ${t.errors.map((e) => e.detail).join('; ')}`);
        for (const n of walkTemplate(t.nodes)) {
          const p = n.kind === 'fact' ? n.path : n.kind === 'if' ? n.cond.path : undefined;
          if (p && !checkPath(p, scopes(path), () => true).ok) problems.push(`${path} (${lang}): unknown fact ${p}`);
          if (n.kind === 'fact' && n.filter && !FILTER_NAMES.includes(splitFilter(n.filter).name)) problems.push(`${path} (${lang}): unknown filter ${n.filter}`);
        }
        const used = slotsUsed(spec.phrase[lang]);
        for (const s of valueSlots(spec.args)) {
          if (spec.declares?.slot === s.name || isPresetSlot(s.type)) continue;
          if (!used.has(s.name)) problems.push(`${path} (${lang}): slot ${s.name} unused`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('exist for every statement that carries facts, unless it is unprinted with a reason', () => {
    const missing: string[] = [];
    for (const { path, spec } of specs) {
      if (spec.unprinted) {
        expect(spec.unprinted.fr.length > 10 && spec.unprinted.en.length > 10, path).toBe(true);
        continue;
      }
      // Declared names and the preset a statement starts from are identifiers, not facts (ledger.ts).
      const facts = valueSlots(spec.args).filter((s) => spec.declares?.slot !== s.name && !isPresetSlot(s.type));
      const presence = spec.args.length === 0 && !spec.block;
      if ((facts.length > 0 || presence) && !spec.phrase) missing.push(path);
    }
    // Every statement has a phrase or is marked `unprinted` with its reason.
    expect([...new Set(missing)].sort()).toEqual([]);
  });
});
