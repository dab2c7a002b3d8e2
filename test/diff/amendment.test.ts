import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildAmendment } from '../../compiler/src/backends/amendment/index.ts';
import { buildDocument, inlineText, toPlainText, unprintedFacts, type Block, type ContractDocument, type Inline, type Section } from '../../compiler/src/backends/document/index.ts';
import { formatDate, formatMoney } from '../../compiler/src/backends/document/format.ts';
import { renderPdf, toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import type { Locale } from '../../compiler/src/diagnostics/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { MemoryHost } from '../helpers/host.ts';
import { loadFonts } from '../pdf/helpers.ts';
import { checkText, edit, flagshipAmended, FLAGSHIP } from './helpers.ts';

// The flagship's first amendment (new site, faster P1, Syntec revision), in French and English. Its
// clauses are compared with the new version's document — the facts and the sections holding them —
// never with fixed wording, which other work rewrites; the goldens are read back from the PDF.

const LANGS: readonly Locale[] = ['fr', 'en'];
const host = new MemoryHost({});
const oldModel = checkText(FLAGSHIP).model;
const newText = flagshipAmended();
const newChecked = checkText(newText);
const newModel = newChecked.model;

const sectionsOf = (ss: readonly Section[]): Section[] => ss.flatMap((s) => [s, ...sectionsOf(s.children)]);
const inlinesOf = (b: Block): readonly (readonly Inline[])[] => (b.kind === 'para' ? [b.content] : b.kind === 'list' ? b.items : b.rows.flat());
const factsIn = (xs: readonly Inline[]): string[] => xs.flatMap((i) => (i.kind === 'fact' ? [i.source.path, ...factsIn(i.content)] : i.kind === 'strong' || i.kind === 'ref' ? factsIn(i.content) : []));
const pathsOf = (s: Section): Set<string> => new Set([...s.blocks.flatMap((b) => inlinesOf(b).flatMap(factsIn)), ...s.children.flatMap((c) => [...pathsOf(c)])]);

async function pdfText(doc: ContractDocument): Promise<string> {
  const bytes = await renderPdf(toDefinition(doc), loadFonts());
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join('').replace(/[ \t]+\n/gu, '\n').trimEnd());
  }
  await task.destroy();
  return `${pages.map((p, i) => `--- page ${i + 1} ---\n${p}`).join('\n')}\n`;
}

