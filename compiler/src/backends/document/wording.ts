import type { Diagnostic, Localized } from '../../diagnostics/index.ts';
import { missingFact, unresolvedReference } from '../../diagnostics/codes/pdf.ts';
import type { BoundStatement } from '../../model/index.ts';
import { suggest } from '../../model/index.ts';
import type { StatementSpec } from '../../schema/index.ts';
import { holds, principal, resolvePath, type Item, type ResolveContext } from './facts.ts';
import { applyFilter, declared, formatValue, LIST_FILTERS, listFormat, splitFilter, typography, type Voice } from './format.ts';
import { clean, FactTable, firstVisible, ref, visible } from './marks.ts';
import { parseTemplate, type Template, type TemplateNode } from './template.ts';
import type { FactSource } from './types.ts';

// Wording → marked text: literal text, facts (a statement prints as its phrase, a slot as its typed
// value), conditions and cross-references. Every fact printed is wrapped with its source (marks.ts)
// and recorded in the ledger, slot by slot, so the document knows what it says and where it came from.
// French joins are made here, where a fact meets the text before it: « de » + « un jour » is
// « d'un jour », « à » + « le prestataire » is « au prestataire ».

/** The statements and slots a document printed; '' stands for a statement printed by its presence. */
export type Ledger = Map<BoundStatement, Set<string>>;

export interface WordingContext extends ResolveContext {
  readonly voice: Voice;
  readonly draft: boolean;
  readonly report: (d: Diagnostic) => void;
  readonly facts: FactTable;
  readonly ledger: Ledger;
  /** Parent of every statement of the contract, for phrase scopes and fact paths. */
  readonly parents: WeakMap<BoundStatement, BoundStatement>;
  /** Section numbers by clause id (« article 12.3 »), for `{ref id}`. */
  readonly numbers: ReadonlyMap<string, string>;
  readonly blank: string;
}

/** The parent of each statement under `root`. */
export function parentMap(root: BoundStatement): WeakMap<BoundStatement, BoundStatement> {
  const map = new WeakMap<BoundStatement, BoundStatement>();
  const visit = (b: BoundStatement): void => {
    for (const c of b.children) {
      map.set(c, b);
      visit(c);
    }
  };
  visit(root);
  return map;
}

/** `support.quota.rollover`: the keywords from the contract down to `b`. */
export function statementPath(b: BoundStatement, parents: WeakMap<BoundStatement, BoundStatement>): string {
  const parts: string[] = [];
  for (let cur: BoundStatement | undefined = b; cur && cur.spec.keyword !== 'contract'; cur = parents.get(cur)) parts.unshift(cur.spec.keyword);
  return parts.join('.');
}

function mark(ctx: WordingContext, b: BoundStatement, slot: string): void {
  let set = ctx.ledger.get(b);
  if (!set) ctx.ledger.set(b, (set = new Set()));
  set.add(slot);
}

const phraseCache = new WeakMap<StatementSpec, Partial<Record<string, Template>>>();

/** The parsed phrase of a spec in a language (errors in phrases are caught by test/schema). */
export function phraseOf(spec: StatementSpec, lang: keyof Localized): Template | undefined {
  if (!spec.phrase) return undefined;
  let entry = phraseCache.get(spec);
  if (!entry) phraseCache.set(spec, (entry = {}));
  return (entry[lang] ??= parseTemplate(spec.phrase[lang], 0));
}

/** Renders wording to marked text; `where` locates blanks (IG6007) and references (IG6002). */
export function renderTemplate(t: Template | undefined, scopes: readonly Item[], ctx: WordingContext, where: { file: string; clause: string }): string {
  return typography(nodes(t?.nodes ?? [], scopes, ctx, where), ctx.voice.lang);
}

