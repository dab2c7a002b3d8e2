import { inlineText, type Block, type ContractDocument, type Section } from './types.ts';

// The document as plain text, one block a paragraph: what a reader sees, in reading order, with no
// layout. Tests read it (fidelity, proof-reading, goldens reviewed in diffs), and it is the common
// ground the other renderers' text is compared with. No-break spaces are kept as they are.

export function toPlainText(doc: ContractDocument): string {
  const out: string[] = [];
  out.push(doc.cover.kind.toLocaleUpperCase(doc.lang === 'fr' ? 'fr-FR' : 'en-GB'), doc.cover.title, doc.cover.between);
  doc.cover.parties.forEach((p, i) => {
    if (i > 0) out.push(doc.cover.and);
    out.push(p.name, p.role);
  });
  out.push(...doc.cover.meta.map((m) => inlineText(m)), '');
  for (const s of doc.sections) section(s, doc, out);
  if (doc.signatures.length > 0) {
    for (const col of doc.signatures) {
      out.push(col.heading);
      for (const s of col.signatories) out.push(...s.lines, s.signHere);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/gu, '\n\n').trim()}\n`;
}

/** The heading line of a section as every renderer prints it. */
export function headingText(s: Section, doc: ContractDocument): string {
  if (s.part === 'article' || s.part === 'annex') {
    if (s.depth === 1) return `${s.part === 'annex' ? doc.headings.annex : doc.headings.article} ${s.number}${s.title ? ` – ${s.title}` : ''}`;
    return s.title ? `${s.number} ${s.title}` : '';
  }
  return s.title.toLocaleUpperCase(doc.lang === 'fr' ? 'fr-FR' : 'en-GB');
}

function section(s: Section, doc: ContractDocument, out: string[]): void {
  const heading = headingText(s, doc);
  if (heading) out.push('', heading);
  s.blocks.forEach((b, i) => {
    // An untitled sub-clause opens its first paragraph with its number (« 5.2. Le Client… »).
    const lead = i === 0 && !heading && s.number ? `${s.number}. ` : '';
    out.push(...blockLines(b, lead));
  });
  for (const c of s.children) section(c, doc, out);
}

export function blockLines(b: Block, lead = ''): string[] {
  switch (b.kind) {
    case 'para': return [lead + inlineText(b.content)];
    case 'list': return b.items.map((item, i) => `${i === 0 ? lead : ''}- ${inlineText(item)}`);
    case 'table': return [b.header.join(' | '), ...b.rows.map((r) => r.map((c) => inlineText(c)).join(' | '))];
  }
}