describe('amendment of the flagship', () => {
  it('starts from two clean versions', () => {
    expect(newChecked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  for (const lang of LANGS) {
    const r = buildAmendment(oldModel, newModel, { lang, draft: false, host });
    const doc = r.document as ContractDocument;
    const newDoc = buildDocument(newModel, { lang, draft: false, host }).document as ContractDocument;
    const oldDoc = buildDocument(oldModel, { lang, draft: false, host }).document as ContractDocument;
    const text = toPlainText(doc).replace(/[\u00A0\u202F]/gu, ' ');

    it(`${lang}: is a contract document with no error`, () => {
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(doc.lang).toBe(lang);
      expect(doc.cover.kind).toMatch(/\b1\b/u);
      expect(doc.signatures).toEqual(newDoc.signatures);
      expect(doc.cover.parties).toEqual(newDoc.cover.parties);
    });

    it(`${lang}: replaces the clause that prints the fee, with the revised fee and not the old one`, () => {
      const fee = sectionsOf(newDoc.sections).filter((s) => s.part === 'article' && s.blocks.some((b) => inlinesOf(b).some((x) => factsIn(x).includes('price.fee'))));
      const clause = fee[fee.length - 1] as Section;
      expect(clause).toBeDefined();
      const copied = sectionsOf(doc.sections).find((s) => s.id === clause.id);
      expect(copied?.blocks).toEqual(clause.blocks);
      const oldNumber = sectionsOf(oldDoc.sections).find((s) => s.id === clause.id)?.number;
      expect(text).toContain(` ${oldNumber} `);
      expect(text).toContain(formatMoney('1478.27', 'EUR', lang).replace(/[\u00A0\u202F]/gu, ' '));
      expect(text).not.toContain(formatMoney('1450.00', 'EUR', lang).replace(/[\u00A0\u202F]/gu, ' '));
    });

    it(`${lang}: attaches the annexes that print a changed fact, whole, as the new version has them`, () => {
      const annexes = doc.sections.filter((s) => s.part === 'annex');
      const expected = newDoc.sections.filter((s) => s.part === 'annex' && s.id !== 'amendment_history'
        && ['scope.site', 'scope.equipment', 'sla.priority.restore', 'sla.priority.onsite'].some((p) => [...pathsOf(s)].some((x) => x.startsWith(p))));
      expect(annexes.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
      for (const a of annexes) expect(a).toEqual(newDoc.sections.find((s) => s.id === a.id));
      // One article says each annex is replaced, naming it by its number.
      for (const a of annexes) expect(doc.sections.some((s) => s.part === 'article' && s.blocks.some((b) => inlineText(b.kind === 'para' ? b.content : []).includes(a.number)))).toBe(true);
    });

    it(`${lang}: gives the effective date and the signature date of the amendment, not of the contract`, () => {
      expect(text).toContain(formatDate('2028-01-01', lang).replace(/[\u00A0\u202F]/gu, ' ').replace(/\uE003|\uE004/gu, ''));
      const signature = doc.sections.find((s) => s.part === 'signature');
      const said = signature ? signature.blocks.map((b) => (b.kind === 'para' ? inlineText(b.content) : '')).join(' ') : '';
      expect(said).toContain('2027');
      expect(said).not.toContain('2026');
      expect(doc.meta.date).toBe('2027-12-10T00:00:00Z');
    });

    it(`${lang}: ends with the effective date and the clause keeping the rest, after one article per changed clause`, () => {
      const articles = doc.sections.filter((s) => s.part === 'article');
      expect(articles.map((s) => s.number)).toEqual(articles.map((_, i) => String(i + 1)));
      // fee clause, annex 1 (inventory), annex 2 (SLA matrix), then the two closing articles — plus any
      // article clause that prints the SLA targets or the sites.
      expect(articles.length).toBeGreaterThanOrEqual(5);
    });

    it(`${lang}: reads back from the PDF as the golden file`, async () => {
      const read = await pdfText(doc);
      for (const s of doc.sections.filter((x) => x.part === 'article')) expect(read.replace(/\s+/gu, '')).toContain(s.title.replace(/\s+/gu, ''));
      expectGolden(join(import.meta.dirname, 'golden', `cabinet-dupont.avenant-1.${lang}.txt`), read);
    }, 120_000);
  }

  it('prints the history in the consolidated version, every fact of it in the ledger', () => {
    for (const lang of LANGS) {
      const built = buildDocument(newModel, { lang, draft: false, host });
      const annex = built.document?.sections.find((s) => s.id === 'amendment_history');
      const cells = annex ? annex.blocks.flatMap((b) => inlinesOf(b).flatMap(factsIn)) : [];
      expect(cells).toEqual(expect.arrayContaining(['amendments.amendment.number', 'amendments.amendment.signature.date', 'amendments.amendment.effective.date', 'amendments.amendment.object']));
      expect(unprintedFacts(newModel, built.ledger, lang).filter((d) => JSON.stringify(d.args).includes('amendment'))).toEqual([]);
    }
    // The signed contract, without a history, has no such annex.
    expect(buildDocument(oldModel, { lang: 'fr', draft: false, host }).document?.sections.some((s) => s.id === 'amendment_history')).toBe(false);
  });

  it('cites the earlier amendments in its recitals', () => {
    const second = edit(newText, '      object "Agence d\'Annecy, délais du P1 et révision Syntec" "Annecy branch, P1 times and Syntec revision"\n    }\n', `      object "Agence d'Annecy, délais du P1 et révision Syntec" "Annecy branch, P1 times and Syntec revision"
    }
    amendment 2 {
      signature 2028-06-01
      object "Prix des interventions" "Price of interventions"
    }
`).replace('"Remote intervention outside the flat fee" 75.00 EUR', '"Remote intervention outside the flat fee" 80.00 EUR');
    const r = buildAmendment(newModel, checkText(second).model, { lang: 'fr', draft: false, host });
    const doc = r.document as ContractDocument;
    expect(doc.cover.kind).toMatch(/\b2\b/u);
    // Amendment 1 keeps its identity when amendment 2 joins it.
    expect(r.diff.changes.filter((c) => c.path === 'amendments.amendment').map((c) => [c.kind, c.key])).toEqual([['added', 'amendments.amendment[number:2]']]);
    const recitals = toPlainText({ ...doc, sections: doc.sections.filter((s) => s.part === 'front') }).replace(/[\u00A0\u202F]/gu, ' ');
    expect(recitals).toContain('1');
    expect(recitals).toContain('10 décembre 2027');
  });

  it('is refused without an amendment declared in the new version (IG8001)', () => {
    const r = buildAmendment(oldModel, checkText(edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1470.00 EUR')).model, { lang: 'fr', draft: false, host });
    expect(r.document).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['IG8001']);
  });
});
