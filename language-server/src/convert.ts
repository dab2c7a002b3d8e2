// The one file that knows LSP types: converts the compiler's plain data (UTF-16 offsets, display
// paths, localized texts) to protocol objects, and LSP positions back to offsets.
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, DiagnosticTag, FoldingRangeKind, InsertTextFormat, MarkupKind, SymbolKind,
  type CodeAction, type CodeLens, type CompletionItem, type Diagnostic as LspDiagnostic, type DocumentLink, type DocumentSymbol,
  type FoldingRange, type Hover, type Location as LspLocation, type Position, type Range as LspRange, type SemanticTokens,
  type SemanticTokensLegend, type SymbolInformation, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { ide, LineIndex, renderMessage, shownRule, type Diagnostic, type Locale, type Range, type TextEdit } from '@infog/compiler';

/** Offsets ↔ LSP positions for one text (the compiler's LineIndex follows the LSP's line-break rule). */
export class Positions {
  private readonly index: LineIndex;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    this.index = new LineIndex(text);
  }
  position(offset: number): Position {
    const p = this.index.position(offset);
    return { line: p.line - 1, character: p.column - 1 };
  }
  range(r: Range): LspRange {
    return { start: this.position(r.start), end: this.position(r.end) };
  }
  offset(p: Position): number {
    return this.index.offset(p.line + 1, p.character + 1);
  }
  get lineCount(): number {
    return this.index.lineCount;
  }
}

const cache = new Map<string, Positions>();
/** Positions of a text, cached for the few texts a request touches. */
export function positionsOf(text: string): Positions {
  let p = cache.get(text);
  if (!p) {
    if (cache.size > 16) cache.clear();
    p = new Positions(text);
    cache.set(text, p);
  }
  return p;
}

/** Resolves a display path (`std/…`, project-relative) to a URI and the text of that file. */
export interface FileResolver {
  uri(file: string): string | undefined;
  text(file: string): string | undefined;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function diagnostic(d: Diagnostic, locale: Locale, pos: Positions, files: FileResolver, docsUrl: (code: string) => string): LspDiagnostic {
  const related = (d.related ?? []).flatMap((r) => {
    const uri = files.uri(r.file);
    const text = files.text(r.file);
    return uri && text !== undefined ? [{ location: { uri, range: positionsOf(text).range(r.range) }, message: r.message[locale] }] : [];
  });
  return {
    range: pos.range(d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: docsUrl(d.code) },
    source: 'infog',
    message: shownRule(d) ? `${renderMessage(d, locale)} [${shownRule(d) ?? ''}]` : renderMessage(d, locale),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(d.code === 'IG2203' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}

const COMPLETION_KIND: Record<ide.CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  word: CompletionItemKind.Keyword,
  enum: CompletionItemKind.EnumMember,
  unit: CompletionItemKind.Unit,
  name: CompletionItemKind.Reference,
  module: CompletionItemKind.Module,
  value: CompletionItemKind.Value,
};

export function completionItem(e: ide.CompletionEntry, pos: Positions): CompletionItem {
  return {
    label: e.label,
    kind: COMPLETION_KIND[e.kind],
    ...(e.detail === undefined ? {} : { detail: e.detail }),
    ...(e.documentation === undefined ? {} : { documentation: { kind: MarkupKind.Markdown, value: e.documentation } }),
    ...(e.sortText === undefined ? {} : { sortText: e.sortText }),
    insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: pos.range(e.replace), newText: e.insertText ?? e.label },
    filterText: e.label,
  };
}

export function hover(h: ide.HoverInfo, pos: Positions): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: pos.range(h.range) };
}

export function location(l: ide.Location, files: FileResolver): LspLocation | undefined {
  const uri = files.uri(l.file);
  const text = files.text(l.file);
  return uri && text !== undefined ? { uri, range: positionsOf(text).range(l.range) } : undefined;
}

export function workspaceEdit(edits: readonly TextEdit[], files: FileResolver): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    const uri = files.uri(e.file);
    const text = files.text(e.file);
    if (!uri || text === undefined) continue;
    (changes[uri] ??= []).push({ range: positionsOf(text).range(e.range), newText: e.newText });
  }
  return { changes };
}

const SYMBOL_KIND: Record<ide.OutlineKind, SymbolKind> = {
  contract: SymbolKind.File,
  import: SymbolKind.Module,
  block: SymbolKind.Namespace,
  field: SymbolKind.Field,
  party: SymbolKind.Class,
  signatory: SymbolKind.Constructor,
  site: SymbolKind.Package,
  equipment: SymbolKind.Object,
  software: SymbolKind.Object,
  cloud: SymbolKind.Object,
  service: SymbolKind.Interface,
  priority: SymbolKind.EnumMember,
  calendar: SymbolKind.Event,
  preset: SymbolKind.Struct,
  contact: SymbolKind.Constructor,
  deliverable: SymbolKind.Object,
  subprocessor: SymbolKind.Class,
};
const symbolKind = (k: ide.OutlineKind): SymbolKind => SYMBOL_KIND[k] ?? SymbolKind.Variable;

