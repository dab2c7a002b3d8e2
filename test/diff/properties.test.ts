import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canon, contractFacts, diffModels, type Change } from '../../compiler/src/backends/diff/index.ts';
import { formatText } from '../../compiler/src/format/index.ts';
import type { TypedValue } from '../../compiler/src/model/index.ts';
import { EXAMPLE_NAMES } from '../document/helpers.ts';
import { checkText, diffTexts, edit, flagshipAmended, FLAGSHIP } from './helpers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/host.ts';
import { generateRandomContract } from '../fuzz/generate.ts';

// The "Done when": the diff of a contract with itself, or with its formatted copy, is empty;
// each single-fact edit gives exactly one change, at that fact; diff(a, b) and diff(b, a) are inverse.

const examples = EXAMPLE_NAMES.map((n) => [n, readFileSync(join(REPO, 'examples', n), 'utf8')] as const);

/** A change seen from the other side: added ↔ removed, old ↔ new. */
function inverse(c: Change): unknown {
  const kind = c.kind === 'added' ? 'removed' : c.kind === 'removed' ? 'added' : 'changed';
  return { kind, key: c.key, path: c.path, slots: c.slots, old: c.new?.values, new: c.old?.values };
}
const plain = (c: Change): unknown => ({ kind: c.kind, key: c.key, path: c.path, slots: c.slots, old: c.old?.values, new: c.new?.values });

describe('diff properties', () => {
  it.each(examples)('%s against itself is empty', (_n, text) => {
    const m = checkText(text).model;
    expect(contractFacts(m.contract).size).toBeGreaterThan(100);
    expect(diffModels(m, checkText(text).model).changes).toEqual([]);
  });

  it.each(examples)('%s against its formatted copy, without comments, is empty', (_n, text) => {
    const formatted = formatText(text.replace(/^\s*\/\/.*$/gmu, ''));
    if (!formatted.ok) throw new Error('format failed');
    expect(formatted.text).not.toBe(text);
    expect(diffTexts(text, formatted.text).changes).toEqual([]);
  });

  it('ignores the order of blocks and of named items', () => {
    // The scope and services blocks swapped, and two priorities of the SLA swapped.
    const scopeAt = FLAGSHIP.indexOf('  scope {');
    const servicesAt = FLAGSHIP.indexOf('  services {');
    const servicesEnd = FLAGSHIP.indexOf('\n  }\n', servicesAt) + 5;
    const scope = FLAGSHIP.slice(scopeAt, servicesAt);
    const services = FLAGSHIP.slice(servicesAt, servicesEnd);
    const swapped = FLAGSHIP.slice(0, scopeAt) + services + scope + FLAGSHIP.slice(servicesEnd);
    expect(swapped).not.toBe(FLAGSHIP);
    expect(diffTexts(FLAGSHIP, swapped).changes).toEqual([]);
  });

  it('compares a fact from a preset by its value', () => {
    const contract = (sla: string, imports: string): string => `${imports}
contract "Test" {
  law FR
  ${sla}
}
`;
    const preset = 'preset sla mine {\n  priority P1 "Bloquant" "Blocking" {\n    restore 4 business_hours\n    resolve 2 business_days\n  }\n}\n';
    const a = { 'contrat.infog': contract('sla from mine { calendar business }', 'import "./presets"'), 'presets.infog': preset };
    const written = contract('sla {\n    calendar business\n    priority P1 "Bloquant" "Blocking" { restore 4 business_hours; resolve 2 business_days }\n  }', '');
    const ma = checkText(a['contrat.infog'], 'contrat.infog', a).model;
    const mb = checkText(written).model;
    expect(contractFacts(ma.contract).has('sla.priority[P1].restore')).toBe(true);
    expect(diffModels(ma, mb).changes).toEqual([]);
    const faster = checkText(written.replace('restore 4 business_hours', 'restore 2 business_hours')).model;
    expect(diffModels(ma, faster).changes.map((c) => c.key)).toEqual(['sla.priority[P1].restore']);
  });

  // Every number of the flagship, as a fact: where it is written and its identity.
  const base = checkText(FLAGSHIP).model;
  const numbers: { key: string; start: number; end: number; text: string }[] = [];
  for (const f of contractFacts(base.contract).values()) {
    if (f.b.file !== 'contrat.infog') continue;
    for (const v of Object.values(f.b.values) as TypedValue[]) {
      if (v.kind !== 'number' && v.kind !== 'duration' && v.kind !== 'money' && v.kind !== 'percent') continue;
      const text = FLAGSHIP.slice(v.range.start, v.range.end);
      const m = /^\d+/u.exec(text);
      if (m) numbers.push({ key: f.key, start: v.range.start, end: v.range.start + m[0].length, text: m[0] });
    }
  }
  // Leaf statements that can go without taking their parent's identity with them.
  const leaves = [...contractFacts(base.contract).values()].filter((f) => f.b.file === 'contrat.infog' && f.b.children.length === 0 && f.parent !== '');

  it('finds the facts to edit', () => {
    expect(numbers.length).toBeGreaterThan(100);
    expect(leaves.length).toBeGreaterThan(200);
  });

  it('gives exactly one change for each single-fact edit, and the inverse change backwards', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: numbers.length - 1 }), fc.integer({ min: 1, max: 97 }), (i, delta) => {
      const n = numbers[i] as (typeof numbers)[number];
      const edited = FLAGSHIP.slice(0, n.start) + String(Number(n.text) + delta) + FLAGSHIP.slice(n.end);
      const mb = checkText(edited).model;
      const forward = diffModels(base, mb).changes;
      expect(forward.map((c) => [c.kind, c.key])).toEqual([['changed', n.key]]);
      const backward = diffModels(mb, base).changes;
      expect(backward.map(inverse)).toEqual(forward.map(plain));
    }), { numRuns: 25, seed: 16 });
  });

  it('gives exactly one removal for each statement deleted, and an addition backwards', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: leaves.length - 1 }), (i) => {
      const f = leaves[i] as (typeof leaves)[number];
      const r = f.b.node.range;
      const edited = `${FLAGSHIP.slice(0, r.start)}${FLAGSHIP.slice(r.end)}`;
      const mb = checkText(edited).model;
      const forward = diffModels(base, mb).changes;
      // A repeatable list statement is one fact: deleting it is its removal, whatever it held.
      expect(forward.map((c) => [c.kind, c.key])).toEqual([['removed', f.key]]);
      const backward = diffModels(mb, base).changes;
      expect(backward.map(inverse)).toEqual(forward.map(plain));
    }), { numRuns: 25, seed: 16 });
  });

  it('keeps the identity of a repeatable statement when what is agreed about it changes', () => {
    const rate = diffTexts(FLAGSHIP, edit(FLAGSHIP, '"Remote intervention outside the flat fee" 75.00 EUR', '"Remote intervention outside the flat fee" 80.00 EUR')).changes;
    expect(rate.map((c) => [c.kind, c.path, c.slots])).toEqual([['changed', 'price.rate', ['amount']]]);
    const cover = diffTexts(FLAGSHIP, edit(FLAGSHIP, 'cover 1500000.00 EUR per claim', 'cover 2000000.00 EUR per claim')).changes;
    expect(cover.map((c) => [c.kind, c.path, c.slots])).toEqual([['changed', 'insurance.cover', ['amount']]]);
  });

  it('reads the flagship’s first amendment as eight changes, a new site with its block being one', () => {
    const d = diffTexts(FLAGSHIP, flagshipAmended());
    expect(d.changes.map((c) => [c.kind, c.key])).toEqual([
      ['added', 'amendments.amendment[number:1]'],
      ['changed', 'price.fee'],
      ['added', 'scope.equipment[annecy_desktops]'],
      ['added', 'scope.site[annecy]'],
      ['added', 'sla.multi_region'],
      ['changed', 'sla.onsite_zone.regions'],
      ['changed', 'sla.priority[P1].onsite'],
      ['changed', 'sla.priority[P1].restore'],
    ]);
  });

  it('reads each change in both languages, with the contract’s words', () => {
    let b = edit(FLAGSHIP, 'restore  4 business_hours', 'restore  2 business_hours');
    b = edit(b, '"Formation des utilisateurs" "User training",\n', '');
    const d = diffTexts(FLAGSHIP, b);
    const spaced = (s: string | undefined): string => (s ?? '').replace(/[\u00A0\u202F]/gu, ' ');
    const restore = d.changes.find((c) => c.key === 'sla.priority[P1].restore');
    expect(restore?.text.fr).toContain('P1');
    expect(spaced(restore?.text.fr)).toMatch(/4 heures ouvrées → 2 heures ouvrées/u);
    expect(spaced(restore?.text.en)).toMatch(/4 business hours → 2 business hours/u);
    const excludes = d.changes.find((c) => c.key === 'scope.excludes');
    expect(excludes?.text.fr).toContain('retrait de Formation des utilisateurs');
    expect(excludes?.text.en).toContain('User training');
    expect(excludes?.text.en).not.toContain('Formation');
  });
});

