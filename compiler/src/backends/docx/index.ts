// Backend `docx`: consumes the contract document (../document) and produces a Word file
// (from-document.ts: the docx package's objects; render.ts: the bytes, deterministic). Guarantees:
// layout only — every word comes from the document; the same document gives the same bytes (no
// clock, no random ids, no time zone).
import type { Diagnostic } from '../../diagnostics/index.ts';
import type { Model } from '../../model/index.ts';
import { buildDocument, unprintedFacts, type DocumentOptions } from '../document/index.ts';
import type { WordOptions } from './from-document.ts';
import { renderDocx } from './render.ts';

export { bookmarkNames, toWordDocument, wordNumbers, WORD_FONT } from './from-document.ts';
export type { WordOptions } from './from-document.ts';
export { normalise, renderDocx, xmlSafe } from './render.ts';

export interface DocxOptions extends DocumentOptions, WordOptions {}

/** The whole chain for one language, as buildPdf: the document, then the bytes unless it has errors. */
export async function buildDocx(model: Model, options: DocxOptions): Promise<{ bytes?: Uint8Array; diagnostics: readonly Diagnostic[] }> {
  const built = buildDocument(model, options);
  const document = built.document;
  const diagnostics = [...built.diagnostics, ...unprintedFacts(model, built.ledger, options.lang)];
  if (!document || (!options.draft && diagnostics.some((d) => d.severity === 'error'))) return { diagnostics };
  return { bytes: await renderDocx(document, options), diagnostics };
}
