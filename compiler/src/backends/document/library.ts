import type { Statement, Value } from '../../ast/types.ts';
import type { Diagnostic, Localized } from '../../diagnostics/index.ts';
import { clauseLibraryMissing, duplicateClause, malformedTemplate, missingWording, unknownClauseOverride } from '../../diagnostics/codes/pdf.ts';
import type { Host } from '../../host.ts';
import type { BoundStatement, Model } from '../../model/index.ts';
import { suggest } from '../../model/index.ts';
import { bindBlock } from '../../model/bind.ts';
import { loadProgram } from '../../model/load.ts';
import { contractSpec, rootSpec } from '../../schema/index.ts';
import { compareText, type Range } from '../../text/index.ts';
import { parseCondition, parseTemplate, type Condition, type Template } from './template.ts';

// The clause library: the `clause` statements of stdlib/clauses (reached from its index module), of
// the project modules the contract imports (a firm's own wording replaces a stdlib article of the
// same id), and the contract's `clause <id> { … }` overrides of the wording.

export type Part = 'article' | 'annex' | 'front' | 'signature' | 'labels';

export interface Wording {
  readonly fr: Template | undefined;
  readonly en: Template | undefined;
  readonly file: string;
}

export interface Guard {
  readonly cond: Condition;
  readonly file: string;
}

export type Content =
  | { readonly kind: 'para'; readonly guards: readonly Guard[]; readonly bold: boolean; readonly wording: Wording }
  | { readonly kind: 'each'; readonly path: Guard; readonly bullets: boolean; readonly guards: readonly Guard[]; readonly bold: boolean; readonly wording: Wording }
  | { readonly kind: 'table'; readonly path: Guard | undefined; readonly guards: readonly Guard[]; readonly columns: readonly Column[]; readonly rows: readonly Row[] }
  | { readonly kind: 'clause'; readonly def: ClauseDef };

export interface Column {
  readonly title: Localized;
  readonly fr: Template;
  readonly en: Template;
  readonly file: string;
}

/** A written row of a table: one cell per column; with a path, one row per item at the path. */
export interface Row {
  readonly path: Guard | undefined;
  readonly guards: readonly Guard[];
  readonly cells: readonly { readonly fr: Template; readonly en: Template }[];
  readonly file: string;
  readonly range: Range;
}

export interface ClauseDef {
  readonly id: string;
  readonly file: string;
  readonly idRange: Range;
  readonly part: Part;
  readonly order: number;
  /** The heading: wording like any other (`{if law is CH}…{end}`), printed without fact markers. */
  readonly title: { readonly fr: Template; readonly en: Template } | undefined;
  readonly guards: readonly Guard[];
  readonly content: readonly Content[];
  readonly labels: ReadonlyMap<string, Localized>;
}

export interface Library {
  /** Top-level clauses, sorted by part then rank. */
  readonly clauses: readonly ClauseDef[];
  /** Layout words and short wordings (cover, signature block, furniture); may hold placeholders. */
  readonly labels: ReadonlyMap<string, Localized>;
  /** The module that defines the labels, where a problem in one is reported. */
  readonly labelsFile: string;
}

export const LIBRARY_INDEX = 'clauses/index.infog';

