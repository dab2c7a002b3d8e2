// Backend `document`: consumes a checked Model and, through the Host, the clause library
// (stdlib/clauses); produces the contract document (types.ts) as plain data, with the ledger of the
// facts it printed. Renderers (../pdf, and the text renderer here) only lay the document out.
// Guarantees: the legal wording comes from `.infog` clauses and phrases only; unknown facts,
// references and overrides are diagnostics (IG60xx) at their position; a fact the document does not
// print is reported at its statement (IG6011); no clock, no random ids.
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import type { Host } from '../../host.ts';
import type { Model } from '../../model/index.ts';
import { buildDocument } from './build.ts';
import { contractLanguages, missingTranslations, unprintedFacts } from './ledger.ts';

export { buildDocument, checkClauses } from './build.ts';
export type { DocumentOptions, DocumentResult } from './build.ts';
export { contractLanguages, missingTranslations, unprintedFacts } from './ledger.ts';
export { toPlainText } from './plain.ts';
export type * from './types.ts';
export { inlineText } from './types.ts';

/**
 * What `infog check` and the editor learn from the document, without rendering it: prose left
 * untranslated (always: it is a fact of the source), and, unless `draft` is false (a contract with
 * errors), what drafting it in each of its languages finds — clause errors and facts no clause prints.
 * Facts unprinted in several languages are reported once.
 */
export function documentFindings(model: Model, host: Host, options: { readonly draft?: boolean } = {}): readonly Diagnostic[] {
  if (!model.contract) return [];
  const out: Diagnostic[] = [...missingTranslations(model)];
  if (options.draft === false) return out;
  const seen = new Set<string>();
  for (const lang of contractLanguages(model) as readonly Locale[]) {
    const r = buildDocument(model, { lang, draft: false, host });
    for (const d of [...r.diagnostics, ...unprintedFacts(model, r.ledger, lang)]) {
      const key = `${d.code}|${d.file}|${d.range.start}|${d.range.end}|${d.code === 'IG6011' ? '' : JSON.stringify(d.args)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
