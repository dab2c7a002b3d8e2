import type { Locale } from '../diagnostics/index.ts';
import type { Host } from '../host.ts';
import type { CheckResult } from '../model/index.ts';
import { buildDocument, contractLanguages, type ContractDocument, type Inline, type Section } from '../backends/document/index.ts';
import { toHtml } from '../backends/html/index.ts';

// The live preview (issue 15): the contract document of a checked program as the HTML page
// (backends/html), and the two mappings the editor needs between the page and the source — the
// section under the cursor (to scroll the page there) and the source of what was clicked (a section's
// clause or a printed fact's statement). Plain data with offsets; the server converts positions.

export interface Preview {
  readonly html: string;
  readonly lang: Locale;
  readonly document: ContractDocument;
}

/** A range in a file of the program (as `FactSource` and section origins name them). */
export interface SourceRange {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** Styles the preview adds to the page: the section under the cursor, and clickable sources. */
const PREVIEW_CSS = `
[data-source] { cursor: pointer; }
.fact:hover { background: rgba(224, 176, 0, .18); }
section.current > h2, section.current > h3, section.current > h4 { background: rgba(224, 176, 0, .22); }
`;

/**
 * The preview of a contract, in `lang` when the contract is written in it, else its authoritative
 * language; undefined when the program has no contract or an error (the editor keeps the last good
 * page). Drafted without the watermark: it is the contract as it stands.
 */
export function preview(result: CheckResult, host: Host, lang?: Locale): Preview | undefined {
  const model = result.model;
  if (!model.contract || result.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const langs = contractLanguages(model);
  const chosen = lang && langs.includes(lang) ? lang : (langs[0] ?? 'fr');
  const built = buildDocument(model, { lang: chosen, draft: false, host });
  if (!built.document) return undefined;
  return { html: toHtml(built.document, { css: PREVIEW_CSS }), lang: chosen, document: built.document };
}

function factsIn(content: readonly Inline[], out: SourceRange[]): void {
  for (const i of content) {
    if (i.kind === 'fact') out.push(i.source);
    if (i.kind === 'fact' || i.kind === 'strong' || i.kind === 'ref') factsIn(i.content, out);
  }
}

function sectionFacts(s: Section): SourceRange[] {
  const out: SourceRange[] = [];
  for (const b of s.blocks) {
    if (b.kind === 'para') factsIn(b.content, out);
    else if (b.kind === 'list') b.items.forEach((i) => factsIn(i, out));
    else b.rows.forEach((r) => r.forEach((c) => factsIn(c, out)));
  }
  return out;
}

const within = (r: SourceRange, file: string, offset: number): boolean => r.file === file && r.start <= offset && offset <= r.end;

/**
 * The section to show for a cursor at `offset` in `file`: the deepest section printing a fact whose
 * statement holds the cursor (the smallest such statement wins), else the deepest section whose clause
 * was written there (a project clause or an override).
 */
export function sectionAt(doc: ContractDocument, file: string, offset: number): string | undefined {
  let best: { id: string; size: number; depth: number } | undefined;
  let origin: { id: string; depth: number } | undefined;
  const visit = (s: Section, depth: number): void => {
    for (const f of sectionFacts(s)) {
      if (!within(f, file, offset)) continue;
      const size = f.end - f.start;
      if (!best || size < best.size || (size === best.size && depth > best.depth)) best = { id: s.id, size, depth };
    }
    if (within(s.origin, file, offset) && (!origin || depth >= origin.depth)) origin = { id: s.id, depth };
    s.children.forEach((c) => visit(c, depth + 1));
  };
  doc.sections.forEach((s) => visit(s, 0));
  return best?.id ?? origin?.id;
}

/** `file:start-end` (the page's `data-source`) back to a range; undefined for anything else. */
export function parseSource(attribute: string): SourceRange | undefined {
  const m = /^(.+):(\d+)-(\d+)$/su.exec(attribute);
  if (!m) return undefined;
  const start = Number(m[2]);
  const end = Number(m[3]);
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start <= end ? { file: m[1] as string, start, end } : undefined;
}
