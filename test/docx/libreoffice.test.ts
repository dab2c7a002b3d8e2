import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingText } from '../../compiler/src/backends/document/plain.ts';
import { inlineText, type Block, type ContractDocument, type Section } from '../../compiler/src/backends/document/index.ts';
import { built, EXAMPLE_NAMES, LANGS } from '../document/helpers.ts';
import { requireOracle } from '../helpers/oracle.ts';
import { docxOf, SOFFICE } from './helpers.ts';

// Every example's Word file, French and English, opened by LibreOffice headless (a second,
// independent reader of the format) and converted to text: it opens without repair, and its text
// equals the document's article by article — the same headings in order, the same paragraphs, list
// items, table cells and signature block, after whitespace normalisation (Word's numbering labels
// included: « Article 5 » comes from the numbering definition, not the paragraph). The PDF read-back
// (test/pdf/readback.test.ts) compares the PDF with the same document, so the two agree. The cover and
// the table of contents are furniture and may differ.

const norm = (s: string): string => s.replace(/[\s\u00A0\u202F\u2002]+/gu, ' ').trim();

/** One top-level section's expected lines: heading, paragraphs, list items, table cells. */
function sectionLines(s: Section, doc: ContractDocument): string[] {
  const out: string[] = [];
  const h = headingText(s, doc);
  if (h) out.push(h);
  s.blocks.forEach((b: Block, i) => {
    const lead = i === 0 && !h && s.number ? `${s.number}. ` : '';
    if (b.kind === 'para') out.push(lead + inlineText(b.content));
    else if (b.kind === 'list') {
      if (lead) out.push(lead);
      out.push(...b.items.map((item) => inlineText(item)));
    } else {
      if (lead) out.push(lead);
      out.push(...b.header, ...b.rows.flatMap((r) => r.map((c) => inlineText(c))));
    }
  });
  for (const c of s.children) out.push(...sectionLines(c, doc));
  return out.map(norm).filter((l) => l !== '');
}

const PRINT_ORDER = ['front', 'article', 'signature', 'annex'];

/** The document's top-level sections in print order, the signature block with the signature page. */
function expectedArticles(doc: ContractDocument): { title: string; lines: string[] }[] {
  const sections = [...doc.sections].sort((a, b) => PRINT_ORDER.indexOf(a.part) - PRINT_ORDER.indexOf(b.part));
  return sections.map((s) => {
    const lines = sectionLines(s, doc);
    if (s.part === 'signature') lines.push(...doc.signatures.flatMap((c) => [c.heading, ...c.signatories.flatMap((x) => [...x.lines, x.signHere])]).map(norm));
    return { title: norm(headingText(s, doc)), lines };
  });
}

/** LibreOffice's text: one line a paragraph or table cell; list labels (bullets) dropped. */
function docxLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r?\n/u).map((l) => norm(l.replace(/^\s*[•–◦▪-]\s+/u, ''))).filter((l) => l !== '');
}

const CASES = EXAMPLE_NAMES.flatMap((name) => LANGS.map((lang) => ({ name, lang, base: `${name.replace(/\.infog$/u, '')}.${lang}` })));

const HAS_SOFFICE = requireOracle('LibreOffice (soffice)', SOFFICE !== undefined, 'apt-get install -y --no-install-recommends libreoffice-writer-nogui');

describe.skipIf(!HAS_SOFFICE)('Word files read by LibreOffice', () => {
  let dir = '';
  let run: ReturnType<typeof spawnSync> | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'infog-lo-'));
    for (const c of CASES) writeFileSync(join(dir, `${c.base}.docx`), await docxOf(built(c.name, c.lang).document));
    // One LibreOffice start for every file (each start costs seconds); a private profile, so a
    // LibreOffice the user has open is neither used nor disturbed.
    run = spawnSync(SOFFICE as string, [
      `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir,
      ...CASES.map((c) => join(dir, `${c.base}.docx`)),
    ], { encoding: 'utf8', timeout: 300_000 });
  }, 360_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens every file without error or repair', () => {
    expect(run?.error).toBeUndefined();
    expect(run?.status, String(run?.stderr)).toBe(0);
    const said = `${String(run?.stdout)}\n${String(run?.stderr)}`;
    expect(said).not.toMatch(/repair|corrupt|general error|source file could not be loaded/iu);
    for (const c of CASES) expect(existsSync(join(dir, `${c.base}.txt`)), c.base).toBe(true);
  });

  for (const c of CASES) {
    it(`${c.base}: the text equals the document, article by article`, () => {
      const doc = built(c.name, c.lang).document;
      const lines = docxLines(readFileSync(join(dir, `${c.base}.txt`), 'utf8'));
      const articles = expectedArticles(doc);
      // The body starts at the first section's heading (after the cover and the table of contents).
      let at = lines.indexOf(articles[0]?.title ?? '');
      expect(at, 'first heading found').toBeGreaterThanOrEqual(0);
      for (const a of articles) {
        const got = lines.slice(at, at + a.lines.length);
        expect(got, a.title).toEqual(a.lines);
        at += a.lines.length;
      }
      expect(lines.slice(at), 'nothing after the last annex').toEqual([]);
    });
  }
});
