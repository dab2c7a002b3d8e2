import type { Locale } from '../../diagnostics/index.ts';
import { BREAK_OPPORTUNITY, breakLongWords } from '../../text/index.ts';
import type { Block, Inline, Section } from '../document/index.ts';

// Document sections → pdfmake content nodes, as plain JSON data (the golden files are this data). Style names
// refer to `STYLES`; fonts are named by family only, render.ts supplies the files.

export type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };
export type Node = { readonly [k: string]: Json };

export const FONT = 'SourceSerif4';

export const STYLES: Node = {
  coverKind: { fontSize: 13, characterSpacing: 1.5, color: '#555555', alignment: 'center', margin: [0, 0, 0, 14] },
  coverTitle: { fontSize: 24, bold: true, alignment: 'center', lineHeight: 1.1, margin: [0, 0, 0, 26] },
  coverLabel: { fontSize: 10, color: '#555555', alignment: 'center' },
  coverParty: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 4, 0, 0] },
  coverRole: { fontSize: 10, italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
  coverMeta: { fontSize: 10, alignment: 'center', margin: [0, 2, 0, 0] },
  tocTitle: { fontSize: 15, bold: true, margin: [0, 0, 0, 14] },
  tocItem: { fontSize: 10.5 },
  frontTitle: { fontSize: 12.5, bold: true, characterSpacing: 0.6, margin: [0, 10, 0, 8] },
  h1: { fontSize: 12.5, bold: true, margin: [0, 16, 0, 6] },
  h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  h3: { fontSize: 10, bold: true, italics: true, margin: [0, 6, 0, 2] },
  para: { alignment: 'justify', margin: [0, 0, 0, 5] },
  bullet: { alignment: 'justify', margin: [0, 0, 0, 2] },
  tableHeader: { bold: true, fontSize: 8.5, fillColor: '#eeeeee' },
  tableCell: { fontSize: 8.5 },
  furniture: { fontSize: 8, color: '#666666' },
  signParty: { bold: true, margin: [0, 0, 0, 4] },
  signLine: { fontSize: 9.5, margin: [0, 0, 0, 2] },
};

// pdfmake breaks lines after a hyphen and, when justifying, spreads space between the pieces it broke
// a line into, so « ci-après » would print « ci- après ». Hyphenated words are kept whole (noWrap).
const LETTER_HYPHEN_LETTER = /\p{L}-\p{L}/u;

/**
 * The text cut into hyphenated words (runs without blank space holding letter-hyphen-letter) and the
 * text between them, in one linear pass (a regexp `[^\s]*…[^\s]*` was quadratic on one long word). A word
 * that already carries break opportunities (breakLongWords) is not kept whole.
 */
function splitHyphenated(text: string): string[] {
  const parts: string[] = [];
  let plain = '';
  for (const piece of text.split(/(\s+)/u)) {
    if (LETTER_HYPHEN_LETTER.test(piece) && !/\s/u.test(piece) && !piece.includes(BREAK_OPPORTUNITY)) {
      parts.push(plain, piece);
      plain = '';
    } else plain += piece;
  }
  parts.push(plain);
  return parts.filter((t) => t !== '');
}

// Over-long words get break opportunities first (text/words.ts), so the layout's work per line stays
// bounded whatever the facts hold (issue 17): the checker refuses them, this bounds what still comes.
function textNodes(text: string, bold: boolean, narrow = false): Json[] {
  return splitHyphenated(narrow ? cellBreaks(text) : breakLongWords(text)).map((t, _i, parts): Json => {
    const whole = parts.length > 1 && LETTER_HYPHEN_LETTER.test(t) && !/\s/u.test(t) && !t.includes(BREAK_OPPORTUNITY);
    if (!whole && !bold) return t;
    return { text: t, ...(bold ? { bold: true } : {}), ...(whole ? { noWrap: true } : {}) };
  });
}

/** A table cell's run without blank longer than this gets break opportunities (see cellBreaks). */
const CELL_WORD = 24;

/**
 * In a table cell, a long run without blank (a tenant's domain, a path, a list of asset tags) would
 * set its column's minimum width and squeeze the others until a heading no longer fits (« Localisatio »).
 * Such runs may break after a dot, slash, underscore, at-sign or comma, then every CELL_WORD characters.
 */
function cellBreaks(text: string): string {
  const soft = text.replace(/[^\s]{25,}/gu, (run) => run.replace(/([./_@,])(?=[^\s])/gu, `$1${BREAK_OPPORTUNITY}`));
  return breakLongWords(soft, CELL_WORD, CELL_WORD);
}

/** Inline nodes → pdfmake text runs; facts and references are plain text in print. */
export function inlineNodes(content: readonly Inline[], bold = false, narrow = false): Json[] {
  return content.flatMap((i): Json[] => {
    switch (i.kind) {
      case 'text': return textNodes(i.text, bold, narrow);
      case 'sup': return [{ text: i.text, sup: true, ...(bold ? { bold: true } : {}) }];
      case 'strong': return inlineNodes(i.content, true, narrow);
      case 'fact':
      case 'ref': return inlineNodes(i.content, bold, narrow);
    }
  });
}