/** Loads and assembles the library for a contract; diagnostics go to `report`. */
export function loadLibrary(model: Model, host: Host, report: (d: Diagnostic) => void): Library {
  const std = stdlibClauses(model, host);
  std.diagnostics.forEach(report);
  const sources = new Map<string, string>(std.sources);
  const tops: BoundStatement[] = [];
  for (const [key, mod] of model.program.modules) {
    sources.set(key, mod.source.text);
    if (key.startsWith('std/clauses/')) continue;
    tops.push(...(model.modules.get(key) ?? []));
  }
  const reader = new Reader(sources, report);
  const byId = new Map<string, ClauseDef>();
  const read: { b: BoundStatement; def: ClauseDef }[] = [
    ...std.defs,
    ...tops.filter((t) => t.spec.keyword === 'clause').map((b) => ({ b, def: reader.clause(b, 'article') })),
  ];
  for (const { b, def } of read) {
    // A project module's article replaces the stdlib article with the same id (two of the project's
    // own with one id are a duplicate).
    if (byId.get(def.id)?.file.startsWith('std/') && !b.file.startsWith('std/')) byId.delete(def.id);
    if (byId.has(def.id)) report(duplicateClause.create(b.file, def.idRange, { id: def.id }));
    else byId.set(def.id, def);
  }
  checkUniqueIds([...byId.values()], report);
  const overrides = (model.contract?.children ?? []).filter((c) => c.spec.keyword === 'clause');
  const clauses = applyOverrides([...byId.values()], overrides, reader, report);
  const labels = new Map<string, Localized>();
  let labelsFile = `std/${LIBRARY_INDEX}`;
  for (const c of clauses) {
    for (const [k, v] of c.labels) labels.set(k, v);
    if (c.labels.size > 0) labelsFile = c.file;
  }
  const rank: Readonly<Record<Part, number>> = { front: 0, article: 1, annex: 2, signature: 3, labels: 4 };
  return { clauses: [...clauses].sort((a, b) => rank[a.part] - rank[b.part] || a.order - b.order || compareText(a.id, b.id)), labels, labelsFile };
}

interface StdlibClauses {
  readonly sources: ReadonlyMap<string, string>;
  /** The stdlib's clauses, read once: their wording parsed, their problems in `diagnostics`. */
  readonly defs: readonly { readonly b: BoundStatement; readonly def: ClauseDef }[];
  readonly diagnostics: readonly Diagnostic[];
}

// The stdlib does not change while a host lives (one CLI run, one editor session): it is parsed, bound
// and its wording read once per host, so `--lang fr,en`, the editor and the bench do not pay for it
// again.
const stdlibCache = new WeakMap<Host, StdlibClauses>();

function stdlibClauses(model: Model, host: Host): StdlibClauses {
  const cached = stdlibCache.get(host);
  if (cached) return cached;
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  const sources = new Map<string, string>();
  const tops: BoundStatement[] = [];
  if (host.readFile('stdlib', LIBRARY_INDEX) === undefined) {
    report(clauseLibraryMissing.create(model.program.entry.source.path, { start: 0, end: 0 }, { path: `std/${LIBRARY_INDEX}` }));
    return { sources, defs: [], diagnostics };
  }
  const program = loadProgram({ path: '<clause-library>', text: 'import "std/clauses/index"\n' }, host, report);
  for (const [key, mod] of program.modules) {
    if (mod === program.entry) continue;
    sources.set(key, mod.source.text);
    const statements = mod.ast.items.filter((i): i is Statement => i.kind === 'statement');
    tops.push(...bindBlock(statements, rootSpec, undefined, key, { report, contractBlock: contractSpec.block }));
  }
  const reader = new Reader(sources, report);
  const defs = tops.filter((t) => t.spec.keyword === 'clause').map((b) => ({ b, def: reader.clause(b, 'article') }));
  const result = { sources, defs, diagnostics };
  stdlibCache.set(host, result);
  return result;
}

function checkUniqueIds(defs: readonly ClauseDef[], report: (d: Diagnostic) => void): void {
  const seen = new Set<string>();
  const visit = (d: ClauseDef, top: boolean): void => {
    if (!top && seen.has(d.id)) report(duplicateClause.create(d.file, d.idRange, { id: d.id }));
    seen.add(d.id);
    for (const c of d.content) if (c.kind === 'clause') visit(c.def, false);
  };
  defs.forEach((d) => visit(d, true));
}

export function allIds(defs: readonly ClauseDef[]): string[] {
  return defs.flatMap((d) => [d.id, ...allIds(d.content.flatMap((c) => (c.kind === 'clause' ? [c.def] : [])))]);
}

