// Backend `pdf`: consumes the contract document (../document) and produces pdfmake's document
// definition as plain data (from-document.ts), then the PDF bytes (render.ts, the only module that
// imports pdfmake). Guarantees: layout only — every word comes from the document; the same document
// gives the same bytes (no clock, no random ids).
import type { Diagnostic } from '../../diagnostics/index.ts';
import type { Model } from '../../model/index.ts';
import { buildDocument, unprintedFacts, type DocumentOptions } from '../document/index.ts';
import type { PdfFonts } from './fonts.ts';
import { toDefinition } from './from-document.ts';
import { renderPdf } from './render.ts';

export { toDefinition } from './from-document.ts';
export type { DocumentDefinition } from './from-document.ts';
export { renderPdf, toPdfmake } from './render.ts';
export { FONT_SPECIFIERS, fontUrls } from './fonts.ts';
export type { FontStyle, PdfFonts } from './fonts.ts';

export interface PdfOptions extends DocumentOptions {
  readonly fonts: PdfFonts;
}

/**
 * The whole chain for one language: the document, then the bytes unless a diagnostic is an error (in
 * draft mode the missing facts print as blanks and do not stop the PDF).
 */
export async function buildPdf(model: Model, options: PdfOptions): Promise<{ bytes?: Uint8Array; diagnostics: readonly Diagnostic[] }> {
  const built = buildDocument(model, options);
  const document = built.document;
  const diagnostics = [...built.diagnostics, ...unprintedFacts(model, built.ledger, options.lang)];
  if (!document || (!options.draft && diagnostics.some((d) => d.severity === 'error'))) return { diagnostics };
  return { bytes: await renderPdf(toDefinition(document), options.fonts), diagnostics };
}
