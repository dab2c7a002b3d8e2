import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage, type Host } from '../../compiler/src/index.ts';
import { buildDocument, checkClauses } from '../../compiler/src/backends/document/index.ts';
import { MemoryHost } from '../helpers/host.ts';
import { FULL_TEXT, checkFull } from '../pdf/full.ts';

// The clause codes the stdlib never triggers (it checks clean), each produced from a contract's
// wording overrides or its own clause module, at its position, in both languages.

/** The full fixture with `extra` inserted before its closing brace. */
const withOverride = (extra: string, text = FULL_TEXT): string => {
  const end = text.lastIndexOf('}');
  return `${text.slice(0, end)}${extra}\n}\n`;
};

const located = (text: string, ds: readonly { code: string; range: { start: number; end: number } }[]): string[] =>
  ds.map((d) => `${d.code}:${text.slice(d.range.start, d.range.end)}`);

describe('clause codes from a contract', () => {
  it('IG6006: an override with wording in one language only', () => {
    const text = withOverride('  clause renewal {\n    fr """Reconduction pour {term.renewal.period}."""\n  }');
    const { result, host } = checkFull(text);
    const ds = checkClauses(result.model, host);
    expect(located(text, ds)).toEqual(['IG6006:clause']);
    expect(renderMessage(ds[0]!, 'fr')).toBe('La clause « renewal » n\'a pas de rédaction anglaise alors qu\'elle en a une dans l\'autre langue.');
    expect(renderMessage(ds[0]!, 'en')).toBe('Clause "renewal" has no English wording although it has one in the other language.');
  });

  it('IG6008: a condition on a value the fact can never take', () => {
    const text = withOverride('  clause renewal {\n    fr """{if law is DE}Droit allemand.{end}"""\n    en """{if law is DE}German law.{end}"""\n  }');
    const { result, host } = checkFull(text);
    const ds = checkClauses(result.model, host);
    expect(located(text, ds)).toEqual(['IG6008:law is DE', 'IG6008:law is DE']);
    expect(renderMessage(ds[0]!, 'en')).toContain('DE');
  });

  it('IG6010: an unknown formatting after `|`', () => {
    const text = withOverride('  clause renewal {\n    fr """SIREN : {party.provider.siret|sirne}."""\n    en """SIREN: {party.provider.siret|siren}."""\n  }');
    const { result, host } = checkFull(text);
    const ds = checkClauses(result.model, host);
    expect(ds.map((d) => d.code)).toEqual(['IG6010']);
    expect(renderMessage(ds[0]!, 'fr')).toContain('« sirne » n\'est pas une mise en forme connue');
    expect(renderMessage(ds[0]!, 'en')).toContain('"sirne" is not a known formatting');
  });

  it('IG6005: a firm’s clause module reusing the id of an existing clause for a sub-clause', () => {
    const firm = 'clause firm_terms {\n  title "Conditions du cabinet" "Firm terms"\n  clause notices {\n    fr """Texte."""\n    en """Text."""\n  }\n}\n';
    const text = `import "./firm"\n${FULL_TEXT}`;
    const host = new MemoryHost({ 'full.infog': text, 'firm.infog': firm });
    const result = checkSource({ path: 'full.infog', text }, host);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ds = checkClauses(result.model, host);
    expect(ds.map((d) => [d.code, d.file, firm.slice(d.range.start, d.range.end)])).toEqual([['IG6005', 'firm.infog', 'notices']]);
    const built = buildDocument(result.model, { lang: 'fr', draft: false, host });
    expect(built.diagnostics.map((d) => d.code)).toContain('IG6005');
  });

  it('IG6009: no clause library, no PDF', () => {
    const { result, host } = checkFull();
    const bare: Host = { readFile: (root, path) => (root === 'stdlib' && path.startsWith('clauses/') ? undefined : host.readFile(root, path)), today: () => host.today() };
    const built = buildDocument(result.model, { lang: 'en', draft: false, host: bare });
    expect(built.diagnostics.map((d) => [d.code, d.severity])).toEqual([['IG6009', 'error']]);
    expect(renderMessage(built.diagnostics[0]!, 'en')).toBe('The clause library "std/clauses/index.infog" cannot be found: the PDF cannot be drafted.');
  });
});
