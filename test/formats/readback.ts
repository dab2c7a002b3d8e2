import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { marked } from 'marked';
import { headingText, toPlainText } from '../../compiler/src/backends/document/plain.ts';
import type { ContractDocument } from '../../compiler/src/backends/document/index.ts';

// Reading the HTML and Markdown renderers' output back as a reader sees it: the page's blocks in
// order (parse5 for HTML; Markdown rendered by marked, then read the same way), in the plain text's
// shape — one line a paragraph or heading, `- ` before a list item, table cells joined by ` | ` — so
// they can be compared with toPlainText line by line. Furniture (table of contents, running header,
// watermark) is left out, as a reader reads past it.

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const classes = (e: Element): string[] => (e.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/u);

function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && n.tagName === 'template') return '';
  return 'childNodes' in n ? n.childNodes.map(text).join('') : '';
}

const SKIP = new Set(['nav', 'style', 'script', 'head', 'template']);
const SKIP_CLASS = ['running', 'watermark'];

/** The blocks of an HTML page as plain-text lines, in reading order. */
export function htmlLines(html: string): string[] {
  const lines: string[] = [];
  const walk = (n: Node, into: string[]): void => {
    if (isElement(n)) {
      if (SKIP.has(n.tagName) || SKIP_CLASS.some((c) => classes(n).includes(c))) return;
      if (/^(p|h[1-6])$/u.test(n.tagName)) return void into.push(text(n));
      if (n.tagName === 'li') return void into.push(`- ${text(n)}`);
      if (n.tagName === 'tr') return void into.push(n.childNodes.filter(isElement).filter((c) => c.tagName === 'th' || c.tagName === 'td').map(text).join(' | '));
    }
    if ('childNodes' in n) n.childNodes.forEach((c) => walk(c, into));
  };
  walk(parse(html), lines);
  return lines;
}

export function markdownLines(md: string): string[] {
  const html = marked.parse(md, { async: false, gfm: true });
  return htmlLines(html);
}

/** One line, whitespace folded (no-break spaces included): what "the same text" means between renderers. */
export const norm = (s: string): string => s.replace(/[\s\u00A0\u202F\u2002]+/gu, ' ').trim();

export const nonEmpty = (lines: readonly string[]): string[] => lines.map(norm).filter((l) => l !== '');

const PRINT_ORDER = ['front', 'article', 'signature', 'annex'];

/**
 * The plain text's lines in print order (front matter, articles, the signature page and its block,
 * annexes: as the PDF, Word and HTML print them; plain text keeps the document's order and puts the
 * signature block last).
 */
export function plainInPageOrder(doc: ContractDocument): string[] {
  const sections = [...doc.sections].sort((a, b) => PRINT_ORDER.indexOf(a.part) - PRINT_ORDER.indexOf(b.part));
  const withoutSignatures = nonEmpty(toPlainText({ ...doc, sections, signatures: [] }).split('\n'));
  const signatures = nonEmpty(doc.signatures.flatMap((c) => [c.heading, ...c.signatories.flatMap((s) => [...s.lines, s.signHere])]));
  const firstAnnex = doc.sections.find((s) => s.part === 'annex');
  const at = firstAnnex ? withoutSignatures.indexOf(norm(headingText(firstAnnex, doc))) : -1;
  if (at < 0) return [...withoutSignatures, ...signatures];
  return [...withoutSignatures.slice(0, at), ...signatures, ...withoutSignatures.slice(at)];
}
