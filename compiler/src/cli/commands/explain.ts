import { allCodes, lookupCode, suggestion, type Locale } from '../../diagnostics/index.ts';
import { suggest } from '../../model/index.ts';
import { UsageError } from '../files.ts';

/** `infog explain <CODE|rule>`: the documentation of a code, from the catalogue. */
export function explain(what: string, locale: Locale): string {
  const fr = locale === 'fr';
  const byRule = allCodes().find((c) => c.rule === what);
  const spec = byRule ?? lookupCode(what);
  if (!spec) {
    const candidates = allCodes().flatMap((c) => (c.rule ? [c.code, c.rule] : [c.code]));
    throw new UsageError(`${fr ? `code inconnu : ${what}.` : `unknown code: ${what}.`}${suggestion(suggest(what, candidates), locale)}`);
  }
  const level = { error: fr ? 'erreur' : 'error', warning: fr ? 'avertissement' : 'warning', info: 'info' }[spec.severity];
  const out = [
    `${spec.code}${spec.rule ? ` [${spec.rule}]` : ''} — ${spec.title[locale]} (${level})`,
    '',
    spec.doc.explanation[locale],
  ];
  if (spec.doc.legalBasis) out.push('', `${fr ? 'Fondement : ' : 'Legal basis: '}${spec.doc.legalBasis}`);
  if (spec.doc.reference) out.push('', `${fr ? 'Référence : ' : 'Reference: '}${spec.doc.reference}`);
  if (spec.doc.example) out.push('', fr ? 'Exemple qui déclenche ce diagnostic :' : 'Example that triggers it:', indent(spec.doc.example));
  if (spec.doc.fixed) out.push('', fr ? 'Correction :' : 'Fixed:', indent(spec.doc.fixed));
  return `${out.join('\n')}\n`;
}

function indent(s: string): string {
  return s.split('\n').map((l) => `    ${l}`).join('\n');
}
