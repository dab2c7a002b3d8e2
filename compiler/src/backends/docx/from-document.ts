import {
  AlignmentType, Bookmark, BorderStyle, Document, Footer, Header, HeadingLevel, InternalHyperlink, LevelFormat, LevelSuffix,
  PageNumber, Paragraph, ShadingType, TabStopType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
  type FileChild, type ParagraphChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { type Block, type ContractDocument, type Inline, type Section } from '../document/index.ts';
import type { PdfFonts } from '../pdf/fonts.ts';
import { headingText } from '../document/plain.ts';

// The contract document → a Word document (docx package objects). Only layout is decided here; every
// word comes from the document. What a lawyer needs to mark the contract up in Word: real styles
// (Title, Heading 1–3, Normal, List Bullet), article numbers from Word numbering definitions (so Word
// renumbers when an article is inserted), a TOC field, PAGE / NUMPAGES fields in the footer, bookmarks
// on every section with internal hyperlinks for cross-references, repeated table header rows, the
// signature block as a table, the draft watermark as Word's own watermark shape.

/** The typeface's family name, as Word and LibreOffice look it up (embedded when the faces are given). */
export const WORD_FONT = 'Source Serif 4';

// A4 and the PDF's margins, in twentieths of a point.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1400, right: 1360, bottom: 1240, left: 1360, header: 720, footer: 600 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Half-points. */
const SIZE = { body: 20, small: 17, furniture: 16, h1: 25, h2: 21, h3: 20, title: 48, coverKind: 26, coverParty: 28 };

/**
 * Word bookmark names: a letter first, letters, digits and `_` only, at most 40 characters. Section ids
 * are mapped once, a long id shortened with a hash of itself, so two ids never share a name.
 */
export function bookmarkNames(doc: ContractDocument): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  const visit = (s: Section): void => {
    let name = `s_${s.id.replace(/[^A-Za-z0-9_]/gu, '_')}`;
    if (name.length > 40 || used.has(name)) name = `${name.slice(0, 30)}_${hash(s.id)}`;
    used.add(name);
    out.set(s.id, name);
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

/** FNV-1a, 8 hex digits: a short stable suffix. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Whether Word's counters print the document's numbers for one part (articles or annexes): top-level
 * sections 1, 2, 3… and sub-clauses `n.1`, `n.2`… in order. Otherwise (a contract numbering otherwise)
 * the numbers are written as text, so Word never prints a number the document does not have.
 */
export function wordNumbers(sections: readonly Section[]): boolean {
  const fits = (list: readonly Section[], prefix: string): boolean =>
    list.every((s, i) => s.number === `${prefix}${i + 1}` && fits(s.children.filter((c) => c.title !== ''), `${s.number}.`));
  return fits(sections, '');
}

interface Context {
  readonly doc: ContractDocument;
  readonly bookmarks: ReadonlyMap<string, string>;
  /** Part → numbering reference, for parts Word numbers. */
  readonly numbering: ReadonlyMap<string, string>;
}

function runs(content: readonly Inline[], ctx: Context, bold = false): ParagraphChild[] {
  return content.flatMap((i): ParagraphChild[] => {
    switch (i.kind) {
      case 'text': return i.text === '' ? [] : [new TextRun({ text: i.text, ...(bold ? { bold } : {}) })];
      case 'sup': return [new TextRun({ text: i.text, superScript: true, ...(bold ? { bold } : {}) })];
      case 'strong': return runs(i.content, ctx, true);
      case 'fact': return runs(i.content, ctx, bold);
      case 'ref': {
        const anchor = ctx.bookmarks.get(i.target);
        const inner = runs(i.content, ctx, bold);
        return anchor ? [new InternalHyperlink({ anchor, children: inner as TextRun[] })] : inner;
      }
    }
  });
}

function blocks(bs: readonly Block[], ctx: Context, lead: ParagraphChild[] = []): FileChild[] {
  return bs.flatMap((b, index): FileChild[] => {
    const first = index === 0 ? lead : [];
    switch (b.kind) {
      case 'para': return [new Paragraph({ style: 'BodyText', children: [...first, ...runs(b.content, ctx, b.strong)] })];
      case 'list': {
        const items = b.items.map((item) => new Paragraph({ style: 'ListBullet', numbering: { reference: 'bullets', level: 0 }, children: runs(item, ctx, b.strong) }));
        return first.length > 0 ? [new Paragraph({ style: 'BodyText', children: first }), ...items] : items;
      }
      case 'table': return [...(first.length > 0 ? [new Paragraph({ style: 'BodyText', children: first })] : []), table(b.header, b.rows, ctx)];
    }
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'AAAAAA' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function table(header: readonly string[], rows: readonly (readonly (readonly Inline[])[])[], ctx: Context): Table {
  const cell = (children: ParagraphChild[], head: boolean): TableCell => new TableCell({
    children: [new Paragraph({ style: 'TableText', children })],
    ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: THIN, bottom: THIN, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell([new TextRun({ text: h, bold: true })], true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(runs(c, ctx), false)) })),
    ],
  });
}

function heading(s: Section, ctx: Context): FileChild[] {
  const bookmark = ctx.bookmarks.get(s.id) ?? s.id;
  const numbered = ctx.numbering.get(s.part);
  const level = Math.min(s.depth, 3);
  const headingLevel = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1] ?? HeadingLevel.HEADING_3;
  const word = s.part === 'annex' ? ctx.doc.headings.annex : ctx.doc.headings.article;
  // With Word numbering the label (« Article 5 », « 5.2 ») comes from the numbering definition; the
  // paragraph holds the rest (« – Titre », « Titre »), so the line reads as the PDF's.
  const text = numbered
    ? s.depth === 1 ? (s.title ? `– ${s.title}` : '') : s.title
    : s.depth === 1 ? `${word} ${s.number}${s.title ? ` – ${s.title}` : ''}` : `${s.number} ${s.title}`;
  return [new Paragraph({
    heading: headingLevel,
    ...(numbered ? { numbering: { reference: numbered, level: level - 1 } } : {}),
    ...(s.part === 'annex' && s.depth === 1 ? { pageBreakBefore: true } : {}),
    children: [new Bookmark({ id: bookmark, children: [new TextRun(text)] })],
  })];
}