/** Paragraphs, lists and tables. */
export function blockNodes(blocks: readonly Block[]): Node[] {
  return blocks.map((b): Node => {
    switch (b.kind) {
      case 'para': return { text: inlineNodes(b.content), style: 'para', ...(b.strong ? { bold: true } : {}) };
      case 'list': return { ul: b.items.map((item): Json => ({ text: inlineNodes(item), ...(b.strong ? { bold: true } : {}) })), style: 'bullet', margin: [10, 0, 0, 5] };
      case 'table': return tableNode(b.header, b.rows);
    }
  });
}

/** Tables with this many columns or more are laid out as wide tables. */
const WIDE_TABLE = 6;

function tableNode(header: readonly string[], rows: readonly (readonly (readonly Inline[])[])[]): Node {
  // Two columns: a label and its text; up to five: shared equally. Wider tables (the SLA matrix) get
  // fixed shares of the page, so they never run past the margin (star widths grow to fit unbreakable
  // headings), a smaller first column (a short label) and a slightly smaller font.
  const n = header.length;
  const wide = n >= WIDE_TABLE;
  const first = 100 / (n + 2);
  const widths: Json[] = n === 2 ? ['auto', '*'] : !wide ? header.map(() => '*')
    : header.map((_, i) => `${(i === 0 ? first : (100 - first) / (n - 1)).toFixed(2)}%`);
  const size = wide ? { fontSize: 8 } : {};
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        header.map((h): Json => ({ text: h, style: 'tableHeader', ...size })),
        ...rows.map((r) => r.map((cell): Json => ({ text: inlineNodes(cell, false, true), style: 'tableCell', ...size }))),
      ],
    },
    // `compactLines` is registered by render.ts: lightHorizontalLines with half the cell padding.
    layout: wide ? 'compactLines' : 'lightHorizontalLines',
    margin: [0, 4, 0, 10],
  };
}

export interface Headings {
  readonly article: string;
  readonly annex: string;
}

/** An article or annex with its sub-clauses; level-1 headings feed the table of contents. */
export function sectionNodes(s: Section, h: Headings, first: boolean, lang: Locale): Node[] {
  const out: Node[] = [];
  const dash = '\u2002–\u2002';
  if (s.part === 'article' || s.part === 'annex') {
    if (s.depth === 1) {
      const word = s.part === 'annex' ? h.annex : h.article;
      const text = `${word} ${s.number}${s.title ? `${dash}${s.title}` : ''}`;
      out.push({
        text, style: 'h1', tocItem: true, id: s.id, headlineLevel: 1,
        ...(s.part === 'annex' && !first ? { pageBreak: 'before' } : {}),
      });
    } else if (s.title) {
      out.push({ text: `${s.number}${'\u2002'}${s.title}`, style: s.depth === 2 ? 'h2' : 'h3', id: s.id, headlineLevel: s.depth });
    } else {
      out.push(...numberedLead(s));
      s.children.forEach((c) => out.push(...sectionNodes(c, h, false, lang)));
      return out;
    }
  } else if (s.title) {
    out.push({ text: s.title.toLocaleUpperCase(localeTag(lang)), style: 'frontTitle' });
  }
  out.push(...blockNodes(s.blocks));
  s.children.forEach((c) => out.push(...sectionNodes(c, h, false, lang)));
  return keepHeadingsWithText(out);
}

/** A heading never ends a page: consecutive headings are bound to the paragraph that follows them. */
function keepHeadingsWithText(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  let i = 0;
  while (i < nodes.length) {
    let j = i;
    while (j < nodes.length && (nodes[j] as Node)['headlineLevel'] !== undefined) j++;
    const next = nodes[j];
    const bound = next?.['unbreakable'] === true && Array.isArray(next['stack']);
    if (j > i && next && (next['style'] === 'para' || bound)) {
      const first = nodes[i] as Node;
      // A page break asked by the first heading (annexes) stays on the group.
      const { pageBreak, ...head } = first;
      const tail = bound ? (next['stack'] as Json[]) : [next];
      out.push({ stack: [head, ...nodes.slice(i + 1, j), ...tail], unbreakable: true, ...(pageBreak === undefined ? {} : { pageBreak }) });
      i = j + 1;
    } else {
      out.push(nodes[i] as Node);
      i++;
    }
  }
  return out;
}

export function localeTag(lang: Locale): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** An untitled sub-clause: its number opens its first paragraph (« 5.2. Le Client… »). */
function numberedLead(s: Section): Node[] {
  const nodes = blockNodes(s.blocks);
  const first = nodes[0];
  if (first && Array.isArray(first['text'])) {
    return [{ ...first, text: [{ text: `${s.number}.\u2002`, bold: true }, ...(first['text'] as Json[])] }, ...nodes.slice(1)];
  }
  return [{ text: { text: `${s.number}.`, bold: true }, style: 'para' }, ...nodes];
}
