import type { ContractDocument } from '../document/index.ts';
import { FONT, STYLES, inlineNodes, localeTag, sectionNodes, type Json, type Node } from './layout.ts';

// The contract document → pdfmake's document definition, as plain data: cover page, table of
// contents, sections, signature block, running header and footer, watermark. Only layout is decided
// here; every word comes from the document.

export interface DocumentDefinition {
  readonly [k: string]: Json;
}

export function toDefinition(doc: ContractDocument): DocumentDefinition {
  const headings = doc.headings;
  const of = (part: string) => doc.sections.filter((s) => s.part === part);
  const signature = of('signature');
  const content: Json[] = [
    ...cover(doc),
    { toc: { title: { text: doc.tocTitle, style: 'tocTitle' }, textStyle: 'tocItem', numberStyle: 'tocItem' }, pageBreak: 'after' },
    ...of('front').flatMap((s) => sectionNodes(s, headings, false, doc.lang)),
    ...of('article').flatMap((s) => sectionNodes(s, headings, false, doc.lang)),
    ...signature.flatMap((s, i) => [...(i === 0 ? [{ text: '', pageBreak: 'after' } as Node] : []), ...sectionNodes(s, headings, false, doc.lang)]),
    ...(signature.length > 0 && doc.signatures.length > 0 ? [signatures(doc)] : []),
    ...of('annex').flatMap((s) => sectionNodes(s, headings, false, doc.lang)),
  ];
  return {
    info: {
      title: doc.meta.title,
      subject: doc.meta.subject,
      author: doc.meta.author,
      keywords: doc.meta.keywords,
      creator: 'infog',
      producer: 'infog',
      creationDate: doc.meta.date,
      modDate: doc.meta.date,
    },
    language: localeTag(doc.lang),
    pageSize: 'A4',
    pageMargins: [68, 70, 68, 62],
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.22 },
    styles: STYLES,
    // `{page}` and `{pages}` are filled per page by render.ts; the cover page has no furniture.
    header: { columns: [{ text: doc.header.left, style: 'furniture' }, { text: doc.header.right, style: 'furniture', alignment: 'right' }], margin: [68, 36, 68, 0] },
    // Paper originals get an initials box in the middle of the footer, on every page but the cover.
    footer: { columns: [{ text: doc.footer.left, style: 'furniture' }, ...(doc.footer.center ? [{ text: doc.footer.center, style: 'furniture', alignment: 'center' }] : []), { text: doc.footer.right, style: 'furniture', alignment: 'right' }], margin: [68, 20, 68, 0] },
    ...(doc.watermark ? { watermark: { text: doc.watermark, color: '#b03030', opacity: 0.12, bold: true, fontSize: 64 } } : {}),
    content,
  };
}

function cover(doc: ContractDocument): Json[] {
  const c = doc.cover;
  const out: Json[] = [
    { text: '', margin: [0, 90, 0, 0] },
    { text: c.kind.toLocaleUpperCase(localeTag(doc.lang)), style: 'coverKind' },
    { text: c.title, style: 'coverTitle' },
    { text: c.between, style: 'coverLabel' },
  ];
  c.parties.forEach((p, i) => {
    if (i > 0) out.push({ text: c.and, style: 'coverLabel' });
    out.push({ text: p.name, style: 'coverParty' });
    out.push({ text: p.role, style: 'coverRole' });
  });
  out.push({ text: '', margin: [0, 40, 0, 0] });
  for (const line of c.meta) out.push({ text: inlineNodes(line), style: 'coverMeta' });
  out.push({ text: '', pageBreak: 'after' });
  return out;
}

/** One column per party: who signs, in which capacity, and room for the signature. */
function signatures(doc: ContractDocument): Node {
  const columns: Json[] = doc.signatures.map((col): Json => {
    const lines: Json[] = [{ text: col.heading, style: 'signParty' }];
    for (const s of col.signatories) {
      for (const l of s.lines) lines.push({ text: l, style: 'signLine' });
      lines.push({ text: s.signHere, style: 'signLine', margin: [0, 6, 0, 56] });
    }
    return { stack: lines, width: '*' };
  });
  return { columns, columnGap: 24, margin: [0, 18, 0, 0], unbreakable: true };
}
