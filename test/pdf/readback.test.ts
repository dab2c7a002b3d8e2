import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildDocument, buildPdf, renderPdf } from '../../compiler/src/backends/pdf/index.ts';
import { checkFull } from './full.ts';
import { loadFonts } from './helpers.ts';

// The PDF read back with pdfjs: what a reader sees must be what the model says.

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
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  const meta = await doc.getMetadata();
  await task.destroy();
  return { pages, info: meta.info as Record<string, unknown>, bytes };
}

/** Text with line breaks and every kind of space folded, so phrases can be searched across lines. */
const flat = (s: string): string => s.replace(/[\s\u00A0\u202F]+/gu, ' ');

describe('PDF read back (full fixture, French)', () => {
  let fr: Read;
  let en: Read;
  let articleTitles: string[];
  beforeAll(async () => {
    const { result, host } = checkFull();
    const fonts = loadFonts();
    const built = buildDocument(result.model, { lang: 'fr', draft: false, host });
    const headings = (nodes: readonly { text?: unknown; tocItem?: boolean; stack?: unknown }[]): string[] =>
      nodes.flatMap((n) => (n.tocItem === true ? [String(n.text)] : Array.isArray(n.stack) ? headings(n.stack) : []));
    articleTitles = headings(built.definition['content'] as { text?: unknown }[]);
    fr = await read(await renderPdf(built.definition, fonts));
    const english = await buildPdf(result.model, { lang: 'en', draft: false, host, fonts });
    en = await read(english.bytes ?? new Uint8Array());
  });

  it('prints every article and annex title, in order', () => {
    const text = flat(fr.pages.slice(2).join(' '));
    expect(articleTitles.length).toBeGreaterThan(20);
    let at = 0;
    for (const t of articleTitles) {
      const i = text.indexOf(flat(t), at);
      expect(i, t).toBeGreaterThanOrEqual(0);
      at = i + 1;
    }
  });

  it('states the facts of the contract', () => {
    const text = flat(fr.pages.join(' '));
    for (const fact of [
      'NS-2027-014', 'Network Service SARL', 'Cabinet Dupont & Associés SELARL', '501 967 343', 'FR30501967343', '732 829 320',
      '690,00 €', '36 mois', '12 mois', '1er janvier 2027', 'TRIBUNAL DES ACTIVITÉS ÉCONOMIQUES', 'DE LYON',
    ]) expect(text.includes(fact), fact).toBe(true);
    // Each priority's targets, as the SLA matrix prints them.
    for (const target of ['P1', 'P2', 'P3', 'P4', '15 minutes', '4 heures ouvrées', '2 jours ouvrés']) expect(text.includes(target), target).toBe(true);
  });

  it('states the same facts in English', () => {
    const text = flat(en.pages.join(' '));
    for (const fact of ['NS-2027-014', 'Network Service SARL', '€690.00', '36 months', '1 January 2027', 'P1']) expect(text.includes(fact), fact).toBe(true);
  });

  it('has a plausible page count, header and footer', () => {
    expect(fr.pages.length).toBeGreaterThan(12);
    expect(fr.pages.length).toBeLessThan(40);
    const last = fr.pages.length;
    expect(flat(fr.pages[last - 1] ?? '')).toContain(`Page ${last} sur ${last}`);
    expect(flat(fr.pages[0] ?? '')).not.toContain('Page 1 sur');
  });

  it('embeds every font and carries the metadata', () => {
    const latin1 = new TextDecoder('latin1').decode(fr.bytes);
    const fonts = latin1.match(/\/Type \/Font\b/gu)?.length ?? 0;
    const descriptors = latin1.match(/\/FontFile2 /gu)?.length ?? 0;
    expect(descriptors).toBeGreaterThan(0);
    // Every descendant font has a descriptor with an embedded file (Type0 composite fonts come in pairs).
    expect(descriptors).toBe(latin1.match(/\/Type \/FontDescriptor/gu)?.length);
    expect(fonts).toBeGreaterThan(0);
    expect(fr.info['Title']).toBe('Infogérance du système d’information');
    expect(fr.info['Author']).toBe('Network Service SARL');
    expect(String(fr.info['Keywords'])).toContain('NS-2027-014');
    expect(latin1).toContain('/Lang (fr-FR)');
  });

  it('is byte-identical when built twice', async () => {
    const { result, host } = checkFull();
    const again = await buildPdf(result.model, { lang: 'en', draft: false, host, fonts: loadFonts() });
    expect(Buffer.compare(Buffer.from(again.bytes ?? []), Buffer.from(en.bytes))).toBe(0);
  });
});