function nodes(ns: readonly TemplateNode[], scopes: readonly Item[], ctx: WordingContext, where: { file: string; clause: string }): string {
  let out = '';
  for (const n of ns) {
    switch (n.kind) {
      case 'text': out += n.text; break;
      case 'if': {
        const items = resolvePath(n.cond.path, scopes, ctx);
        const ok = holds(items, n.cond.values) !== n.cond.negated;
        const text = nodes(ok ? n.then : n.otherwise, scopes, ctx, where);
        // A branch chosen by a value says that value (« Les pénalités ont un caractère libératoire »); so
        // does the `{else}` branch, which the value chose as well (`{if value is yes}…{else}…{end}`).
        const source = n.cond.values.length > 0 && visible(text).trim() !== '' ? sayValue(items, ctx) : undefined;
        out = join(out, source ? ctx.facts.wrap(text, source) : text, ctx);
        break;
      }
      case 'ref': {
        const target = ctx.numbers.get(n.id);
        if (target === undefined) {
          ctx.report(unresolvedReference.create(where.file, { start: n.offset, end: n.offset + n.length }, { id: n.id, suggestions: suggest(n.id, [...ctx.numbers.keys()]) }));
          out += '[?]';
        } else out += ref(n.id, target); // a reference needs its article written: « de l'{ref x} »
        break;
      }
      case 'fact': out = join(out, fact(n, scopes, ctx, where), ctx); break;
    }
  }
  return out;
}

/** Marks the slot a holding `is` condition read, and returns its source for the branch's text. */
function sayValue(items: readonly Item[], ctx: WordingContext): FactSource | undefined {
  for (const i of items) {
    if (i.kind === 'value' && i.from) {
      mark(ctx, i.from.b, i.from.slot);
      return sourceOf(i, ctx);
    }
    if (i.kind === 'stmt') {
      const p = principal(i);
      mark(ctx, i.b, p?.slot ?? '');
      return sourceOf(i, ctx);
    }
  }
  return undefined;
}

function fact(n: Extract<TemplateNode, { kind: 'fact' }>, scopes: readonly Item[], ctx: WordingContext, where: { file: string; clause: string }): string {
  // A list value prints item by item, so its items are joined like several facts (`{means|or}` gives
  // « par virement SEPA ou par prélèvement SEPA ») and each keeps its own source.
  const items = resolvePath(n.path, scopes, ctx).flatMap((i): Item[] => (i.kind === 'value' && i.v.kind === 'list'
    ? i.v.items.map((v): Item => ({ kind: 'value', v, type: i.type, ...(i.from ? { from: i.from } : {}) }))
    : [i]));
  const filter = n.filter === undefined ? undefined : splitFilter(n.filter);
  const onList = filter !== undefined && LIST_FILTERS.has(filter.name);
  // Identical values print once: two backup locations in France read « France », not « France et France ».
  // Statements are never merged: two declared on-site copies are two copies, and each must show.
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const item of items) {
    const raw = formatItem(item, ctx);
    // Filters see the fact's own text (an identifier, a number), never the markers around it.
    const typed = item.kind === 'value' ? item.v : item.kind === 'stmt' ? principal(item)?.v : undefined;
    // A statement prints marked text (its phrase's facts): a filter rewrites what a reader sees, and
    // the statement's own source still attributes the result.
    const text = filter && !onList ? applyFilter(item.kind === 'stmt' ? visible(raw) : raw, n.filter, ctx.voice, typed) : raw;
    const shown = visible(text);
    if (shown === '' || (item.kind !== 'stmt' && seen.has(shown))) continue;
    seen.add(shown);
    const source = sourceOf(item, ctx);
    parts.push(source ? ctx.facts.wrap(text, source) : text);
  }
  if (parts.length === 0) {
    if (!ctx.draft) ctx.report(missingFact.create(where.file, { start: n.offset, end: n.offset + n.length }, { path: n.path, clause: where.clause }));
    return `[${ctx.blank}]`;
  }
  const disjunction = filter?.name === 'or' || (filter?.name === 'id' && filter.args[0] === 'or');
  const joined = listFormat(ctx.voice.lang, disjunction ? 'disjunction' : 'conjunction').format(parts);
  return onList ? applyFilter(joined, n.filter, ctx.voice) : joined;
}

function sourceOf(item: Item, ctx: WordingContext): FactSource | undefined {
  if (item.kind === 'value' && item.from) {
    const path = statementPath(item.from.b, ctx.parents);
    return { file: item.from.b.file, start: item.v.range.start, end: item.v.range.end, path: `${path}.${item.from.slot}` };
  }
  if (item.kind === 'stmt') return { file: item.b.file, start: item.b.node.range.start, end: item.b.node.range.end, path: statementPath(item.b, ctx.parents) };
  return undefined;
}

