import type { Diagnostic, Locale, Localized } from '../../diagnostics/index.ts';
import { missingFact, unresolvedReference } from '../../diagnostics/codes/pdf.ts';
import type { BoundStatement, SymbolTable } from '../../model/index.ts';
import { suggest } from '../../model/index.ts';
import { holds, resolvePath, type Item, type ResolveContext } from './facts.ts';
import { applyFilter, formatItem, listFormat, typography } from './format.ts';
import type { ClauseDef, Content, Guard, Library, Part } from './library.ts';
import type { Template, TemplateNode } from './template.ts';

// Turns the library into the text of one contract in one language: clauses whose conditions hold,
// numbered (articles 1, 1.1, 1.1.1; annexes 1, 2…), wording with its facts, cross-references
// resolved to « article 12.3 ». The result is plain data that from-model.ts lays out.

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
}

export type Block =
  | { readonly kind: 'para'; readonly runs: readonly Run[]; readonly bold: boolean; readonly bullet: boolean }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly (readonly Run[])[])[] };

export interface Section {
  readonly id: string;
  readonly part: Part;
  /** `5`, `5.2`, or `` for unnumbered parts. */
  readonly number: string;
  readonly title: string;
  readonly depth: number;
  readonly blocks: readonly Block[];
  readonly children: readonly Section[];
}

export interface EvalOptions {
  readonly lang: Locale;
  readonly draft: boolean;
  readonly contract: BoundStatement;
  readonly symbols: SymbolTable;
  readonly computed: Readonly<Record<string, readonly Item[]>>;
  readonly report: (d: Diagnostic) => void;
}

export function evaluate(lib: Library, o: EvalOptions): readonly Section[] {
  const ctx: ResolveContext = { contract: o.contract, symbols: o.symbols, computed: o.computed };
  const label = (key: string): string => lib.labels.get(key)?.[o.lang] ?? key;
  const included = (gs: readonly Guard[], scopes: readonly Item[]): boolean =>
    gs.every((g) => holds(resolvePath(g.cond.path, scopes, ctx), g.cond.values) !== g.cond.negated);

  // Pass 1: which clauses are in, and their numbers, so references can point forward.
  const numbers = new Map<string, string>();
  const counters: Partial<Record<Part, number>> = {};
  const number = (def: ClauseDef, prefix: string, index: number): void => {
    const n = prefix === '' ? String(index) : `${prefix}.${index}`;
    numbers.set(def.id, def.part === 'annex' ? `${label('annex')} ${n}` : `${label('article')} ${n}`);
    let k = 0;
    for (const c of def.content) if (c.kind === 'clause' && included(c.def.guards, [])) number(c.def, n, ++k);
  };
  const tops = lib.clauses.filter((d) => d.part !== 'labels' && included(d.guards, []));
  for (const d of tops) {
    if (d.part !== 'article' && d.part !== 'annex') continue;
    counters[d.part] = (counters[d.part] ?? 0) + 1;
    number(d, '', counters[d.part] ?? 0);
  }

  // Pass 2: the text.
  const text = (t: Template | undefined, file: string, scopes: readonly Item[], clauseId: string): string => {
    const nodes = (ns: readonly TemplateNode[]): string => ns.map((n) => {
      switch (n.kind) {
        case 'text': return n.text;
        case 'if': return holds(resolvePath(n.cond.path, scopes, ctx), n.cond.values) !== n.cond.negated ? nodes(n.then) : nodes(n.otherwise);
        case 'ref': {
          const target = numbers.get(n.id);
          if (target === undefined) {
            o.report(unresolvedReference.create(file, { start: n.offset, end: n.offset + n.length }, { id: n.id, suggestions: suggest(n.id, [...numbers.keys()]) }));
            return '[?]';
          }
          return target;
        }
        case 'fact': {
          const items = resolvePath(n.path, scopes, ctx);
          // Identical values print once: two backup locations in France read « France », not « France et France ».
          const parts = [...new Set(items.map((i) => formatItem(i, o.lang, o.symbols)).filter((s) => s !== ''))];
          if (parts.length === 0) {
            if (!o.draft) o.report(missingFact.create(file, { start: n.offset, end: n.offset + n.length }, { path: n.path, clause: clauseId }));
            return `[${label('blank')}]`;
          }
          const joined = listFormat(o.lang).format(parts);
          return applyFilter(joined, n.filter, o.lang);
        }
      }
    }).join('');
    return typography(nodes(t?.nodes ?? []), o.lang);
  };

  const blocks = (content: readonly Content[], clauseId: string): { blocks: Block[]; children: Content[] } => {
    const out: Block[] = [];
    const children: Content[] = [];
    for (const c of content) {
      switch (c.kind) {
        case 'para':
          if (included(c.guards, [])) out.push(...paragraphs(text(c.wording[o.lang], c.wording.file, [], clauseId), c.bold, false));
          break;
        case 'each': {
          const items = expand(resolvePath(c.path.cond.path, [], ctx)).filter((i) => holds([i], c.path.cond.values));
          for (const item of items) {
            if (!included(c.guards, [item])) continue;
            out.push(...paragraphs(text(c.wording[o.lang], c.wording.file, [item], clauseId), c.bold, c.bullets));
          }
          break;
        }
        case 'table': {
          if (!included(c.guards, [])) break;
          const items = expand(resolvePath(c.path.cond.path, [], ctx)).filter((i) => holds([i], c.path.cond.values));
          if (items.length === 0) break;
          out.push({
            kind: 'table',
            header: c.columns.map((col) => col.title[o.lang]),
            rows: items.map((item) => c.columns.map((col) => runs(text(col[o.lang], col.file, [item], clauseId).replace(/\s+/gu, ' ').trim()))),
          });
          break;
        }
        case 'clause': children.push(c); break;
      }
    }
    return { blocks: closeLists(out), children };
  };

  const section = (def: ClauseDef, depth: number, num: string): Section => {
    const { blocks: own, children } = blocks(def.content, def.id);
    const kids: Section[] = [];
    let k = 0;
    for (const c of children) {
      if (c.kind !== 'clause' || !included(c.def.guards, [])) continue;
      kids.push(section(c.def, depth + 1, `${num}.${++k}`));
    }
    const title = def.title ? typography(def.title[o.lang], o.lang) : '';
    return { id: def.id, part: def.part, number: def.part === 'article' || def.part === 'annex' ? num : '', title, depth, blocks: own, children: kids };
  };

  const out: Section[] = [];
  const seen: Partial<Record<Part, number>> = {};
  for (const d of tops) {
    seen[d.part] = (seen[d.part] ?? 0) + 1;
    out.push(section(d, 1, String(seen[d.part])));
  }
  return out;
}

