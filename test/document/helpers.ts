import { readdirSync } from 'node:fs';
import type { Locale } from '../../compiler/src/diagnostics/index.ts';
import type { CheckResult, Host } from '../../compiler/src/index.ts';
import { buildDocument, toPlainText, type ContractDocument, type DocumentResult } from '../../compiler/src/backends/document/index.ts';
import { checkExample, EXAMPLES, exampleHost } from '../pdf/helpers.ts';
import { checkFull } from '../pdf/full.ts';

// Shared by the document tests: every example (listed here, so one that stops checking clean fails
// loudly instead of dropping out of the suite), built into its document in each language.

/** The examples, by file name: a new example is added here on purpose. */
export const EXAMPLE_NAMES: readonly string[] = [
  'cabinet-dupont.infog',
  'geneve-atelier-rochat.infog',
  'namur-dentisterie.infog',
  'strasbourg-clinique.infog',
  'nantes-paiements.infog',
];

export const LANGS: readonly Locale[] = ['fr', 'en'];

/** The example files actually in `examples/` (compared with EXAMPLE_NAMES by a test). */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES).filter((f) => f.endsWith('.infog')).sort();
}

export interface Built {
  readonly name: string;
  readonly lang: Locale;
  readonly checked: CheckResult;
  readonly host: Host;
  readonly result: DocumentResult;
  readonly document: ContractDocument;
  readonly text: string;
}

const cache = new Map<string, Built>();

/** An example (or `full` for the full fixture) checked and built in one language, once per process. */
export function built(name: string, lang: Locale): Built {
  const key = `${name}|${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let checked: CheckResult;
  let host: Host;
  if (name === 'full') {
    const f = checkFull();
    checked = f.result;
    host = f.host;
  } else {
    host = exampleHost();
    checked = checkExample(name, host);
  }
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${name} does not check clean: ${errors.map((d) => d.code).join(', ')}`);
  const result = buildDocument(checked.model, { lang, draft: false, host });
  if (!result.document) throw new Error(`${name}: no document`);
  const b: Built = { name, lang, checked, host, result, document: result.document, text: toPlainText(result.document) };
  cache.set(key, b);
  return b;
}

/** Text with line breaks and every kind of space folded, so phrases can be searched across lines. */
export const flat = (s: string): string => s.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