export function documentSymbol(s: ide.OutlineSymbol, pos: Positions): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail === '' ? {} : { detail: s.detail }),
    kind: symbolKind(s.kind),
    range: pos.range(s.range),
    selectionRange: pos.range(s.selectionRange),
    children: s.children.map((c) => documentSymbol(c, pos)),
  };
}

export function workspaceSymbol(s: ide.WorkspaceSymbol, files: FileResolver): SymbolInformation | undefined {
  const loc = location(s, files);
  return loc ? { name: s.name, kind: symbolKind(s.kind), location: loc, containerName: s.container } : undefined;
}

export function foldingRange(f: ide.Fold, pos: Positions): FoldingRange | undefined {
  const start = pos.position(f.start).line;
  let end = pos.position(f.end).line;
  // Keep the closing brace visible: fold up to the line before it.
  if (f.kind === 'region' && pos.text[f.end] === '}' && end > start) end--;
  if (end <= start) return undefined;
  return { startLine: start, endLine: end, ...(f.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : f.kind === 'imports' ? { kind: FoldingRangeKind.Imports } : { kind: FoldingRangeKind.Region }) };
}

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...ide.TOKEN_TYPES], tokenModifiers: [...ide.TOKEN_MODIFIERS] };

/** LSP's relative encoding; tokens spanning lines (text blocks, block comments) are split per line. */
export function semanticTokens(tokens: readonly ide.SemanticToken[], pos: Positions): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, char: number, length: number, type: number, mods: number): void => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, mods);
    prevLine = line;
    prevChar = char;
  };
  for (const t of tokens) {
    const type = ide.TOKEN_TYPES.indexOf(t.type);
    const mods = t.modifiers.reduce((m, x) => m | (1 << ide.TOKEN_MODIFIERS.indexOf(x)), 0);
    const start = pos.position(t.start);
    const end = pos.position(t.start + t.length);
    if (start.line === end.line) {
      push(start.line, start.character, end.character - start.character, type, mods);
      continue;
    }
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const lineEnd = line === end.line ? end.character : lineLength(pos, line);
      push(line, from, lineEnd - from, type, mods);
    }
  }
  return { data };
}

function lineLength(pos: Positions, line: number): number {
  const start = pos.offset({ line, character: 0 });
  const next = line + 1 < pos.lineCount ? pos.offset({ line: line + 1, character: 0 }) : pos.text.length;
  return pos.text.slice(start, next).replace(/\r?\n$|\r$/, '').length;
}

export function documentLink(l: ide.DocumentLink, pos: Positions, files: FileResolver): DocumentLink | undefined {
  const target = files.uri(l.target);
  return target ? { range: pos.range(l.range), target, tooltip: l.target } : undefined;
}

export const LENS_COMMANDS: Record<ide.LensAction, { command: string; title: Record<Locale, string> }> = {
  'compile-pdf': { command: 'infog.compilePdf', title: { fr: '$(file-pdf) Compiler le PDF', en: '$(file-pdf) Compile PDF' } },
  'sla-json': { command: 'infog.showSlaJson', title: { fr: '$(json) SLA JSON', en: '$(json) SLA JSON' } },
  'compare-signed': { command: 'infog.compareSigned', title: { fr: '$(git-compare) Comparer à la version signée', en: '$(git-compare) Compare with the signed version' } },
};

export function codeLens(l: ide.CodeLensInfo, pos: Positions, uri: string, locale: Locale): CodeLens {
  const c = LENS_COMMANDS[l.action];
  return { range: pos.range(l.range), command: { title: c.title[locale], command: c.command, arguments: [uri] } };
}

export function codeAction(a: ide.CodeAction, locale: Locale, files: FileResolver, lspDiagnostics: readonly LspDiagnostic[], pos: Positions): CodeAction {
  const matching = lspDiagnostics.filter((ld) => a.diagnostics.some((d) => ld.code === d.code && sameRange(ld.range, pos.range(d.range))));
  return {
    title: a.title[locale],
    kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    edit: workspaceEdit(a.edits, files),
    ...(a.preferred ? { isPreferred: true } : {}),
    ...(matching.length > 0 ? { diagnostics: matching } : {}),
  };
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function textEdits(edits: readonly { range: Range; newText: string }[], pos: Positions): LspTextEdit[] {
  return edits.map((e) => ({ range: pos.range(e.range), newText: e.newText }));
}
