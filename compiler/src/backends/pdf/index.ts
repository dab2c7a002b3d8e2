// Backend `pdf`: consumes a checked Model (and, through the Host, the clause library in
// stdlib/clauses); produces pdfmake's document definition as plain data (from-model.ts), then the PDF
// bytes (render.ts, the only module that imports pdfmake). Guarantees: the legal wording comes from
// `.infog` clauses only; unknown facts, references and overrides are diagnostics (IG60xx) at their
// position; the same source gives the same bytes (no clock, no random ids).
import type { Diagnostic } from '../../diagnostics/index.ts';
import type { Model } from '../../model/index.ts';
import { buildDocument, type BuildOptions } from './from-model.ts';
import type { PdfFonts } from './fonts.ts';
import { renderPdf } from './render.ts';

export { buildDocument, checkClauses } from './from-model.ts';
export type { BuildOptions, BuildResult, DocumentDefinition } from './from-model.ts';
export { renderPdf, toPdfmake } from './render.ts';
export { FONT_SPECIFIERS, fontUrls } from './fonts.ts';
export type { FontStyle, PdfFonts } from './fonts.ts';

export interface PdfOptions extends BuildOptions {
  readonly fonts: PdfFonts;
}

/**
 * The whole backend: the definition, then the bytes unless a diagnostic is an error (in draft mode
 * the missing facts print as blanks and do not stop the PDF).
 */
export async function buildPdf(model: Model, options: PdfOptions): Promise<{ bytes?: Uint8Array; diagnostics: readonly Diagnostic[] }> {
  const { definition, diagnostics } = buildDocument(model, options);
  if (!options.draft && diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { bytes: await renderPdf(definition, options.fonts), diagnostics };
}