/** The last item of a bulleted list ends with a full stop, not the « ; » that separates items. */
function closeLists(blocks: readonly Block[]): Block[] {
  return blocks.map((b, i) => {
    const next = blocks[i + 1];
    if (b.kind !== 'para' || !b.bullet || (next?.kind === 'para' && next.bullet)) return b;
    const last = b.runs[b.runs.length - 1];
    if (!last || !/[\s\u202F]*[;,]$/u.test(last.text)) return b;
    return { ...b, runs: [...b.runs.slice(0, -1), { ...last, text: last.text.replace(/[\s\u202F]*[;,]$/u, '.') }] };
  });
}

/** A list value iterates over its items (`each "term.termination.breach.breaches"`). */
function expand(items: readonly Item[]): Item[] {
  return items.flatMap((i): Item[] => (i.kind === 'value' && i.v.kind === 'list' ? i.v.items.map((v) => ({ kind: 'value', v, type: i.type })) : [i]));
}

/** Splits evaluated wording into paragraphs (blank line) and bullets (`- ` at a line start). */
export function paragraphs(text: string, bold: boolean, bullet: boolean): Block[] {
  const out: Block[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/u)) {
    const lines = chunk.split('\n');
    let current: { text: string; bullet: boolean } | undefined;
    const push = (): void => {
      const t = current?.text.replace(/[ \t\r\n]+/gu, ' ').trim() ?? '';
      if (t !== '' && current) out.push({ kind: 'para', runs: runs(t), bold, bullet: current.bullet });
    };
    for (const line of lines) {
      const m = /^\s*[-–]\s+(.*)$/u.exec(line);
      if (m) {
        push();
        current = { text: m[1] ?? '', bullet: true };
      } else if (current) current.text += ` ${line}`;
      else current = { text: line, bullet };
    }
    push();
  }
  return out;
}

/** `**bold**` markup into runs. */
export function runs(text: string): Run[] {
  // Punctuation right after a bold run joins it: pdfmake justifies by spreading space between inline
  // pieces, which would open a gap before the comma (« Network Service SARL , »).
  const joined = text.replace(/\*\*([,.;:)])/gu, '$1**');
  return joined.split('**').map((t, i) => (i % 2 === 1 ? { text: t, bold: true } : { text: t })).filter((r) => r.text !== '');
}

export function localized(l: Localized | undefined, lang: Locale): string {
  return l?.[lang] ?? '';
}
