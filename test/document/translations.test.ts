import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { buildDocument, missingTranslations, toPlainText } from '../../compiler/src/backends/document/index.ts';
import { MemoryHost } from '../helpers/host.ts';
import { FULL_TEXT } from '../pdf/full.ts';

// Prose is written French first, then English (`"Siège" "Head office"`), one pair per item in a
// list; a contract drafted in two languages warns about prose given in one, and the English
// document is refused while any is missing.

const check = (text: string) => {
  const host = new MemoryHost({ 'c.infog': text });
  return { host, ...checkSource({ path: 'c.infog', text }, host) };
};

describe('translations', () => {
  it('reads a pair per prose value and a pair per list item', () => {
    const { model, diagnostics } = check('contract "Infogérance" "Managed services" {\n  law FR\n  scope {\n    excludes "Téléphonie IP" "IP telephony", "Consommables" "Consumables", "PST"\n  }\n}\n');
    expect(diagnostics.filter((d) => d.code.startsWith('IG20'))).toEqual([]);
    expect(model.contract?.values['title']).toMatchObject({ value: 'Infogérance', en: { value: 'Managed services' } });
    const excludes = model.contract?.children.find((c) => c.spec.keyword === 'scope')?.children[0]?.values['items'];
    expect(excludes?.kind === 'list' && excludes.items.map((i) => (i.kind === 'string' ? [i.value, i.en?.value] : []))).toEqual([
      ['Téléphonie IP', 'IP telephony'], ['Consommables', 'Consumables'], ['PST', undefined],
    ]);
  });

  it('refuses an unbreakable word in either language of a prose pair, in a single value and in a list (IG2013)', () => {
    const long = 'x'.repeat(400);
    for (const [fr, en] of [[long, 'IP telephony'], ['Téléphonie IP', long]]) {
      const single = check(`contract "Infogérance" "Managed services" {\n  law FR\n  subcontracting {\n    subcontractor "Lyon Câblage SAS" "${fr}" "${en}"\n  }\n}\n`);
      expect(single.diagnostics.filter((d) => d.code === 'IG2013')).toHaveLength(1);
      const task = single.model.contract?.children.find((c) => c.spec.keyword === 'subcontracting')?.children[0]?.values['task'];
      expect(task).toBeUndefined();
      const list = check(`contract "Infogérance" "Managed services" {\n  law FR\n  scope {\n    excludes "${fr}" "${en}", "Consommables" "Consumables"\n  }\n}\n`);
      expect(list.diagnostics.filter((d) => d.code === 'IG2013')).toHaveLength(1);
      const excludes = list.model.contract?.children.find((c) => c.spec.keyword === 'scope')?.children[0]?.values['items'];
      expect(excludes?.kind === 'list' && excludes.items.map((i) => (i.kind === 'string' ? i.value : ''))).toEqual(['Consommables']);
    }
  });

  it('reports a third string as unexpected', () => {
    const { diagnostics } = check('contract "A" "B" "C" {\n  law FR\n}\n');
    expect(diagnostics.map((d) => d.code)).toContain('IG2004');
  });

  it('warns about prose in one language, with a fix that adds the second string', () => {
    const text = 'contract "Infogérance" {\n  law FR\n  translations en\n  scope { excludes "Téléphonie IP", "PST" }\n}\n';
    const { model } = check(text);
    const ds = missingTranslations(model);
    expect(ds.map((d) => [d.code, d.severity, text.slice(d.range.start, d.range.end)])).toEqual([
      ['IG6012', 'warning', '"Infogérance"'], ['IG6012', 'warning', '"Téléphonie IP"'],
    ]);
    expect(ds[0]?.fixes?.[0]?.edits[0]).toMatchObject({ newText: ' ""', range: { start: text.indexOf('"Infogérance"') + 13 } });
    expect(missingTranslations(model, 'en', 'error').every((d) => d.severity === 'error')).toBe(true);
    expect(missingTranslations(model, 'fr', 'error')).toEqual([]);
  });

  it('prints the English of prose in the English document, proper names as written', () => {
    const end = FULL_TEXT.lastIndexOf('}');
    const text = `${FULL_TEXT.slice(0, end)}  clause object { fr """{object.description}"""; en """{object.description}""" }\n}\n`
      .replace(/description "([^"]*)"/u, 'description "$1" "The Provider runs the Client’s systems."');
    const { model, host } = check(text);
    const en = toPlainText(buildDocument(model, { lang: 'en', draft: true, host }).document!);
    expect(en).toContain('The Provider runs the Client’s systems.');
  });
});
