import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPdf, toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import { inlineText, type Block, type ContractDocument, type Section } from '../../compiler/src/backends/document/index.ts';
import { headingText } from '../../compiler/src/backends/document/plain.ts';
import { built, EXAMPLE_NAMES, LANGS } from '../document/helpers.ts';
import { loadFonts } from './helpers.ts';

// Every example's PDF, in French and English, read back with pdfjs: the PDF says what the document
// says — every heading, paragraph, list item and table cell, in order, with the running header and
// footer on every page but the cover, the metadata and the language. The document itself is checked
// against the contract by test/document (ledger, fidelity, proof-reading).

interface Read {
  readonly pages: readonly string[];
  readonly info: Record<string, unknown>;
  readonly bytes: Uint8Array;
}

async function read(bytes: Uint8Array): Promise<Read> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  const meta = await doc.getMetadata();
  await task.destroy();
  return { pages, info: meta.info as Record<string, unknown>, bytes };
}

/** Compared without any spacing: justification, line breaks and no-break spaces differ by renderer. */
const squash = (s: string): string => s.replace(/[\s\u00A0\u202F\u2002\u200B]+/gu, '');

/** What the reader must find, in order: headings, paragraphs, list items, table cells. */
function expected(doc: ContractDocument): string[] {
  const out: string[] = [];
  const block = (b: Block): void => {
    if (b.kind === 'para') out.push(inlineText(b.content));
    else if (b.kind === 'list') b.items.forEach((i) => out.push(inlineText(i)));
    else {
      out.push(...b.header);
      b.rows.forEach((r) => r.forEach((c) => out.push(inlineText(c))));
    }
  };
  const section = (s: Section): void => {
    const h = headingText(s, doc);
    if (h) out.push(h);
    s.blocks.forEach(block);
    s.children.forEach(section);
  };
  const order = ['front', 'article', 'signature', 'annex'];
  [...doc.sections].sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part)).forEach(section);
  return out.filter((t) => squash(t) !== '');
}

describe('PDF read back', () => {
  for (const name of EXAMPLE_NAMES) {
    for (const lang of LANGS) {
      it(`${name} (${lang}) prints the whole document`, async () => {
        const b = built(name, lang);
        const r = await read(await renderPdf(toDefinition(b.document), loadFonts()));
        const doc = b.document;
        // The running header and footer on every page but the cover.
        const last = r.pages.length;
        expect(last).toBeGreaterThan(10);
        expect(squash(r.pages[0] ?? '')).not.toContain(squash(doc.footer.right.replace('{page}', '1').replace('{pages}', String(last))));
        const body: string[] = [];
        r.pages.forEach((p, i) => {
          if (i === 0) return body.push(squash(p));
          let s = squash(p);
          const footer = squash(doc.footer.right.replace('{page}', String(i + 1)).replace('{pages}', String(last)));
          expect(s, `page ${i + 1} footer`).toContain(footer);
          // Paper originals: the initials box on every page.
          if (doc.footer.center) expect(s, `page ${i + 1} initials`).toContain(squash(doc.footer.center));
          for (const f of [doc.header.left, doc.header.right, doc.footer.left, doc.footer.center].map(squash).filter((x) => x !== '')) s = s.replace(f, '');
          body.push(s.replace(footer, ''));
        });
        const text = body.join('');
        let at = text.indexOf(squash(doc.cover.title));
        expect(at).toBeGreaterThanOrEqual(0);
        const lost: string[] = [];
        for (const piece of expected(doc)) {
          const i = text.indexOf(squash(piece), at);
          if (i < 0) lost.push(piece);
          else at = i;
        }
        expect(lost).toEqual([]);
        for (const col of doc.signatures) expect(text).toContain(squash(col.heading));
        expect(r.info['Title']).toBe(doc.meta.title);
        expect(r.info['Author']).toBe(doc.meta.author);
        const latin1 = new TextDecoder('latin1').decode(r.bytes);
        expect(latin1).toContain(`/Lang (${lang === 'fr' ? 'fr-FR' : 'en-GB'})`);
        // Every descendant font has a descriptor with an embedded file.
        const descriptors = latin1.match(/\/FontFile2 /gu)?.length ?? 0;
        expect(descriptors).toBeGreaterThan(0);
        expect(descriptors).toBe(latin1.match(/\/Type \/FontDescriptor/gu)?.length);
      });
    }
  }
});
