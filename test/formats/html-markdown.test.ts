import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { toHtml } from '../../compiler/src/backends/html/index.ts';
import { toMarkdown } from '../../compiler/src/backends/markdown/index.ts';
import { toPlainText } from '../../compiler/src/backends/document/plain.ts';
import type { ContractDocument, Inline, Section } from '../../compiler/src/backends/document/index.ts';
import { built, EXAMPLE_NAMES, LANGS } from '../document/helpers.ts';
import { proofread } from '../document/proofread.ts';
import { htmlLines, markdownLines, nonEmpty, plainInPageOrder } from './readback.ts';

// The HTML page and the Markdown of every example, in French and English, read back (parse5; marked
// then parse5) and compared with the plain text block by block: the same paragraphs, headings, list
// items and table rows, in the same order — so every fidelity and proof-reading check made on the plain
// text holds for these renderers too. Nothing here depends on the clauses' wording: the expectation is
// the document itself.

type Element = DefaultTreeAdapterMap['element'];
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (n: DefaultTreeAdapterMap['parentNode']): void => {
    for (const c of n.childNodes) {
      if ('tagName' in c) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(parse(html));
  return out;
}

function facts(content: readonly Inline[]): number {
  return content.reduce((n, i) => n + (i.kind === 'fact' ? 1 + facts(i.content) : i.kind === 'strong' || i.kind === 'ref' ? facts(i.content) : 0), 0);
}

function allSections(doc: ContractDocument): Section[] {
  const out: Section[] = [];
  const visit = (s: Section): void => {
    out.push(s);
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

function factCount(doc: ContractDocument): number {
  let n = doc.cover.meta.reduce((k, m) => k + facts(m), 0);
  for (const s of allSections(doc)) {
    for (const b of s.blocks) {
      if (b.kind === 'para') n += facts(b.content);
      else if (b.kind === 'list') n += b.items.reduce((k, i) => k + facts(i), 0);
      else n += b.rows.reduce((k, r) => k + r.reduce((kk, c) => kk + facts(c), 0), 0);
    }
  }
  return n;
}

describe('HTML and Markdown read back', () => {
  for (const name of EXAMPLE_NAMES) {
    for (const lang of LANGS) {
      it(`${name} (${lang}): the HTML page says what the plain text says, block by block`, () => {
        const b = built(name, lang);
        const html = toHtml(b.document);
        const reading = nonEmpty(htmlLines(html));
        const expected = plainInPageOrder(b.document);
        expect(reading.length).toBeGreaterThan(100);
        expect(reading).toEqual(expected);
        // The same proof-reading findings as the plain text.
        expect(proofread(reading.join('\n'), lang)).toEqual(proofread(expected.join('\n'), lang));
      });

      it(`${name} (${lang}): the Markdown says what the plain text says, block by block`, () => {
        const b = built(name, lang);
        const md = toMarkdown(b.document);
        const read = nonEmpty(markdownLines(md));
        const expected = plainInPageOrder(b.document);
        expect(read).toEqual(expected);
        expect(proofread(read.join('\n'), lang)).toEqual(proofread(expected.join('\n'), lang));
        // … and the plain text itself, in its own order, finds the same.
        expect(proofread(read.join('\n'), lang).map((f) => f.rule).sort()).toEqual(proofread(toPlainText(b.document), lang).map((f) => f.rule).sort());
      });

      it(`${name} (${lang}): the HTML page is self-contained and semantic, with sources for click-to-source`, () => {
        const b = built(name, lang);
        const html = toHtml(b.document);
        const els = elements(html);
        // No external resource: no src, no stylesheet link, no url() but fragments, no script.
        expect(els.filter((e) => e.tagName === 'script' || e.tagName === 'link' || e.tagName === 'img' || e.tagName === 'iframe')).toEqual([]);
        expect(els.filter((e) => attr(e, 'src') !== undefined)).toEqual([]);
        expect(els.filter((e) => (attr(e, 'href') ?? '#').startsWith('#') === false)).toEqual([]);
        expect(html).not.toMatch(/url\(|@import/u);
        expect(attr(els.find((e) => e.tagName === 'html') as Element, 'lang')).toBe(lang === 'fr' ? 'fr-FR' : 'en-GB');
        // One <section id> per section of the document, with its origin; headings h2–h4.
        const sections = allSections(b.document);
        const byId = new Map(els.filter((e) => e.tagName === 'section').map((e) => [attr(e, 'id'), e]));
        expect(byId.size).toBe(sections.length);
        for (const s of sections) {
          const e = byId.get(s.id);
          expect(e, s.id).toBeDefined();
          expect(attr(e as Element, 'data-source')).toBe(`${s.origin.file}:${s.origin.start}-${s.origin.end}`);
        }
        expect(els.filter((e) => e.tagName === 'h1')).toHaveLength(1);
        const h2 = els.filter((e) => e.tagName === 'h2').length;
        expect(h2).toBeGreaterThanOrEqual(b.document.sections.filter((s) => s.title).length);
        // Every cross-reference points at a section of the page; every fact carries its source.
        const ids = new Set(byId.keys());
        for (const a of els.filter((e) => e.tagName === 'a')) expect(ids.has((attr(a, 'href') ?? '').slice(1)), attr(a, 'href')).toBe(true);
        const spans = els.filter((e) => e.tagName === 'span' && attr(e, 'class') === 'fact');
        expect(spans.length).toBe(factCount(b.document));
        for (const sp of spans) expect(attr(sp, 'data-source')).toMatch(/^.+:\d+-\d+$/u);
        // Tables have a header row; print CSS is there.
        for (const t of els.filter((e) => e.tagName === 'table')) expect(t.childNodes.some((c) => 'tagName' in c && c.tagName === 'thead')).toBe(true);
        expect(html).toContain('@media print');
      });
    }
  }

  it('escapes what HTML and Markdown would read as markup', async () => {
    const b = built(EXAMPLE_NAMES[0] as string, 'fr');
    const hostile = '<b>1.</b> *a* _b_ [c](d) `e` # f | g \\ h &amp; i';
    const first = b.document.sections.find((s) => s.part === 'article') as Section;
    const doc: ContractDocument = {
      ...b.document,
      sections: b.document.sections.map((s) => (s === first ? { ...s, blocks: [{ kind: 'para', strong: false, content: [{ kind: 'text', text: hostile }] }, { kind: 'para', strong: false, content: [{ kind: 'text', text: '- 12. # not a list' }] }] } : s)),
    };
    expect(nonEmpty(markdownLines(toMarkdown(doc)))).toEqual(plainInPageOrder(doc));
    expect(nonEmpty(htmlLines(toHtml(doc)))).toEqual(plainInPageOrder(doc));
  });
});
