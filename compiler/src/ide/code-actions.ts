import type { Statement } from '../ast/types.ts';
import { forLaw, type Diagnostic, type Locale, type Localized, type TextEdit } from '../diagnostics/index.ts';
import type { Host } from '../host.ts';
import type { CheckResult } from '../model/index.ts';
import { IDENTIFIER_CHECKS } from '../model/validate/identifiers.ts';
import { contractSpec, findStatement, type StatementSpec } from '../schema/index.ts';
import { decodeUtf8, type Range } from '../text/index.ts';
import { allLocated, blockOf, viewOf, type FileView, type Located } from './context.ts';
import { skeletonOf } from './snippets.ts';

// Code actions: the fixes diagnostics carry (did-you-mean, …), plus the ones that need the file
// around the diagnostic: insert a missing required statement from its skeleton, waive a RECOMMENDED
// rule with a reason to fill in, and write an identifier in its official spacing.

export interface CodeAction {
  readonly title: Localized;
  readonly kind: 'quickfix' | 'refactor.rewrite';
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
  /** The diagnostics this action fixes. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface CodeActionOptions {
  /** Reads `std/skeletons/<keyword>.infog` when the stdlib ships one. */
  readonly host?: Host;
  /** Indentation unit of the file; two spaces by default. */
  readonly indent?: string;
}

const overlaps = (a: Range, b: Range): boolean => a.start <= b.end && b.start <= a.end;

export function codeActions(result: CheckResult, file: string, range: Range, options: CodeActionOptions = {}): CodeAction[] {
  const view = viewOf(result, file);
  if (!view) return [];
  const out: CodeAction[] = [];
  const here = result.diagnostics.filter((d) => d.file === file && overlaps(d.range, range));
  const located = allLocated(view);
  for (const d of here) {
    for (const f of d.fixes ?? []) out.push({ title: f.title, kind: 'quickfix', edits: f.edits, ...(f.preferred ? { preferred: true } : {}), diagnostics: [d] });
    out.push(...insertMissing(view, located, d, options));
    const waiver = waive(view, d);
    if (waiver) out.push(waiver);
  }
  out.push(...normaliseIdentifiers(view, located, range));
  return out;
}

/**
 * Keywords a diagnostic says are missing: IG2006's `keyword`, or a rule's missing facts: `keyword`,
 * or `owner.keyword` when the rule points at the block `owner` (`revision.fixed_part` on `revision`).
 */
function missingKeywords(d: Diagnostic, owner: string): string[] {
  const k = d.args['keyword'];
  if (d.code === 'IG2006' && typeof k === 'string') return [k];
  const m = d.args['missing'];
  if (!d.rule || !Array.isArray(m)) return [];
  return m.flatMap((x) => {
    if (typeof x !== 'string') return [];
    if (!x.includes('.')) return [x];
    const [head, tail, ...rest] = x.split('.');
    return head === owner && tail !== undefined && rest.length === 0 ? [tail] : [];
  });
}

function insertMissing(view: FileView, located: readonly Located[], d: Diagnostic, options: CodeActionOptions): CodeAction[] {
  // The statement the diagnostic points at owns the block to complete; a contract-wide rule points at `contract`.
  const owner = located.find((l) => l.node.keyword.range.start === d.range.start && l.node.block)
    ?? located.find((l) => l.node.keyword.text === contractSpec.keyword && l.node.block);
  const keywords = owner ? missingKeywords(d, owner.node.keyword.text) : [];
  if (keywords.length === 0) return [];
  const block = owner ? blockOf(owner.spec, owner.node) : undefined;
  if (!owner?.node.block || !block) return [];
  const out: CodeAction[] = [];
  for (const kw of keywords) {
    const spec = findStatement(block, kw);
    if (!spec || owner.node.block.statements.some((s) => s.keyword.text === kw)) continue;
    // The skeleton's examples are written for the contract's law (`cantonal_court "Genève"` in Geneva).
    const law = view.result.model.law;
    const edit = insertInBlock(view, owner.node, (indent, unit) => forLaw(skeletonFromStdlib(spec, indent, options.host) ?? skeletonOf(spec, indent, unit), law), options.indent ?? '  ');
    if (!edit) continue;
    out.push({ title: { fr: `Ajouter « ${kw} »`, en: `Add "${kw}"` }, kind: 'quickfix', edits: [edit], ...(keywords.length === 1 ? { preferred: true } : {}), diagnostics: [d] });
  }
  return out;
}