describe('diff properties on generated contracts', () => {
  // The fuzzer's random contracts (test/fuzz/generate.ts): every value of the vocabulary's types,
  // presets, nested blocks. Each seed: empty against itself, and a number edited is one change.
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
  let edited = 0;
  it.each(seeds)('seed %i: empty against itself, one change per number edited, inverse backwards', (seed) => {
    const text = generateRandomContract(seed);
    const base = checkText(text).model;
    expect(diffModels(base, checkText(text).model).changes).toEqual([]);
    const numbers: { key: string; start: number; end: number; text: string }[] = [];
    for (const f of contractFacts(base.contract).values()) {
      if (f.b.file !== 'contrat.infog') continue;
      for (const v of Object.values(f.b.values) as TypedValue[]) {
        if (v.kind !== 'number' && v.kind !== 'duration' && v.kind !== 'money' && v.kind !== 'percent') continue;
        // A number that names its statement (an amendment's number) is its identity, not a fact about it.
        if (f.key.endsWith(`[${canon(v)}]`)) continue;
        const m = /^\d+/u.exec(text.slice(v.range.start, v.range.end));
        if (m) numbers.push({ key: f.key, start: v.range.start, end: v.range.start + m[0].length, text: m[0] });
      }
    }
    edited += Math.min(8, numbers.length);
    for (const n of numbers.slice(0, 8)) {
      const edited = text.slice(0, n.start) + String(Number(n.text) + 1) + text.slice(n.end);
      const mb = checkText(edited).model;
      const forward = diffModels(base, mb).changes;
      expect(forward.map((c) => c.key), `${n.key} ${n.text}`).toEqual([n.key]);
      expect(diffModels(mb, base).changes.map(inverse)).toEqual(forward.map(plain));
    }
  });
  it('edited enough numbers across the seeds to mean something', () => {
    expect(edited).toBeGreaterThan(40);
  });
});
