import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import type { Host } from '../../host.ts';
import type { BoundStatement, Model } from '../../model/index.ts';
import { child, children } from '../../model/query.ts';
import { buildDocument } from '../document/build.ts';
import { computedCollections } from '../document/computed.ts';
import type { Item } from '../document/facts.ts';
import { loadLibrary } from '../document/library.ts';
import { FactTable, toInlines, visible } from '../document/marks.ts';
import { parseTemplate } from '../document/template.ts';
import type { Block, ContractDocument, Inline, Section } from '../document/types.ts';
import { parentMap, renderTemplate, type WordingContext } from '../document/wording.ts';
import { diffModels, type Change, type DiffDetail } from '../diff/diff.ts';
import { changeNotInDocument, noAmendmentDeclared } from '../../diagnostics/codes/amendment.ts';
import { amendmentNumber, currentAmendment } from './history.ts';

// The signed contract and its new version → « Avenant n° N au contrat … » as a contract document
// (../document/types.ts), so every renderer prints it. Each change of the diff finds the clause that
// prints it — the deepest section whose text holds the fact, by its source — and that clause (an
// annex: the whole annex) is replaced by its new wording, inserted, or deleted, one article each. The
// words are labels of the clause library (stdlib/clauses/amendment.infog); the amendment's number,
// dates and object are the latest `amendments { amendment N { … } }` of the new version.

export interface AmendmentOptions {
  readonly lang: Locale;
  readonly draft: boolean;
  readonly host: Host;
  readonly sourceDateEpoch?: number;
}

export interface AmendmentResult {
  readonly document: ContractDocument | undefined;
  readonly diff: DiffDetail;
  /** Changes that no clause of either version prints (unprinted facts), by key. */
  readonly unplaced: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A section with where it sits: the top-level article or annex it belongs to. */
interface Located {
  readonly section: Section;
  readonly top: Section;
}

export function buildAmendment(oldModel: Model, newModel: Model, o: AmendmentOptions): AmendmentResult {
  const diagnostics: Diagnostic[] = [];
  const diff = diffModels(oldModel, newModel);
  const contract = newModel.contract;
  const current = currentAmendment(oldModel, newModel);
  if (!contract || !current) {
    if (contract) diagnostics.push(noAmendmentDeclared.create(newModel.program.entry.source.path, contract.node.keyword.range, {}));
    return { document: undefined, diff, unplaced: [], diagnostics };
  }
  const docOptions = { lang: o.lang, draft: o.draft, host: o.host, ...(o.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: o.sourceDateEpoch }) };
  const oldBuilt = buildDocument(oldModel, docOptions);
  const newBuilt = buildDocument(newModel, docOptions);
  diagnostics.push(...newBuilt.diagnostics.filter((d) => d.severity === 'error'));
  const oldDoc = oldBuilt.document;
  const newDoc = newBuilt.document;
  if (!oldDoc || !newDoc) return { document: undefined, diff, unplaced: [], diagnostics };

  const lib = loadLibrary(newModel, o.host, () => undefined);
  const facts = new FactTable();
  const ctx: WordingContext = {
    contract, symbols: newModel.symbols, computed: computedCollections(newModel),
    voice: { lang: o.lang, law: newModel.law }, draft: o.draft, report: (d) => diagnostics.push(d),
    facts, ledger: new Map(), parents: parentMap(contract), numbers: new Map(), blank: lib.labels.get('blank')?.[o.lang] ?? '…',
  };
  const marked = (key: string, scopes: readonly Item[]): string =>
    renderTemplate(parseTemplate(lib.labels.get(key)?.[o.lang] ?? key, 0), scopes, ctx, { file: lib.labelsFile, clause: key });
  const inlines = (key: string, scopes: readonly Item[]): Inline[] => toInlines(marked(key, scopes), facts.sources);
  const say = (key: string, scopes: readonly Item[]): string => visible(marked(key, scopes));
  const here: Item[] = [{ kind: 'stmt', b: current }];
  const target = (text: string): Item => ({ kind: 'record', fields: { target: { kind: 'text', text: { fr: text, en: text } } } });
  const para = (content: Inline[]): Block => ({ kind: 'para', content, strong: false });
  const origin = { file: lib.labelsFile, start: 0, end: 0 };
  const articleWord = lib.labels.get('article')?.[o.lang] ?? 'article';
  const annexWord = lib.labels.get('annex')?.[o.lang] ?? 'annex';
  const name = (s: Section): string => `${s.part === 'annex' ? annexWord : articleWord} ${s.number}`;