function skeletonFromStdlib(spec: StatementSpec, indent: string, host: Host | undefined): string | undefined {
  const bytes = host?.readFile('stdlib', `skeletons/${spec.keyword}.infog`);
  if (!bytes) return undefined;
  const lines = decodeUtf8(bytes).text.split(/\r?\n/).filter((l) => !/^\s*\/\//.test(l));
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  return lines.length === 0 ? undefined : lines.map((l) => (l.trim() === '' ? '' : indent + l)).join('\n');
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** Inserts a statement as the last line of a statement's block, indented one level deeper. */
function insertInBlock(view: FileView, s: Statement, body: (indent: string, unit: string) => string, unit: string): TextEdit | undefined {
  const b = s.block;
  if (!b) return undefined;
  const base = lineIndent(view.text, s.range.start);
  const indent = base + unit;
  const text = body(indent, unit);
  const close = b.closed ? b.range.end - 1 : b.range.end;
  const lineStart = view.text.lastIndexOf('\n', close - 1) + 1;
  // `}` alone on its line: insert a line before it; otherwise (`{ a; b }`) break the line first.
  if (b.closed && /^[ \t]*$/.test(view.text.slice(lineStart, close))) {
    return { file: view.file, range: { start: lineStart, end: lineStart }, newText: `${text}\n` };
  }
  return { file: view.file, range: { start: close, end: close }, newText: `\n${text}\n${base}` };
}

const WAIVE_REASON: Localized = { fr: 'Raison à préciser', en: 'Reason to be stated' };

function waive(view: FileView, d: Diagnostic): CodeAction | undefined {
  if (!d.rule || d.severity === 'error' || /^IG3/.test(d.code) === false) return undefined;
  const contract = view.ast.items.find((i): i is Statement => i.kind === 'statement' && i.keyword.text === contractSpec.keyword);
  if (!contract?.block) return undefined;
  const rule = d.rule;
  const edit = insertInBlock(view, contract, (indent) => `${indent}waive "${rule}" because "${localeReason(view)}"`, '  ');
  if (!edit) return undefined;
  return { title: { fr: `Déroger à « ${rule} » (avec une raison)`, en: `Waive "${rule}" (with a reason)` }, kind: 'quickfix', edits: [edit], diagnostics: [d] };
}

/** The placeholder reason in the contract's language (`language en` → English). */
function localeReason(view: FileView): string {
  const lang = view.result.model.contract?.children.find((c) => c.spec.keyword === 'language')?.values['language'];
  const locale: Locale = lang?.kind === 'enum' && lang.value === 'en' ? 'en' : 'fr';
  return WAIVE_REASON[locale];
}


function normaliseIdentifiers(view: FileView, located: readonly Located[], range: Range): CodeAction[] {
  const out: CodeAction[] = [];
  for (const { node } of located) {
    const check = IDENTIFIER_CHECKS[node.keyword.text];
    const arg = node.args[0];
    if (!check || arg?.kind !== 'string' || !overlaps(node.range, range)) continue;
    const r = check(arg.value);
    if (!r.ok || arg.value === r.display || arg.value === r.normalized) continue;
    for (const form of [...new Set([r.display, r.normalized])]) {
      out.push({
        title: { fr: `Normaliser l’identifiant : « ${form} »`, en: `Normalise the identifier: "${form}"` },
        kind: 'refactor.rewrite',
        edits: [{ file: view.file, range: arg.range, newText: JSON.stringify(form) }],
        diagnostics: [],
      });
    }
  }
  return out;
}