function section(s: Section, ctx: Context): FileChild[] {
  const out: FileChild[] = [];
  if (s.part === 'article' || s.part === 'annex') {
    if (s.depth === 1 || s.title) out.push(...heading(s, ctx), ...blocks(s.blocks, ctx));
    else {
      // An untitled sub-clause: its number opens its first paragraph (« 5.2. Le Client… »), as text.
      const anchor = ctx.bookmarks.get(s.id) ?? s.id;
      out.push(...blocks(s.blocks, ctx, [new Bookmark({ id: anchor, children: [new TextRun({ text: `${s.number}. `, bold: true })] })]));
    }
  } else {
    if (s.title) {
      out.push(new Paragraph({
        style: 'FrontTitle',
        children: [new Bookmark({ id: ctx.bookmarks.get(s.id) ?? s.id, children: [new TextRun(s.title.toLocaleUpperCase(tag(ctx.doc)))] })],
      }));
    }
    out.push(...blocks(s.blocks, ctx));
  }
  for (const c of s.children) out.push(...section(c, ctx));
  return out;
}

function tag(doc: ContractDocument): string {
  return doc.lang === 'fr' ? 'fr-FR' : 'en-GB';
}

function cover(doc: ContractDocument, ctx: Context): FileChild[] {
  const c = doc.cover;
  const out: FileChild[] = [
    new Paragraph({ style: 'CoverKind', spacing: { before: 1800 }, children: [new TextRun(c.kind.toLocaleUpperCase(tag(doc)))] }),
    new Paragraph({ style: 'Title', children: [new TextRun(c.title)] }),
    new Paragraph({ style: 'CoverLabel', children: [new TextRun(c.between)] }),
  ];
  c.parties.forEach((p, i) => {
    if (i > 0) out.push(new Paragraph({ style: 'CoverLabel', children: [new TextRun(c.and)] }));
    out.push(new Paragraph({ style: 'CoverParty', children: [new TextRun(p.name)] }));
    out.push(new Paragraph({ style: 'CoverRole', children: [new TextRun(p.role)] }));
  });
  c.meta.forEach((m, i) => out.push(new Paragraph({ style: 'CoverMeta', ...(i === 0 ? { spacing: { before: 800 } } : {}), children: runs(m, ctx) })));
  return out;
}

