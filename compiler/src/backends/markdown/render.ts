import type { Block, ContractDocument, Inline, Section } from '../document/index.ts';
import { headingText } from '../document/plain.ts';

// The contract document → Markdown (CommonMark with GitHub pipe tables), for reviewing the wording
// in a pull request's diff: one paragraph a line, headings (`#` the contract's title, `##` articles
// and annexes, `###` sub-clauses), `-` lists, pipe tables. Markdown's own characters in the text are
// escaped, so the rendered page reads exactly as the document. Every word comes from the document.

/** Escapes what Markdown would read as markup; a table cell also escapes `|`. */
export function escapeMarkdown(s: string, cell = false): string {
  return s
    .replace(/[\\`*_[\]<>~]/gu, '\\$&')
    .replace(/\|/gu, cell ? '\\|' : '|')
    // An entity (`&amp;`) would be decoded; a bare « & » is left as it reads.
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '\\&');
}

/** A line whose start reads as a list item, a heading, a quote, a numbered item or a setext line. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=#>])/u, '$1\\$2').replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

function inlines(content: readonly Inline[], cell: boolean): string {
  return content.map((i) => {
    switch (i.kind) {
      case 'text': return escapeMarkdown(i.text, cell);
      case 'sup': return `<sup>${escapeMarkdown(i.text, cell)}</sup>`;
      case 'strong': return wrapStrong(inlines(i.content, cell));
      case 'fact': return inlines(i.content, cell);
      case 'ref': return `[${inlines(i.content, cell)}](#${i.target})`;
    }
  }).join('');
}

/** `**…**` around the text, with its outer spaces outside (CommonMark needs the delimiters to touch). */
function wrapStrong(s: string): string {
  const m = /^(\s*)(.*?)(\s*)$/su.exec(s);
  if (!m || m[2] === '') return s;
  return `${m[1]}**${m[2]}**${m[3]}`;
}

/** Line breaks inside a paragraph would read as one space anyway; keep one paragraph a line. */
const oneLine = (s: string): string => s.replace(/\r?\n/gu, ' ');

function block(b: Block, lead: string): string {
  const strong = (s: string, on: boolean): string => (on ? wrapStrong(s) : s);
  switch (b.kind) {
    case 'para': return oneLine(lead + escapeLineStart(strong(inlines(b.content, false), b.strong)));
    case 'list': return `${lead ? `${lead}\n\n` : ''}${b.items.map((item) => `- ${oneLine(escapeLineStart(strong(inlines(item, false), b.strong)))}`).join('\n')}`;
    case 'table': {
      const row = (cells: readonly string[]): string => `| ${cells.map((c) => oneLine(c) || ' ').join(' | ')} |`;
      return `${lead ? `${lead}\n\n` : ''}${[row(b.header.map((h) => escapeMarkdown(h, true))), row(b.header.map(() => '---')), ...b.rows.map((r) => row(r.map((c) => inlines(c, true))))].join('\n')}`;
    }
  }
}

function section(s: Section, doc: ContractDocument, out: string[]): void {
  const h = headingText(s, doc);
  const level = s.part === 'article' || s.part === 'annex' ? Math.min(s.depth + 1, 6) : 2;
  if (h) out.push(`<a id="${s.id}"></a>`, `${'#'.repeat(level)} ${escapeMarkdown(h)}`);
  const lead = !h && s.number ? `**${s.number}.** ` : '';
  s.blocks.forEach((b, i) => out.push(block(b, i === 0 ? lead : '')));
  for (const c of s.children) section(c, doc, out);
}

export function toMarkdown(doc: ContractDocument): string {
  const c = doc.cover;
  const tag = doc.lang === 'fr' ? 'fr-FR' : 'en-GB';
  const line = (s: string): string => escapeLineStart(escapeMarkdown(s));
  const out: string[] = [line(c.kind.toLocaleUpperCase(tag)), `# ${escapeMarkdown(c.title)}`, line(c.between)];
  c.parties.forEach((p, i) => {
    if (i > 0) out.push(line(c.and));
    out.push(wrapStrong(escapeMarkdown(p.name)), `*${escapeMarkdown(p.role)}*`);
  });
  out.push(...c.meta.map((m) => escapeLineStart(inlines(m, false))));
  if (doc.watermark) out.push(`> ${escapeMarkdown(doc.watermark)}`);
  const of = (part: string): readonly Section[] => doc.sections.filter((s) => s.part === part);
  for (const s of [...of('front'), ...of('article'), ...of('signature')]) section(s, doc, out);
  if (of('signature').length > 0) {
    for (const col of doc.signatures) {
      out.push(wrapStrong(escapeMarkdown(col.heading)));
      for (const s of col.signatories) out.push(...s.lines.map(line), line(s.signHere));
    }
  }
  for (const s of of('annex')) section(s, doc, out);
  return `${out.filter((l) => l !== '').join('\n\n')}\n`;
}
