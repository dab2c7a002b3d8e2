import type { Diagnostic } from '../../diagnostics/index.ts';
import type { BoundStatement, SymbolTable } from '../../model/index.ts';
import { holds, resolvePath, type Item, type ResolveContext } from './facts.ts';
import type { Voice } from './format.ts';
import type { ClauseDef, Content, Guard, Library } from './library.ts';
import { FactTable, toInlines, visible } from './marks.ts';
import type { Block, Inline, Part, Section } from './types.ts';
import { parentMap, renderTemplate, type Ledger, type WordingContext } from './wording.ts';

// The clause library → the sections of one contract in one language: clauses whose conditions hold,
// numbered (articles 1, 1.1, 1.1.1; annexes 1, 2…), wording with its facts, cross-references resolved
// to « article 12.3 ». Facts keep their source (marks.ts) and are recorded in the ledger.

export interface EvalOptions {
  readonly voice: Voice;
  readonly draft: boolean;
  readonly contract: BoundStatement;
  readonly symbols: SymbolTable;
  readonly computed: Readonly<Record<string, readonly Item[]>>;
  readonly report: (d: Diagnostic) => void;
}

export interface Evaluated {
  readonly sections: readonly Section[];
  readonly ledger: Ledger;
  /** Renders a label of the library (`blank`, `article`…) in the document's language. */
  readonly label: (key: string) => string;
  /** Renders a one-off wording over the contract (cover, furniture) with the same rules. */
  readonly ctx: WordingContext;
}

/** A paragraph before lists are gathered: marked text (marks.ts), bold, bullet. */
interface Raw {
  readonly text: string;
  readonly strong: boolean;
  readonly bullet: boolean;
}

export function evaluate(lib: Library, o: EvalOptions): Evaluated {
  const lang = o.voice.lang;
  const label = (key: string): string => lib.labels.get(key)?.[lang] ?? key;
  const base: ResolveContext = { contract: o.contract, symbols: o.symbols, computed: o.computed };
  const included = (gs: readonly Guard[], scopes: readonly Item[]): boolean =>
    gs.every((g) => holds(resolvePath(g.cond.path, scopes, base), g.cond.values) !== g.cond.negated);

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

  const facts = new FactTable();
  const ledger: Ledger = new Map();
  const ctx: WordingContext = {
    ...base, voice: o.voice, draft: o.draft, report: o.report, facts, ledger,
    parents: parentMap(o.contract), numbers, blank: label('blank'),
  };

  // Pass 2: the text.
  const content = (cs: readonly Content[], clauseId: string): { blocks: Block[]; children: ClauseDef[] } => {
    const raw: Raw[] = [];
    const blocks: Block[] = [];
    const children: ClauseDef[] = [];
    const flushRaw = (): void => {
      blocks.push(...gather(raw, facts.sources));
      raw.length = 0;
    };
    for (const c of cs) {
      switch (c.kind) {
        case 'para':
          if (included(c.guards, [])) raw.push(...paragraphs(renderTemplate(c.wording[lang], [], ctx, { file: c.wording.file, clause: clauseId }), c.bold, false));
          break;
        case 'each': {
          const items = expand(resolvePath(c.path.cond.path, [], base)).filter((i) => holds([i], c.path.cond.values));
          for (const item of items) {
            if (!included(c.guards, [item])) continue;
            raw.push(...paragraphs(renderTemplate(c.wording[lang], [item], ctx, { file: c.wording.file, clause: clauseId }), c.bold, c.bullets));
          }
          break;
        }
        case 'table': {
          if (!included(c.guards, [])) break;
          const at = (g: Guard): Item[] => expand(resolvePath(g.cond.path, [], base)).filter((i) => holds([i], g.cond.values));
          const items = c.path ? at(c.path) : [];
          const rows: Inline[][][] = items.map((item) => c.columns.map((col) => cell(renderTemplate(col[lang], [item], ctx, { file: col.file, clause: clauseId }), facts)));
          // Written rows follow, in order: once if their conditions hold, or once per item of their path.
          for (const r of c.rows) {
            for (const item of r.path ? at(r.path) : [undefined]) {
              const scopes = item ? [item] : [];
              if (!included(r.guards, scopes)) continue;
              rows.push(r.cells.map((x) => cell(renderTemplate(x[lang], scopes, ctx, { file: r.file, clause: clauseId }), facts)));
            }
          }
          if (rows.length === 0) break;
          flushRaw();
          blocks.push({ kind: 'table', header: c.columns.map((col) => col.title[lang]), rows });
          break;
        }
        case 'clause': children.push(c.def); break;
      }
    }
    flushRaw();
    return { blocks, children };
  };

  const section = (def: ClauseDef, depth: number, num: string): Section => {
    const { blocks, children } = content(def.content, def.id);
    const kids: Section[] = [];
    let k = 0;
    for (const c of children) {
      if (!included(c.guards, [])) continue;
      kids.push(section(c, depth + 1, `${num}.${++k}`));
    }
    // A heading may vary with the contract (« article 9 LPD » under Swiss law); it prints as plain text.
    const title = def.title ? visible(renderTemplate(def.title[lang], [], ctx, { file: def.file, clause: def.id })) : '';
    return {
      id: def.id,
      part: def.part === 'labels' ? 'front' : def.part,
      number: def.part === 'article' || def.part === 'annex' ? num : '',
      title,
      depth,
      blocks,
      children: kids,
      origin: { file: def.file, start: def.idRange.start, end: def.idRange.end },
    };
  };

  const sections: Section[] = [];
  const seen: Partial<Record<Part, number>> = {};
  for (const d of tops) {
    const part = d.part === 'labels' ? 'front' : d.part;
    seen[part] = (seen[part] ?? 0) + 1;
    sections.push(section(d, 1, String(seen[part])));
  }
  return { sections, ledger, label, ctx };
}