/** One column per party: who signs, in which capacity, and room for the signature. */
function signatures(doc: ContractDocument): Table {
  const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const cells = doc.signatures.map((col) => {
    const children: Paragraph[] = [new Paragraph({ style: 'SignParty', children: [new TextRun({ text: col.heading, bold: true })] })];
    for (const s of col.signatories) {
      for (const l of s.lines) children.push(new Paragraph({ style: 'SignLine', children: [new TextRun(l)] }));
      children.push(new Paragraph({ style: 'SignLine', spacing: { before: 120, after: 1100 }, children: [new TextRun(s.signHere)] }));
    }
    return new TableCell({ children, width: { size: Math.floor(100 / doc.signatures.length), type: WidthType.PERCENTAGE } });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows: [new TableRow({ cantSplit: true, children: cells })] });
}

/** `Page {page} sur {pages}` → text runs with PAGE and NUMPAGES fields. */
function furnitureRuns(text: string): TextRun[] {
  return text.split(/(\{page\}|\{pages\})/u).filter((p) => p !== '').map((p) =>
    p === '{page}' ? new TextRun({ children: [PageNumber.CURRENT] })
      : p === '{pages}' ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
        : new TextRun(p));
}

function furniture(left: string, right: string): Paragraph {
  return new Paragraph({
    style: 'Furniture',
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [...furnitureRuns(left), new TextRun({ text: '\t' }), ...furnitureRuns(right)],
  });
}

function watermark(doc: ContractDocument): Paragraph[] {
  return doc.watermark ? [new Paragraph({ children: [new TextWatermark({ text: doc.watermark, font: WORD_FONT, color: 'B03030', opacity: 0.15, bold: true })] })] : [];
}

export interface WordOptions {
  /** The four faces, embedded in the file so the contract looks the same on a machine without them. */
  readonly fonts?: PdfFonts;
}

export function toWordDocument(doc: ContractDocument, options: WordOptions = {}): Document {
  const of = (part: string): readonly Section[] => doc.sections.filter((s) => s.part === part);
  const numbering = new Map<string, string>();
  if (wordNumbers(of('article'))) numbering.set('article', 'articles');
  if (wordNumbers(of('annex'))) numbering.set('annex', 'annexes');
  const ctx: Context = { doc, bookmarks: bookmarkNames(doc), numbering };
  const signature = of('signature');
  const body: FileChild[] = [
    ...cover(doc, ctx),
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun(doc.tocTitle)] }),
    // The entries as the document numbers them (« Article 5 – Prix »), shown until Word updates the
    // field (it asks on opening) and by readers that never update it.
    new TableOfContents(doc.tocTitle, {
      hyperlink: true,
      headingStyleRange: '1-1',
      cachedEntries: [...of('article'), ...of('annex')].map((s) => ({ title: headingText(s, doc), level: 1, href: ctx.bookmarks.get(s.id) ?? s.id })),
    }),
  ];
  const front = of('front').flatMap((s) => section(s, ctx));
  body.push(...withPageBreak(front), ...of('article').flatMap((s) => section(s, ctx)));
  body.push(...withPageBreak(signature.flatMap((s) => section(s, ctx))));
  if (signature.length > 0 && doc.signatures.length > 0) body.push(signatures(doc));
  body.push(...of('annex').flatMap((s) => section(s, ctx)));
  const fonts = options.fonts;
  const level = (n: number, text: string) => ({
    level: n, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE,
    style: { paragraph: { indent: { left: 0, hanging: 0 } } },
  });
  const outline = (reference: string, word: string) => ({ reference, levels: [level(0, `${word} %1`), level(1, '%1.%2'), level(2, '%1.%2.%3')] });
  return new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    keywords: doc.meta.keywords,
    lastModifiedBy: 'infog',
    revision: 1,
    features: { updateFields: true },
    ...(fonts ? { fonts: [{ name: WORD_FONT, data: buf(fonts.normal), bold: buf(fonts.bold), italic: buf(fonts.italics), boldItalic: buf(fonts.bolditalics) }] } : {}),
    numbering: {
      config: [
        outline('articles', doc.headings.article),
        outline('annexes', doc.headings.annex),
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 240 } } } }] },
      ],
    },
    styles: styles(doc),
    sections: [{
      properties: {
        titlePage: true,
        page: { size: PAGE, margin: MARGIN },
      },
      headers: {
        first: new Header({ children: watermark(doc).length > 0 ? watermark(doc) : [new Paragraph('')] }),
        default: new Header({ children: [...watermark(doc), furniture(doc.header.left, doc.header.right)] }),
      },
      footers: {
        first: new Footer({ children: [new Paragraph('')] }),
        default: new Footer({ children: [furniture(doc.footer.left, doc.footer.right)] }),
      },
      children: body,
    }],
  });
}