function applyOverrides(defs: readonly ClauseDef[], overrides: readonly BoundStatement[], reader: Reader, report: (d: Diagnostic) => void): ClauseDef[] {
  const byId = new Map(overrides.map((o) => [o.values['id']?.kind === 'name' ? o.values['id'].name.text : '', o]));
  const used = new Set<string>();
  const replace = (d: ClauseDef): ClauseDef => {
    const o = byId.get(d.id);
    const kids = d.content.map((c): Content => (c.kind === 'clause' ? { kind: 'clause', def: replace(c.def) } : c));
    if (!o) return { ...d, content: kids };
    used.add(d.id);
    const wording = reader.wording(o);
    const title = reader.title(o) ?? d.title;
    // The override replaces the clause's own wording; its sub-clauses stay.
    const own: Content = { kind: 'para', guards: [], bold: d.content.some((c) => c.kind === 'para' && c.bold), wording };
    return { ...d, title, content: [own, ...kids.filter((c) => c.kind === 'clause')] };
  };
  const out = defs.map(replace);
  const ids = allIds(defs);
  for (const [id, o] of byId) {
    if (used.has(id)) continue;
    const v = o.values['id'];
    report(unknownClauseOverride.create(o.file, v?.range ?? o.node.keyword.range, { id, suggestions: suggest(id, ids) }));
  }
  return out;
}

/** Reads bound `clause` statements into definitions, parsing their wording with source offsets. */
class Reader {
  private readonly sources: ReadonlyMap<string, string>;
  private readonly report: (d: Diagnostic) => void;

  constructor(sources: ReadonlyMap<string, string>, report: (d: Diagnostic) => void) {
    this.sources = sources;
    this.report = report;
  }

  clause(b: BoundStatement, inherited: Part): ClauseDef {
    const idValue = b.values['id'];
    const id = idValue?.kind === 'name' ? idValue.name.text : '';
    const part = childEnum(b, 'part') ?? inherited;
    const rank = b.children.find((c) => c.spec.keyword === 'order')?.values['rank'];
    const labels = new Map<string, Localized>();
    const content: Content[] = [];
    for (const c of b.children) {
      switch (c.spec.keyword) {
        case 'label': {
          const key = c.values['key'];
          if (key?.kind === 'name') labels.set(key.name.text, { fr: str(c, 'fr'), en: str(c, 'en') });
          break;
        }
        case 'para': content.push({ kind: 'para', guards: this.guards(c), bold: has(c, 'bold'), wording: this.wording(c) }); break;
        case 'each': content.push({ kind: 'each', path: this.pathGuard(c), bullets: c.values['style']?.kind === 'enum' && c.values['style'].value === 'bullets', guards: this.guards(c), bold: has(c, 'bold'), wording: this.wording(c) }); break;
        case 'table': {
          const columns = c.children.filter((k) => k.spec.keyword === 'column').map((k) => this.column(k));
          const rows = c.children.filter((k) => k.spec.keyword === 'row').map((k) => this.row(k, columns.length));
          content.push({ kind: 'table', path: c.values['path'] ? this.pathGuard(c) : undefined, guards: this.guards(c), columns, rows });
          break;
        }
        case 'clause': content.push({ kind: 'clause', def: this.clause(c, part) }); break;
        default: break;
      }
    }
    if (has(b, 'fr') || has(b, 'en')) content.unshift({ kind: 'para', guards: [], bold: has(b, 'bold'), wording: this.wording(b) });
    return {
      id, file: b.file, idRange: idValue?.range ?? b.node.keyword.range, part,
      order: rank?.kind === 'number' ? rank.value : 0,
      title: this.title(b), guards: this.guards(b), content, labels,
    };
  }

  title(b: BoundStatement): { fr: Template; en: Template } | undefined {
    const t = b.children.find((c) => c.spec.keyword === 'title');
    const [fr, en] = t?.node.args ?? [];
    if (!t || !fr) return undefined;
    const parsed = this.parse(fr, t.file);
    return { fr: parsed, en: en ? this.parse(en, t.file) : parsed };
  }

  wording(b: BoundStatement): Wording {
    const fr = this.template(b, 'fr');
    const en = this.template(b, 'en');
    const id = b.values['id']?.kind === 'name' ? b.values['id'].name.text : b.spec.keyword;
    if ((fr === undefined) !== (en === undefined)) {
      this.report(missingWording.create(b.file, b.node.keyword.range, { id, lang: fr ? 'en' : 'fr' }));
    }
    return { fr, en, file: b.file };
  }

