import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookmarkNames, renderDocx, wordNumbers } from '../../compiler/src/backends/docx/index.ts';
import { buildDocument, type ContractDocument, type Inline, type Section } from '../../compiler/src/backends/document/index.ts';
import { headingText } from '../../compiler/src/backends/document/plain.ts';
import { built, EXAMPLE_NAMES } from '../document/helpers.ts';
import { REPO } from '../helpers/host.ts';
import { docxOf, parts } from './helpers.ts';

// The Word file's structure, read from its XML parts: what makes it a document a lawyer can mark up
// (styles, numbering definitions rather than typed numbers, a TOC field, page fields, bookmarks and
// links, repeated table headers, embedded fonts, the watermark) and its bytes reproducible. The words
// themselves are compared with LibreOffice's reading in libreoffice.test.ts.

const xmlText = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function allSections(doc: ContractDocument): Section[] {
  const out: Section[] = [];
  const visit = (s: Section): void => {
    out.push(s);
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

function inlinesOf(doc: ContractDocument): Inline[] {
  const out: Inline[] = [];
  const walk = (c: readonly Inline[]): void => c.forEach((i) => {
    out.push(i);
    if (i.kind === 'strong' || i.kind === 'fact' || i.kind === 'ref') walk(i.content);
  });
  for (const s of allSections(doc)) {
    for (const b of s.blocks) {
      if (b.kind === 'para') walk(b.content);
      else if (b.kind === 'list') b.items.forEach(walk);
      else b.rows.forEach((r) => r.forEach(walk));
    }
  }
  return out;
}

describe('Word file structure', () => {
  for (const name of EXAMPLE_NAMES) {
    it(`${name} (fr): styles, numbering, fields, bookmarks, tables, fonts, properties`, async () => {
      const doc = built(name, 'fr').document;
      const p = parts(await docxOf(doc));
      const body = p.xml('word/document.xml');
      const styles = p.xml('word/styles.xml');
      for (const id of ['Title', 'Heading1', 'Heading2', 'BodyText', 'ListBullet']) expect(styles.includes(`w:styleId="${id}"`), String(`w:styleId="${id}"`)).toBe(true);
      expect(styles.includes('w:ascii="Source Serif 4"'), String('w:ascii="Source Serif 4"')).toBe(true);
      // Articles and annexes are Heading 1 paragraphs numbered by Word (numPr), the label from the
      // numbering definition: the number is not typed in the heading.
      const articles = doc.sections.filter((s) => s.part === 'article' || s.part === 'annex');
      expect(wordNumbers(doc.sections.filter((s) => s.part === 'article'))).toBe(true);
      const h1 = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gsu)].map((m) => m[0]);
      expect(h1).toHaveLength(articles.length);
      for (const [i, para] of h1.entries()) {
        expect(para).toContain('<w:numPr>');
        expect(para).not.toContain(`>${xmlText(doc.headings.article)} ${articles[i]?.number}`);
      }
      const numbering = p.xml('word/numbering.xml');
      expect(numbering.includes(`w:val="${xmlText(doc.headings.article)} %1"`), String(`w:val="${xmlText(doc.headings.article)} %1"`)).toBe(true);
      expect(numbering.includes(`w:val="${xmlText(doc.headings.annex)} %1"`), String(`w:val="${xmlText(doc.headings.annex)} %1"`)).toBe(true);
      expect(numbering.includes('w:val="%1.%2"'), String('w:val="%1.%2"')).toBe(true);
      // A TOC field Word updates on opening; PAGE / NUMPAGES in the footer; the running header.
      expect((/<w:instrText[^>]*>TOC [^<]*\\o/u).test(body), String(/<w:instrText[^>]*>TOC [^<]*\\o/u)).toBe(true);
      expect(p.xml('word/settings.xml').includes('<w:updateFields/>'), String('<w:updateFields/>')).toBe(true);
      const footers = p.names.filter((n) => /^word\/footer\d+\.xml$/u.test(n)).map(p.xml).join('');
      expect((/>PAGE</u).test(footers), String(/>PAGE</u)).toBe(true);
      expect((/>NUMPAGES</u).test(footers), String(/>NUMPAGES</u)).toBe(true);
      expect(footers.includes(xmlText(doc.footer.left)), String(xmlText(doc.footer.left))).toBe(true);
      const headers = p.names.filter((n) => /^word\/header\d+\.xml$/u.test(n)).map(p.xml).join('');
      expect(headers.includes(xmlText(doc.header.left)), String(xmlText(doc.header.left))).toBe(true);
      expect(headers.includes(xmlText(doc.header.right)), String(xmlText(doc.header.right))).toBe(true);
      expect(p.xml('word/document.xml').includes('<w:titlePg/>'), String('<w:titlePg/>')).toBe(true);
      // Every section is a bookmark; every cross-reference an internal link to one of them.
      const marks = bookmarkNames(doc);
      const names = new Set([...body.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/gu)].map((m) => m[1]));
      for (const s of allSections(doc)) expect(names.has(marks.get(s.id)), s.id).toBe(true);
      const refs = inlinesOf(doc).filter((i) => i.kind === 'ref');
      // The table of contents (a content control) links every article and annex, under its full heading.
      const toc = /<w:sdt>.*?<\/w:sdt>/su.exec(body)?.[0] ?? '';
      const entries = [...toc.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)">.*?<w:t[^>]*>([^<]*)<\/w:t>/gsu)];
      expect(entries.map((m) => m[2])).toEqual(articles.map((s) => xmlText(headingText(s, doc))));
      for (const m of entries) expect(names.has(m[1]), m[1]).toBe(true);
      const anchors = [...body.replace(toc, '').matchAll(/<w:hyperlink [^>]*w:anchor="(s_[^"]+)"/gu)].map((m) => m[1]);
      expect(anchors.length).toBe(refs.length);
      for (const a of anchors) expect(names.has(a), a).toBe(true);
      // Superscripts as superscripts, tables with a repeated header row, the signature block a table.
      const sups = inlinesOf(doc).filter((i) => i.kind === 'sup').length;
      expect(body.match(/<w:vertAlign w:val="superscript"\/>/gu)?.length ?? 0).toBe(sups);
      const tables = allSections(doc).flatMap((s) => s.blocks).filter((b) => b.kind === 'table').length;
      expect(body.match(/<w:tblHeader\/>/gu)?.length).toBe(tables);
      expect(body.match(/<w:tbl>/gu)?.length).toBe(tables + (doc.signatures.length > 0 ? 1 : 0));
      for (const col of doc.signatures) expect(body.includes(xmlText(col.heading)), String(xmlText(col.heading))).toBe(true);
      // The four faces embedded; the core properties from the document, dated by it.
      expect(p.names.filter((n) => n.startsWith('word/fonts/')).length).toBe(4);
      expect((/w:embedBold /u).test(p.xml('word/fontTable.xml')), String(/w:embedBold /u)).toBe(true);
      const core = p.xml('docProps/core.xml');
      expect(core.includes(`<dc:title>${xmlText(doc.meta.title)}</dc:title>`), String(`<dc:title>${xmlText(doc.meta.title)}</dc:title>`)).toBe(true);
      expect(core.includes(`<dc:creator>${xmlText(doc.meta.author)}</dc:creator>`), String(`<dc:creator>${xmlText(doc.meta.author)}</dc:creator>`)).toBe(true);
      const date = `${new Date(doc.meta.date).toISOString().slice(0, 19)}Z`;
      expect((new RegExp(`<dcterms:created [^>]*>${date}</dcterms:created>`, 'u')).test(core), String(new RegExp(`<dcterms:created [^>]*>${date}</dcterms:created>`, 'u'))).toBe(true);
      expect((new RegExp(`<dcterms:modified [^>]*>${date}</dcterms:modified>`, 'u')).test(core), String(new RegExp(`<dcterms:modified [^>]*>${date}</dcterms:modified>`, 'u'))).toBe(true);
      expect(p.names[0]).toBe('[Content_Types].xml');
      expect(p.xml('word/styles.xml').includes(`w:val="fr-FR"`), String(`w:val="fr-FR"`)).toBe(true);
    });
  }

  it('prints the draft watermark as Word’s watermark shape on every page', async () => {
    const b = built(EXAMPLE_NAMES[0] as string, 'en');
    const draft = buildDocument(b.checked.model, { lang: 'en', draft: true, host: b.host }).document as ContractDocument;
    expect(draft.watermark).toBeTruthy();
    const p = parts(await docxOf(draft));
    const headers = p.names.filter((n) => /^word\/header\d+\.xml$/u.test(n)).map(p.xml);
    expect(headers.length).toBe(2);
    for (const h of headers) expect(h.includes(`string="${xmlText(draft.watermark as string)}"`)).toBe(true);
    const clean = parts(await docxOf(b.document));
    expect(clean.names.filter((n) => /^word\/header\d+\.xml$/u.test(n)).map(clean.xml).join('').includes('<v:textpath')).toBe(false);
  });

  it('writes only characters XML allows, whatever the document holds (a draft may carry control characters)', async () => {
    const b = built(EXAMPLE_NAMES[0] as string, 'fr');
    const hostile = 'a\u0001b\u000bc\u001fd\uD800e\uFFFFf & <g>';
    const first = b.document.sections.find((s) => s.part === 'article') as Section;
    const doc: ContractDocument = {
      ...b.document,
      meta: { ...b.document.meta, title: hostile },
      header: { ...b.document.header, left: hostile },
      sections: b.document.sections.map((s) => (s === first ? { ...s, title: hostile, blocks: [{ kind: 'para', strong: false, content: [{ kind: 'text', text: hostile }] }] } : s)),
    };
    const p = parts(await renderDocx(doc));
    for (const name of p.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u.test(p.xml(name)), name).toBe(false);
    }
    expect(p.xml('word/document.xml').includes('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf &amp; &lt;g&gt;')).toBe(true);
  });

  it('gives the same bytes for the same document, whatever was built before in the process', async () => {
    const fr = built(EXAMPLE_NAMES[0] as string, 'fr').document;
    const en = built(EXAMPLE_NAMES[1] as string, 'en').document;
    const first = await renderDocx(fr);
    await renderDocx(en);
    const again = await renderDocx(fr);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes in two processes with different time zones and clocks (infog compile --docx)', () => {
    const sums: string[] = [];
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      const out = mkdtempSync(join(tmpdir(), 'infog-docx-'));
      const r = spawnSync(process.execPath, [join(REPO, 'compiler', 'bin', 'infog.js'), 'compile', join(REPO, 'examples', EXAMPLE_NAMES[0] as string), '--docx', '-o', out], {
        env: { PATH: process.env['PATH'] ?? '', LANG: 'C', TZ: tz, SOURCE_DATE_EPOCH: '1795392000' }, encoding: 'utf8', timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const bytes = readFileSync(join(out, EXAMPLE_NAMES[0]?.replace(/\.infog$/u, '.docx') as string));
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      sums.push(bytes.toString('base64'));
    }
    expect(new Set(sums).size).toBe(1);
  }, 300_000);
});