/** The first paragraph of a part starts a new page. */
function withPageBreak(children: FileChild[]): FileChild[] {
  if (children.length === 0) return children;
  return [new Paragraph({ pageBreakBefore: true, style: 'BodyText', children: [] }), ...children];
}

function buf(bytes: Uint8Array): Buffer {
  return (typeof Buffer === 'undefined' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Buffer;
}

function styles(doc: ContractDocument) {
  const font = WORD_FONT;
  const language = { value: tag(doc) };
  const para = (id: string, name: string, run: object, paragraph: object, basedOn = 'Normal') =>
    ({ id, name, basedOn, next: 'BodyText', quickFormat: true, run: { font, ...run }, paragraph });
  return {
    default: {
      document: { run: { font, size: SIZE.body, language }, paragraph: { spacing: { line: 276 } } },
      title: { run: { font, size: SIZE.title, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 520 } } },
      heading1: { run: { font, size: SIZE.h1, bold: true, color: '000000' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true } },
      heading2: { run: { font, size: SIZE.h2, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true } },
      heading3: { run: { font, size: SIZE.h3, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true, keepLines: true } },
    },
    paragraphStyles: [
      para('BodyText', 'Body Text', {}, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 100 } }),
      para('ListBullet', 'List Bullet', {}, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 40 } }),
      para('TableText', 'Table Text', { size: SIZE.small }, { spacing: { before: 20, after: 20 } }),
      para('FrontTitle', 'Front Title', { size: SIZE.h1, bold: true }, { spacing: { before: 200, after: 160 }, keepNext: true }),
      para('TOCHeading', 'TOC Heading', { size: 30, bold: true }, { spacing: { after: 280 } }),
      para('CoverKind', 'Cover Kind', { size: SIZE.coverKind, color: '555555' }, { alignment: AlignmentType.CENTER, spacing: { after: 280 } }),
      para('CoverLabel', 'Cover Label', { color: '555555' }, { alignment: AlignmentType.CENTER }),
      para('CoverParty', 'Cover Party', { size: SIZE.coverParty, bold: true }, { alignment: AlignmentType.CENTER, spacing: { before: 80 } }),
      para('CoverRole', 'Cover Role', { italics: true }, { alignment: AlignmentType.CENTER, spacing: { before: 40, after: 200 } }),
      para('CoverMeta', 'Cover Meta', {}, { alignment: AlignmentType.CENTER, spacing: { before: 40 } }),
      para('SignParty', 'Signature Party', { bold: true }, { spacing: { after: 80 }, keepNext: true }),
      para('SignLine', 'Signature Line', { size: 19 }, { spacing: { after: 40 }, keepNext: true }),
      para('Furniture', 'Header Footer', { size: SIZE.furniture, color: '666666' }, {}),
    ],
  };
}