  private template(b: BoundStatement, lang: 'fr' | 'en'): Template | undefined {
    const stmt = b.children.find((c) => c.spec.keyword === lang);
    const node = stmt?.node.args[0];
    if (!stmt || !node) return undefined;
    return this.parse(node, stmt.file);
  }

  private parse(node: Value, file: string): Template {
    const src = this.sources.get(file) ?? '';
    // Text blocks are parsed from the source itself, so offsets are exact; strings from their value.
    const t = node.kind === 'text'
      ? parseTemplate(src.slice(node.contentStart, Math.max(node.contentStart, node.range.end - 3)), node.contentStart)
      : parseTemplate(node.kind === 'string' ? node.value : '', node.range.start + 1);
    for (const e of t.errors) this.report(malformedTemplate.create(file, { start: e.offset, end: e.offset + e.length }, { detail: e.detail }));
    return t;
  }

  private column(c: BoundStatement): Column {
    const cell = c.node.args[2];
    const cellEn = c.node.args[3];
    const fr = cell ? this.parse(cell, c.file) : { nodes: [], errors: [] };
    return { title: { fr: str(c, 'fr'), en: str(c, 'en') }, fr, en: cellEn ? this.parse(cellEn, c.file) : fr, file: c.file };
  }

  private row(r: BoundStatement, columns: number): Row {
    const cells = r.children.filter((k) => k.spec.keyword === 'cell').map((k) => {
      const fr = k.node.args[0];
      const en = k.node.args[1];
      const t = fr ? this.parse(fr, k.file) : { nodes: [], errors: [] };
      return { fr: t, en: en ? this.parse(en, k.file) : t };
    });
    // A row must fill the table: a missing or extra cell would shift every later column.
    if (cells.length !== columns) {
      this.report(malformedTemplate.create(r.file, r.node.keyword.range, { detail: `row: ${cells.length} cell(s) for ${columns} column(s)` }));
    }
    return { path: r.values['path'] ? this.pathGuard(r) : undefined, guards: this.guards(r), cells, file: r.file, range: r.node.keyword.range };
  }

  private guards(b: BoundStatement): Guard[] {
    return b.children.filter((c) => c.spec.keyword === 'when' || c.spec.keyword === 'unless').map((c) => {
      const path = c.values['path'];
      const values = c.values['values'];
      const names = values?.kind === 'list' ? values.items : values ? [values] : [];
      const cond: Condition = {
        path: path?.kind === 'string' ? path.value : '',
        values: names.map((v) => (v.kind === 'name' ? v.name.text : '')),
        negated: c.spec.keyword === 'unless',
        offset: path?.range.start ?? c.node.range.start,
        length: path ? path.range.end - path.range.start : 0,
      };
      return { cond, file: c.file };
    });
  }

  private pathGuard(b: BoundStatement): Guard {
    const path = b.values['path'];
    const text = path?.kind === 'string' ? path.value : '';
    const start = path?.range.start ?? b.node.range.start;
    const cond = parseCondition(text, start + 1);
    if ('detail' in cond) this.report(malformedTemplate.create(b.file, path?.range ?? b.node.keyword.range, { detail: cond.detail }));
    return { cond: 'detail' in cond ? { path: text, values: [], negated: false, offset: start, length: 0 } : { ...cond, offset: start, length: (path?.range.end ?? start) - start }, file: b.file };
  }
}

function str(b: BoundStatement, slot: string): string {
  const v = b.values[slot];
  return v?.kind === 'string' ? v.value : '';
}

function has(b: BoundStatement, keyword: string): boolean {
  return b.children.some((c) => c.spec.keyword === keyword);
}

function childEnum(b: BoundStatement, keyword: string): Part | undefined {
  const v = b.children.find((c) => c.spec.keyword === keyword)?.values['part'];
  return v?.kind === 'enum' ? (v.value as Part) : undefined;
}
