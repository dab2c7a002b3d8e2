import type { Locale } from '../../diagnostics/index.ts';
import type { BoundStatement, Model, TypedValue } from '../../model/index.ts';
import type { StatementSpec, ValueType } from '../../schema/index.ts';
import { computedCollections } from '../document/computed.ts';
import { valueSlots } from '../document/facts.ts';
import { declared, formatValue, listFormat, typography } from '../document/format.ts';
import { FactTable, visible } from '../document/marks.ts';
import { formatItem, parentMap, type WordingContext } from '../document/wording.ts';
import type { Change, ChangeStatements } from './diff.ts';
import { canon } from './facts.ts';

// A change as a sentence in French or English, with the words of the contract: a fact reads through
// its phrase (or, without one, its principal value), a changed slot through its typed formatting
// (« 4 heures ouvrées → 2 heures ouvrées »), a declared item through its name or label. The name of a
// fact is the first clause of its statement's documentation (« Délai de rétablissement (GTR) »),
// under the item it belongs to (« P1 — … »). Only the few furniture words below are the tool's.

export interface Speaker {
  readonly ctx: WordingContext;
  readonly lang: Locale;
}

const WORDS: Readonly<Record<Locale, { added: string; removed: string; colon: string; semi: string; open: string; close: string; plus: string; minus: string }>> = {
  fr: { added: 'Ajout', removed: 'Suppression', colon: ' : ', semi: ' ; ', open: '« ', close: ' »', plus: 'ajout de', minus: 'retrait de' },
  en: { added: 'Added', removed: 'Removed', colon: ': ', semi: '; ', open: '“', close: '”', plus: 'adds', minus: 'removes' },
};
const MAX = 400;

export function speaker(m: Model, lang: Locale): Speaker | undefined {
  const contract = m.contract;
  if (!contract) return undefined;
  const ctx: WordingContext = {
    contract, symbols: m.symbols, computed: computedCollections(m),
    voice: { lang, law: m.law }, draft: true, report: () => undefined,
    facts: new FactTable(), ledger: new Map(), parents: parentMap(contract), numbers: new Map(), blank: '…',
  };
  return { ctx, lang };
}

export function describe(c: Omit<Change, 'text'>, st: ChangeStatements, old: Speaker | undefined, now: Speaker | undefined): string {
  const sp = (c.kind === 'removed' ? old : now) ?? old ?? now;
  const b = (c.kind === 'removed' ? st.old : st.new) ?? st.old;
  if (!sp || !b) return c.key;
  const w = WORDS[sp.lang];
  const label = labelOf(b, sp);
  let out: string;
  switch (c.kind) {
    case 'added': out = `${w.added} — ${lowerFirst(label)}${tail(w.colon, contentText(b, sp, label))}`; break;
    case 'removed': out = `${w.removed} — ${lowerFirst(label)}${tail(w.colon, contentText(b, sp, label))}`; break;
    case 'changed': {
      const slot = c.slots.length === 1 ? c.slots[0] ?? '' : '';
      const ov = st.old?.values[slot];
      const nv = st.new?.values[slot];
      if (ov?.kind === 'list' || nv?.kind === 'list') {
        // A list edited in place says what went and what came, not the two lists.
        out = `${label}${w.colon}${st.new && now && nv && ov ? changedText(st.new, c.slots, now, ov) : '—'}`;
        break;
      }
      const before = st.old && old ? changedText(st.old, c.slots, old) : '';
      const after = st.new && now ? changedText(st.new, c.slots, now) : '';
      out = `${label}${w.colon}${before} → ${after}`;
      break;
    }
  }
  return typography(out, sp.lang);
}

function tail(colon: string, text: string): string {
  return text === '' ? '' : `${colon}${text}`;
}

/** « P1 — délai de rétablissement (GTR) », « Site « Annecy » ». */
export function labelOf(b: BoundStatement, sp: Speaker): string {
  const own = ownLabel(b, sp);
  const named: string[] = [];
  for (let cur = sp.ctx.parents.get(b); cur && cur.spec.keyword !== 'contract'; cur = sp.ctx.parents.get(cur)) {
    if (cur.spec.declares) {
      named.unshift(ancestorText(cur, sp));
      break;
    }
  }
  return named.length > 0 ? `${named.join(' — ')} — ${lowerFirst(own)}` : own;
}

function ownLabel(b: BoundStatement, sp: Speaker): string {
  const kw = specLabel(b.spec, sp.lang);
  const w = WORDS[sp.lang];
  return b.spec.declares ? `${kw} ${w.open}${declaredText(b, sp)}${w.close}` : kw;
}