  // Which clause prints each change, in the version that has it. Changes to the amendment history
  // itself are this document's own subject, not a clause it amends.
  const oldIndex = indexSections(oldDoc.sections);
  const newIndex = indexSections(newDoc.sections);
  const affected = new Map<string, { old?: Located; new?: Located }>();
  const unplaced: string[] = [];
  for (const c of diff.changes) {
    if (c.path.startsWith('amendments.amendment')) continue;
    const inNew = c.new ? holder(newDoc.sections, c.new) : undefined;
    const inOld = c.old ? holder(oldDoc.sections, c.old) : undefined;
    const at = inNew ?? inOld;
    if (!at) {
      unplaced.push(c.key);
      const b = (c.new ?? c.old) as NonNullable<Change['new']>;
      diagnostics.push(changeNotInDocument.create(b.file, { start: b.start, end: b.end }, { change_fr: c.text.fr, change_en: c.text.en }));
      continue;
    }
    // An annex is replaced whole; an article at the clause that holds the fact.
    const unit = at.top.part === 'annex' ? at.top : at.section;
    const id = unit.id;
    const entry = affected.get(id) ?? {};
    const o2 = oldIndex.get(id);
    const n2 = newIndex.get(id);
    affected.set(id, { ...(o2 ? { old: o2 } : {}), ...(n2 ? { new: n2 } : {}), ...entry });
  }
  // A clause inside another affected clause is replaced with it.
  const ids = [...affected.keys()];
  const inside = (id: string): boolean => ids.some((other) => other !== id && contains(newIndex.get(other)?.section ?? oldIndex.get(other)?.section, id));
  const units = ids.filter((id) => !inside(id)).map((id) => ({ id, ...affected.get(id) }));
  const order = (u: { old?: Located; new?: Located }): number[] => numberKey((u.old ?? u.new)?.section);
  units.sort((a, b) => compareKeys(order(a), order(b)));