function cell(marked: string, facts: FactTable): Inline[] {
  return toInlines(marked.replace(/\s+/gu, ' ').trim(), facts.sources);
}

/** Consecutive bullets become one list; the last bullet's « ; » or « , » becomes a full stop. */
function gather(raw: readonly Raw[], facts: FactTable['sources']): Block[] {
  const out: Block[] = [];
  let items: Inline[][] = [];
  let strong = false;
  const flush = (): void => {
    if (items.length > 0) out.push({ kind: 'list', items, strong });
    items = [];
  };
  raw.forEach((r, i) => {
    if (!r.bullet) {
      flush();
      out.push({ kind: 'para', content: toInlines(r.text, facts), strong: r.strong });
      return;
    }
    const last = raw[i + 1]?.bullet !== true;
    const text = last ? r.text.replace(/[\s\u202F]*[;,]([\uE000-\uE006]*)$/u, '.$1') : r.text;
    strong = r.strong;
    items.push(toInlines(text, facts));
    if (last) flush();
  });
  flush();
  return out;
}

/** A list value iterates over its items (`each "term.termination.breach.breaches"`). */
function expand(items: readonly Item[]): Item[] {
  return items.flatMap((i): Item[] => (i.kind === 'value' && i.v.kind === 'list' ? i.v.items.map((v): Item => ({ kind: 'value', v, type: i.type, ...(i.from ? { from: i.from } : {}) })) : [i]));
}

/** Splits rendered wording into paragraphs (blank line) and bullets (`- ` at a line start). */
export function paragraphs(text: string, strong: boolean, bullet: boolean): Raw[] {
  const out: Raw[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/u)) {
    const lines = chunk.split('\n');
    let current: { text: string; bullet: boolean } | undefined;
    const push = (): void => {
      const t = current?.text.replace(/[ \t\r\n]+/gu, ' ').trim() ?? '';
      if (visible(t).trim() !== '' && current) out.push({ text: t, strong, bullet: current.bullet });
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
