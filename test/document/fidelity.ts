import type { Locale } from '../../compiler/src/diagnostics/index.ts';
import { checkSource, type BoundStatement } from '../../compiler/src/index.ts';
import { buildDocument, type ContractDocument, type Inline, type Section } from '../../compiler/src/backends/document/index.ts';
import { valueSlots } from '../../compiler/src/backends/document/facts.ts';
import { formatDuration, formatMoney, formatNumber, words } from '../../compiler/src/backends/document/format.ts';
import type { Slot, ValueType } from '../../compiler/src/schema/index.ts';
import { MemoryHost } from '../helpers/host.ts';

// The fidelity property: change one fact of a contract to a distinctive value, draft the document
// again, and find the new value — with its unit — in the text the document attributes to that very
// fact (its provenance), and changed from before. This is what a lawyer does when they re-read every
// figure against the term sheet; here it is done for every numeric and enumerated fact.

export interface Mutation {
  /** Where the value is written in the contract. */
  readonly start: number;
  readonly end: number;
  readonly path: string;
  readonly replacement: string;
  /** Texts one of which the new sentence must contain (the value in figures or in words, with unit). */
  readonly expect: readonly string[];
}

export interface Outcome {
  readonly path: string;
  readonly status: 'ok' | 'refused' | 'unprinted' | 'unchanged' | 'missing-value';
  readonly detail: string;
}

type ValueSlot = Extract<Slot, { kind: 'value' }>;

const CANDIDATES = [37, 23, 17, 13, 11, 7, 5, 3, 2, 1];

function pickNumber(type: ValueType, current: number): number | undefined {
  const min = 'min' in type && type.min !== undefined ? type.min : -Infinity;
  const max = 'max' in type && type.max !== undefined ? type.max : Infinity;
  return CANDIDATES.find((n) => n !== current && n >= min && n <= max);
}

/** The mutations of one contract's text: one per numeric or enumerated value of the entry file. */
export function mutations(contract: BoundStatement, file: string, text: string, path = ''): Mutation[] {
  const out: Mutation[] = [];
  const here = contract.spec.keyword === 'contract' ? '' : path ? `${path}.${contract.spec.keyword}` : contract.spec.keyword;
  if (contract.file === file) {
    for (const slot of valueSlots(contract.spec.args) as ValueSlot[]) {
      const v = contract.values[slot.name];
      if (!v || slot.list) continue;
      const m = mutate(slot, v, text, `${here}.${slot.name}`);
      if (m) out.push(m);
    }
  }
  for (const c of contract.children) out.push(...mutations(c, file, text, here));
  return out;
}

function mutate(slot: ValueSlot, v: BoundStatement['values'][string], text: string, path: string): Mutation | undefined {
  const src = text.slice(v.range.start, v.range.end);
  const lead = /^\d+(?:\.\d+)?/u.exec(src)?.[0] ?? '';
  const base = { start: v.range.start, end: v.range.end, path };
  const fig = (n: number): string[] => [formatNumber(n, 'fr'), formatNumber(n, 'en'), words(n, { lang: 'fr', law: 'FR' }), words(n, { lang: 'fr', law: 'BE' }), words(n, { lang: 'en', law: 'FR' })];
  switch (v.kind) {
    case 'number': {
      const n = pickNumber(slot.type, v.value);
      return n === undefined ? undefined : { ...base, replacement: String(n), expect: fig(n) };
    }
    case 'percent': {
      const n = pickNumber(slot.type, v.value);
      return n === undefined ? undefined : { ...base, replacement: `${n}%`, expect: [`${n}\u00A0%`, `${n}%`, ...fig(n)] };
    }
    case 'duration': {
      const n = pickNumber({ kind: 'integer', min: 1 }, v.amount);
      if (n === undefined || lead === '') return undefined;
      return { ...base, replacement: String(n) + src.slice(lead.length), expect: [formatDuration(n, v.unit, { lang: 'fr', law: 'FR' }), formatDuration(n, v.unit, { lang: 'en', law: 'FR' }), ...fig(n)] };
    }
    case 'money': {
      if (lead === '') return undefined;
      const amount = lead.includes('.') ? '1234.56' : '1234';
      return { ...base, replacement: amount + src.slice(lead.length), expect: [formatMoney(amount, v.currency, 'fr'), formatMoney(amount, v.currency, 'en')] };
    }
    case 'enum': {
      if (slot.type.kind !== 'enum') return undefined;
      const other = slot.type.values.find((e) => e.name !== v.value);
      return other ? { ...base, replacement: other.name, expect: [] } : undefined;
    }
    default: return undefined;
  }
}

/** Visible text of the fact nodes whose source starts at `start` (the value's own provenance). */
export function factText(doc: ContractDocument, file: string, start: number): string {
  const parts: string[] = [];
  const visit = (c: readonly Inline[], inside: boolean): void => c.forEach((i) => {
    if (i.kind === 'text' || i.kind === 'sup') { if (inside) parts.push(i.text); return; }
    if (i.kind === 'fact') {
      const mine = i.source.file === file && i.source.start === start;
      visit(i.content, inside || mine);
      if (mine) parts.push('\u0000');
      return;
    }
    visit(i.content, inside);
  });
  const section = (s: Section): void => {
    s.blocks.forEach((b) => {
      if (b.kind === 'para') visit(b.content, false);
      else if (b.kind === 'list') b.items.forEach((x) => visit(x, false));
      else b.rows.forEach((r) => r.forEach((x) => visit(x, false)));
    });
    s.children.forEach(section);
  };
  doc.sections.forEach(section);
  doc.cover.meta.forEach((m) => visit(m, false));
  return parts.join('');
}

const squash = (s: string): string => s.replace(/[\s\u00A0\u202F]+/gu, ' ').toLowerCase();

/** Runs one mutation in the given languages; `original` is the unmutated document per language. */
export function runMutation(file: string, text: string, m: Mutation, langs: readonly Locale[], host: MemoryHost, original: (lang: Locale) => ContractDocument | undefined): Outcome[] {
  const mutated = text.slice(0, m.start) + m.replacement + text.slice(m.end);
  const h = new MemoryHost({ ...Object.fromEntries(host.files), [file]: mutated });
  const after = checkSource({ path: file, text: mutated }, h);
  if (after.diagnostics.some((d) => d.severity === 'error')) return langs.map(() => ({ path: m.path, status: 'refused', detail: after.diagnostics.find((d) => d.severity === 'error')?.code ?? '' }));
  return langs.map((lang): Outcome => {
    const doc0 = original(lang);
    const doc1 = buildDocument(after.model, { lang, draft: true, host: h }).document;
    if (!doc0 || !doc1) return { path: m.path, status: 'unprinted', detail: 'no document' };
    const t0 = factText(doc0, file, m.start);
    const t1 = factText(doc1, file, m.start);
    if (t1.trim() === '') return { path: m.path, status: 'unprinted', detail: `${lang}: not printed after « ${m.replacement} »` };
    if (squash(t1) === squash(t0)) return { path: m.path, status: 'unchanged', detail: `${lang}: « ${t1.slice(0, 80)} » unchanged by « ${m.replacement} »` };
    if (m.expect.length > 0 && !m.expect.some((e) => squash(t1).includes(squash(e)))) return { path: m.path, status: 'missing-value', detail: `${lang}: « ${t1.slice(0, 120)} » lacks ${m.expect.slice(0, 2).join(' / ')}` };
    return { path: m.path, status: 'ok', detail: '' };
  });
}