  const sections: Section[] = [];
  const annexes: Section[] = [];
  const earlier = children(child(contract, 'amendments'), 'amendment').filter((a) => amendmentNumber(a) < amendmentNumber(current));
  const recital: Block[] = [para(inlines('amend_recital', []))];
  if (earlier.length > 0) {
    const items = earlier.map((a) => marked('amend_earlier_item', [{ kind: 'stmt', b: a }]));
    const list = new Intl.ListFormat(o.lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
    recital.push(para(toInlines(`${marked('amend_earlier_intro', [])} ${list}.`, facts.sources)));
  }
  recital.push(para(inlines('amend_recital_close', here)));
  sections.push({ id: 'amendment_recitals', part: 'front', number: '', title: say('amend_recitals', here), depth: 1, blocks: recital, children: [], origin });

  let n = 0;
  const article = (title: string, blocks: Block[], kids: Section[]): void => {
    n++;
    sections.push({ id: `amendment_article_${n}`, part: 'article', number: String(n), title, depth: 1, blocks, children: kids, origin });
  };
  for (const u of units) {
    const before = u.old?.section;
    const after = u.new?.section;
    const annex = (after ?? before)?.part === 'annex';
    if (annex) {
      if (after) annexes.push(after);
      if (before && after) article(say('amend_annex_title', [target(name(before))]), [para(inlines('amend_replace_annex', [target(name(before))]))], []);
      else if (after) article(say('amend_new_annex_title', [target(name(after))]), [para(inlines('amend_insert_annex', [target(name(after))]))], []);
      else if (before) article(say('amend_delete_title', [target(name(before))]), [para(inlines('amend_delete_annex', [target(name(before))]))], []);
      continue;
    }
    if (before && after) article(say('amend_article_title', [target(name(before))]), [para(inlines('amend_replace_article', [target(name(before))]))], [nest(after, 2)]);
    else if (after) article(say('amend_insert_title', [target(name(after))]), [para(inlines('amend_insert_article', [target(name(after))]))], [nest(after, 2)]);
    else if (before) article(say('amend_delete_title', [target(name(before))]), [para(inlines('amend_delete_article', [target(name(before))]))], []);
  }
  article(say('amend_effective_title', here), [para(inlines('amend_effective', here))], []);
  article(say('amend_unchanged_title', here), [para(inlines('amend_unchanged', here))], []);

  const kind = say('amend_kind', here);
  const title = say('amend_title', here);
  // The cover and the signature page speak of the amendment: its date, not the contract's.
  const reference = child(contract, 'reference') ? [inlines('cover_reference', [])] : [];
  const signature: Section = {
    id: 'amendment_signature', part: 'signature', number: '', title: newDoc.sections.find((s) => s.part === 'signature')?.title ?? '',
    depth: 1, blocks: [para(inlines('amend_signature', here))], children: [], origin,
  };
  const signed = child(current, 'signature')?.values['date'];
  const document: ContractDocument = {
    ...newDoc,
    meta: { ...newDoc.meta, title: `${kind} ${title}`, subject: kind, ...(signed?.kind === 'date' ? { date: `${signed.text}T00:00:00Z` } : {}) },
    cover: { ...newDoc.cover, kind, title, meta: [...reference, inlines('amend_cover_date', here)] },
    header: { left: newDoc.header.left, right: say('amend_header', here) },
    footer: { ...newDoc.footer, left: say('amend_header', here) },
    sections: [...sections, signature, ...annexes],
  };
  return { document, diff, unplaced, diagnostics };
}

/** Every section by id, with its top-level article or annex. */
function indexSections(sections: readonly Section[]): Map<string, Located> {
  const out = new Map<string, Located>();
  const visit = (s: Section, top: Section): void => {
    out.set(s.id, { section: s, top });
    s.children.forEach((c) => visit(c, top));
  };
  sections.forEach((s) => visit(s, s));
  return out;
}

/** The deepest article or annex section whose text prints a fact written inside `side`'s statement. */
function holder(sections: readonly Section[], side: NonNullable<Change['new']>): Located | undefined {
  let found: Located | undefined;
  const hit = (xs: readonly Inline[]): boolean => xs.some((i) =>
    (i.kind === 'fact' && i.source.file === side.file && i.source.start >= side.start && i.source.end <= side.end)
    || ((i.kind === 'strong' || i.kind === 'fact' || i.kind === 'ref') && hit(i.content)));
  const blockHit = (b: Block): boolean =>
    b.kind === 'para' ? hit(b.content) : b.kind === 'list' ? b.items.some(hit) : b.rows.some((r) => r.some(hit));
  const visit = (s: Section, top: Section): void => {
    if (s.blocks.some(blockHit) && (!found || s.depth >= found.section.depth)) found = { section: s, top };
    s.children.forEach((c) => visit(c, top));
  };
  for (const s of sections) if (s.part === 'article' || s.part === 'annex') visit(s, s);
  return found;
}

function contains(s: Section | undefined, id: string): boolean {
  return s !== undefined && s.children.some((c) => c.id === id || contains(c, id));
}

/** A section copied under an amendment article, its depths shifted to sit below it. */
function nest(s: Section, depth: number): Section {
  return { ...s, depth, children: s.children.map((c) => nest(c, depth + 1)) };
}

function numberKey(s: Section | undefined): number[] {
  if (!s) return [];
  return [s.part === 'annex' ? 1 : 0, ...s.number.split('.').map(Number)];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export type { BoundStatement };
