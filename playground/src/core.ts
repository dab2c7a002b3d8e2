import { complete } from '../../compiler/src/ide/completion.ts';
import { checkSource, renderMessage, type Diagnostic, type Locale } from '../../compiler/src/index.ts';
import { buildDocument, contractLanguages, type ContractDocument } from '../../compiler/src/backends/document/index.ts';
import { toHtml } from '../../compiler/src/backends/html/index.ts';
import { toMarkdown } from '../../compiler/src/backends/markdown/index.ts';
import { renderDocx } from '../../compiler/src/backends/docx/index.ts';
import { toDefinition } from '../../compiler/src/backends/pdf/from-document.ts';
import { renderPdf } from '../../compiler/src/backends/pdf/render.ts';
import type { PdfFonts } from '../../compiler/src/backends/pdf/fonts.ts';
import { buildSlaDocument } from '../../compiler/src/backends/sla/from-model.ts';
import { serializeSla } from '../../compiler/src/backends/sla/serialize.ts';
import type { Model } from '../../compiler/src/model/index.ts';
import { BrowserHost } from './host.ts';

// What the playground page does with a contract, without the DOM (so it is tested in Node): check it
// with the bundled stdlib, list its diagnostics in the reader's language, and render the contract
// document as the preview page, Markdown, Word and PDF (the fonts are bytes the page bundles).

export const FILE = 'contract.infog';

export interface PlaygroundDiagnostic {
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface Analysis {
  readonly diagnostics: readonly PlaygroundDiagnostic[];
  /** The contract document, when the text has no error. */
  readonly document: ContractDocument | undefined;
  /** The checked model, when the text has no error (for the SLA JSON). */
  readonly model: Model | undefined;
}

export function analyse(text: string, stdlib: Readonly<Record<string, string>>, locale: Locale, today = '2026-12-01'): Analysis {
  const host = new BrowserHost(stdlib, { [FILE]: text }, today);
  const result = checkSource({ path: FILE, text }, host);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const at = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const diagnostics = result.diagnostics.filter((d) => d.file === FILE).map((d) => ({
    severity: d.severity, code: d.code, ...at(d.range.start), message: renderMessage(d, locale),
  }));
  let document: ContractDocument | undefined;
  if (result.model.contract && !result.diagnostics.some((d) => d.severity === 'error')) {
    const langs = contractLanguages(result.model);
    const lang = langs.includes(locale) ? locale : (langs[0] ?? 'fr');
    document = buildDocument(result.model, { lang, draft: false, host }).document;
  }
  return { diagnostics, document, model: document ? result.model : undefined };
}

export const previewHtml = (doc: ContractDocument): string => toHtml(doc);
export const markdownOf = (doc: ContractDocument): string => toMarkdown(doc);
export const wordOf = (doc: ContractDocument): Promise<Uint8Array> => renderDocx(doc);
export const pdfOf = (doc: ContractDocument, fonts: PdfFonts): Promise<Uint8Array> => renderPdf(toDefinition(doc), fonts);

/**
 * The SLA JSON of a clean contract, as `infog compile --sla` writes it; the source's SHA-256 comes from
 * Web Crypto (the browser has no node:crypto; the bundle stubs it, playground/build.mjs).
 */
export async function slaOf(model: Model, text: string): Promise<string | undefined> {
  const bytes = new TextEncoder().encode(text);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  const built = buildSlaDocument(model, { path: FILE, bytes, sha256 });
  return built.document ? serializeSla(built.document) : undefined;
}

export interface Suggestion {
  readonly label: string;
  readonly detail: string;
  /** The text replaced (the word being typed), as offsets, and what replaces it. */
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** The language server's completion (compiler/src/ide) at an offset, as plain insertions (snippets give their label). */
export function suggestions(text: string, offset: number, stdlib: Readonly<Record<string, string>>, locale: Locale): Suggestion[] {
  const host = new BrowserHost(stdlib, { [FILE]: text }, '2026-12-01');
  const result = checkSource({ path: FILE, text }, host);
  return complete(result, FILE, offset, locale).map((e) => ({
    label: e.label, detail: e.detail ?? '', start: e.replace.start, end: e.replace.end,
    insert: e.snippet === true || e.insertText === undefined ? e.label : e.insertText,
  }));
}