function declaredText(b: BoundStatement, sp: Speaker): string {
  const d = b.spec.declares;
  const v = d ? b.values[d.slot] : undefined;
  const name = v && (v.kind === 'name' || v.kind === 'ref') ? v.name.text : b.spec.keyword;
  // A label given in both languages as two slots (`priority P1 "Bloquant" "Blocking"`).
  const en = b.values['label_en'];
  if (sp.lang === 'en' && en?.kind === 'string') return en.value;
  return d ? declared(d.namespace, name, sp.ctx.symbols, sp.lang) : name;
}

/** An item a fact belongs to: its label, after its name when the name is a code (« P1 « Bloquant » »). */
function ancestorText(b: BoundStatement, sp: Speaker): string {
  const label = declaredText(b, sp);
  const v = b.spec.declares ? b.values[b.spec.declares.slot] : undefined;
  const name = v && (v.kind === 'name' || v.kind === 'ref') ? v.name.text : '';
  const w = WORDS[sp.lang];
  return /^\p{Lu}+\d+$/u.test(name) && name !== label ? `${name} ${w.open}${label}${w.close}` : label;
}

/** The first clause of a statement's documentation: « Délai de rétablissement (GTR) ». */
export function specLabel(spec: StatementSpec, lang: Locale): string {
  const doc = spec.doc[lang].replace(/`/gu, '');
  const cut = /\s*[:;.,—]\s|\.$/u.exec(doc);
  let first = (cut ? doc.slice(0, cut.index) : doc).trim();
  // A parenthesis the cut left open goes: « éléments exclus du périmètre (matériel… ».
  const open = first.lastIndexOf('(');
  if (open > 0 && first.indexOf(')', open) < 0) first = first.slice(0, open).trim();
  return first === '' ? spec.keyword : first;
}

function lowerFirst(s: string): string {
  // An acronym or a proper name keeps its capital (« SLA », « P1 »).
  if (/^\p{Lu}[\p{Lu}\d]/u.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function statementText(b: BoundStatement, sp: Speaker): string {
  return visible(formatItem({ kind: 'stmt', b }, sp.ctx)).replace(/\s+/gu, ' ').trim();
}

/** What an added or removed statement says: its phrase, else its children's facts. */
function contentText(b: BoundStatement, sp: Speaker, label: string): string {
  const own = statementText(b, sp);
  const named = b.spec.declares ? declaredText(b, sp) : undefined;
  const parts: string[] = [];
  if (own !== '' && own !== named && !label.includes(own)) parts.push(own);
  if (parts.length === 0 || b.spec.phrase === undefined) {
    for (const c of b.children) {
      const t = statementText(c, sp);
      if (t === '' || t === named) continue;
      parts.push(`${lowerFirst(specLabel(c.spec, sp.lang))}${WORDS[sp.lang].colon}${t}`);
    }
  }
  const text = parts.join(WORDS[sp.lang].semi);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/** A changed statement: the slot that changed by its type, or the whole statement's phrase. */
function changedText(b: BoundStatement, slots: readonly string[], sp: Speaker, other?: TypedValue): string {
  if (slots.length === 1) {
    const slot = valueSlots(b.spec.args).find((s) => s.name === slots[0]);
    const v = slot ? b.values[slot.name] : undefined;
    if (!slot || !v) return '—';
    if (v.kind === 'list' && other) return listChange(v, other, slot.type, sp);
    const text = visible(formatValue(v, slot.type, sp.ctx.voice, sp.ctx.symbols)).trim();
    if (text !== '') return text;
  }
  const t = statementText(b, sp);
  return t === '' ? '—' : t.length > MAX ? `${t.slice(0, MAX - 1)}…` : t;
}

/** A list edited in place: « retrait de Formation des utilisateurs », after the arrow only. */
function listChange(now: Extract<TypedValue, { kind: 'list' }>, before: TypedValue, type: ValueType, sp: Speaker): string {
  const w = WORDS[sp.lang];
  const old = before.kind === 'list' ? before.items : [before];
  const keys = new Set(old.map(canon));
  const nowKeys = new Set(now.items.map(canon));
  const fmt = (xs: readonly TypedValue[]): string => listFormat(sp.lang).format(xs.map((x) => visible(formatValue(x, type, sp.ctx.voice, sp.ctx.symbols)).trim()));
  const added = now.items.filter((x) => !keys.has(canon(x)));
  const removed = old.filter((x) => !nowKeys.has(canon(x)));
  const parts = [...(removed.length > 0 ? [`${w.minus} ${fmt(removed)}`] : []), ...(added.length > 0 ? [`${w.plus} ${fmt(added)}`] : [])];
  return parts.length > 0 ? parts.join(w.semi) : fmt(now.items);
}