/** One item as text: a statement by its phrase, a value by its type, a computed text in the language. */
export function formatItem(item: Item, ctx: WordingContext): string {
  switch (item.kind) {
    case 'value':
      if (item.from) mark(ctx, item.from.b, item.from.slot);
      return formatValue(item.v, item.type, ctx.voice, ctx.symbols);
    case 'text': return clean(item.text[ctx.voice.lang]);
    case 'record': return '';
    case 'stmt': return statementText(item.b, ctx);
  }
}

function statementText(b: BoundStatement, ctx: WordingContext): string {
  const phrase = phraseOf(b.spec, ctx.voice.lang);
  if (phrase) {
    mark(ctx, b, '');
    const scopes: Item[] = [];
    for (let cur: BoundStatement | undefined = b; cur; cur = ctx.parents.get(cur)) scopes.push({ kind: 'stmt', b: cur });
    return nodes(phrase.nodes, scopes, ctx, { file: b.file, clause: b.spec.keyword });
  }
  // A statement that declares a name prints the declared item's name or label.
  const p = principal({ kind: 'stmt', b });
  if (!p) {
    mark(ctx, b, '');
    return '';
  }
  mark(ctx, b, p.slot);
  if (p.v.kind === 'name' && b.spec.declares) return clean(declared(b.spec.declares.namespace, p.v.name.text, ctx.symbols, ctx.voice.lang));
  const source = sourceOf({ kind: 'value', v: p.v, type: p.type, from: { b, slot: p.slot } }, ctx);
  const text = formatValue(p.v, p.type, ctx.voice, ctx.symbols);
  return source ? ctx.facts.wrap(text, source) : text;
}

// ---- French joins -------------------------------------------------------------------------------------

const VOWEL = /^[aeiouyàâäéèêëîïôöûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜŒÆ]/u;
// Words before which French does not elide, although they start with a vowel sound.
const NO_ELISION = /^(?:onze|onzième|oui|ouate|yacht|yaourt|yoga)\b/iu;
const ELIDED = /(^|[\s(«\u00A0\u202F])(de|le|la|que|jusque|lorsque|puisque|ne|se|ce) $/iu;
// « qu'à » + « les membres » is « qu'aux membres », « jusqu'à » + « le terme » « jusqu'au terme ».
const CONTRACTED = /(^|[\s(«\u00A0\u202F’'])(à|de) $/iu;

/** Appends `next` to `out`, making the French elisions and contractions their meeting calls for. */
export function join(out: string, next: string, ctx: WordingContext): string {
  if (ctx.voice.lang !== 'fr' || next === '') return out + next;
  const shown = visible(next.slice(0, 80));
  const c = CONTRACTED.exec(out);
  const article = /^(les?) /u.exec(shown);
  if (c && article) {
    const prep = (c[2] ?? '').toLowerCase();
    const art = article[1] ?? '';
    const word = prep === 'à' ? (art === 'le' ? 'au' : 'aux') : art === 'le' ? 'du' : 'des';
    const cased = c[2]?.[0] === (c[2]?.[0] ?? '').toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    return `${out.slice(0, out.length - (c[2]?.length ?? 0) - 1)}${cased} ${dropFirstWord(next, art)}`;
  }
  const e = ELIDED.exec(out);
  const first = firstVisible(next);
  if (e && VOWEL.test(first) && !NO_ELISION.test(shown)) {
    const word = e[2] ?? '';
    return `${out.slice(0, out.length - word.length - 1)}${word.slice(0, -1)}’${next}`;
  }
  return out + next;
}

/** Removes the first visible word `word ` of a marked string, leaving its markers in place. */
function dropFirstWord(marked: string, word: string): string {
  let i = 0;
  while (i < marked.length) {
    const c = marked.charCodeAt(i);
    if (c === 0xe000 || c === 0xe005) {
      const sep = marked.indexOf('\uE001', i);
      i = sep < 0 ? i + 1 : sep + 1;
    } else if (c >= 0xe000 && c <= 0xe006) i++;
    else break;
  }
  return marked.slice(0, i) + marked.slice(i).replace(new RegExp(`^${word} `, 'u'), '');
}
