import type { Block, ContractDocument, Inline, Section } from '../document/index.ts';
import { headingText } from '../document/plain.ts';

// The contract document → one self-contained HTML page: inline CSS (screen and print), no script, no
// external resource. Semantic: the cover in a <header>, the table of contents in a <nav>, one
// <section id="…"> per clause with its heading (h2 for articles and annexes, h3 for sub-clauses, h4
// below; h1 is the contract's title), <p>, <ul>, <table> with <thead>. Every section carries
// `data-source` (where its clause was written) and every printed fact a <span class="fact"> with the
// `data-source` of its statement, `file:start-end`: the editor preview maps clicks back to the source
// and the cursor to a section through them. Every word comes from the document.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** `file:start-end`, parsed back by the preview with the last two `:`/`-` separated numbers. */
export function sourceAttribute(s: { readonly file: string; readonly start: number; readonly end: number }): string {
  return `${s.file}:${s.start}-${s.end}`;
}

function inlines(content: readonly Inline[]): string {
  return content.map((i) => {
    switch (i.kind) {
      case 'text': return escapeHtml(i.text);
      case 'sup': return `<sup>${escapeHtml(i.text)}</sup>`;
      case 'strong': return `<strong>${inlines(i.content)}</strong>`;
      case 'fact': return `<span class="fact" data-source="${escapeHtml(sourceAttribute(i.source))}" data-path="${escapeHtml(i.source.path)}">${inlines(i.content)}</span>`;
      case 'ref': return `<a class="ref" href="#${escapeHtml(i.target)}">${inlines(i.content)}</a>`;
    }
  }).join('');
}

function block(b: Block, lead: string): string {
  const strong = (s: string, on: boolean): string => (on ? `<strong>${s}</strong>` : s);
  switch (b.kind) {
    case 'para': return `<p>${lead}${strong(inlines(b.content), b.strong)}</p>`;
    case 'list': return `${lead ? `<p>${lead}</p>` : ''}<ul>${b.items.map((item) => `<li>${strong(inlines(item), b.strong)}</li>`).join('')}</ul>`;
    case 'table': return `${lead ? `<p>${lead}</p>` : ''}<table${b.header.length >= 6 ? ' class="wide"' : ''}><thead><tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${
      b.rows.map((r) => `<tr>${r.map((c) => `<td>${inlines(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  }
}

function section(s: Section, doc: ContractDocument): string {
  const h = headingText(s, doc);
  const level = s.part === 'article' || s.part === 'annex' ? Math.min(s.depth + 1, 4) : 2;
  // An untitled sub-clause opens its first paragraph with its number (« 5.2. Le Client… »).
  const lead = !h && s.number ? `<strong class="number">${escapeHtml(s.number)}.</strong> ` : '';
  const body = s.blocks.map((b, i) => block(b, i === 0 ? lead : '')).join('\n');
  const children = s.children.map((c) => section(c, doc)).join('\n');
  return `<section id="${escapeHtml(s.id)}" class="${s.part}" data-source="${escapeHtml(sourceAttribute(s.origin))}">${h ? `\n<h${level}>${escapeHtml(h)}</h${level}>` : ''}\n${body}${children ? `\n${children}` : ''}\n</section>`;
}

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f2; color: #111; font: 15px/1.5 "Source Serif 4", "Source Serif Pro", Georgia, "Times New Roman", serif; }
.contract { max-width: 46em; margin: 1.5em auto; padding: 2.5em 3em; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.running { display: flex; justify-content: space-between; font-size: .8em; color: #666; border-bottom: 1px solid #ddd; margin-bottom: 2em; }
.cover { text-align: center; margin: 2em 0 3em; }
.cover .kind { letter-spacing: .12em; color: #555; }
.cover h1 { font-size: 2em; margin: .3em 0 1em; }
.cover .label { color: #555; margin: .2em 0; }
.cover .party { font-weight: 600; font-size: 1.2em; margin: .3em 0 0; }
.cover .role { font-style: italic; margin: .1em 0 .8em; }
.cover .meta { margin: .1em 0; }
nav.toc ol { list-style: none; padding: 0; }
nav.toc a { color: inherit; text-decoration: none; }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; }
section.front > h2 { letter-spacing: .04em; }
h3 { font-size: 1.02em; margin: 1em 0 .3em; }
h4 { font-size: 1em; font-style: italic; margin: .8em 0 .2em; }
p { text-align: justify; margin: 0 0 .5em; hyphens: auto; }
ul { margin: 0 0 .6em; padding-left: 1.4em; }
li { text-align: justify; margin: 0 0 .2em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: .85em; }
table.wide { font-size: .78em; }
th { background: #eee; text-align: left; }
th, td { border-bottom: 1px solid #bbb; padding: .25em .4em; vertical-align: top; }
a.ref { color: inherit; text-decoration: underline dotted; }
.signatures { display: flex; gap: 2em; margin-top: 1.5em; }
.signatures > div { flex: 1; }
.signatures .sign-here { margin: .4em 0 4em; }
.fact { background: transparent; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-35deg); font-size: 6em; font-weight: 700; color: rgba(176,48,48,.12); pointer-events: none; z-index: 1; }
.highlight { outline: 2px solid #e0b000; outline-offset: 3px; }
@media print {
  @page { size: A4; margin: 25mm 24mm 22mm; }
  body { background: #fff; font-size: 10pt; }
  .contract { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  .cover, nav.toc { break-after: page; }
  section.annex { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .signatures { break-inside: avoid; }
  thead { display: table-header-group; }
  a.ref { text-decoration: none; }
}
`;

export interface HtmlOptions {
  /** Extra CSS (the editor preview adds its own highlight and theme). */
  readonly css?: string;
}

/** The whole page. */
export function toHtml(doc: ContractDocument, options: HtmlOptions = {}): string {
  const lang = doc.lang === 'fr' ? 'fr-FR' : 'en-GB';
  const c = doc.cover;
  const of = (part: string): readonly Section[] => doc.sections.filter((s) => s.part === part);
  const parties = c.parties.map((p, i) => `${i > 0 ? `<p class="label">${escapeHtml(c.and)}</p>\n` : ''}<p class="party">${escapeHtml(p.name)}</p>\n<p class="role">${escapeHtml(p.role)}</p>`).join('\n');
  const toc = [...of('article'), ...of('annex')].map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(headingText(s, doc))}</a></li>`).join('\n');
  const signature = of('signature');
  const signatures = signature.length > 0 && doc.signatures.length > 0
    ? `<div class="signatures">${doc.signatures.map((col) => `<div><p><strong>${escapeHtml(col.heading)}</strong></p>${
      col.signatories.map((s) => `${s.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p class="sign-here">${escapeHtml(s.signHere)}</p>`).join('')}</div>`).join('')}</div>`
    : '';
  const furniture = (l: string, r: string): string => `<span>${escapeHtml(l)}</span><span>${escapeHtml(r.replace(/\{pages?\}/gu, '').replace(/\s+$/u, ''))}</span>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.meta.title)}</title>
<meta name="author" content="${escapeHtml(doc.meta.author)}">
<meta name="description" content="${escapeHtml(doc.meta.subject)}">
<meta name="keywords" content="${escapeHtml(doc.meta.keywords)}">
<meta name="dcterms.date" content="${escapeHtml(doc.meta.date)}">
<meta name="generator" content="infog">
<style>${CSS}${options.css ?? ''}</style>
</head>
<body>
${doc.watermark ? `<div class="watermark" aria-hidden="true">${escapeHtml(doc.watermark)}</div>\n` : ''}<article class="contract">
<div class="running" aria-hidden="true">${furniture(doc.header.left, doc.header.right)}</div>
<header class="cover">
<p class="kind">${escapeHtml(c.kind.toLocaleUpperCase(lang))}</p>
<h1>${escapeHtml(c.title)}</h1>
<p class="label">${escapeHtml(c.between)}</p>
${parties}
${c.meta.map((m) => `<p class="meta">${inlines(m)}</p>`).join('\n')}
</header>
<nav class="toc">
<h2>${escapeHtml(doc.tocTitle)}</h2>
<ol>
${toc}
</ol>
</nav>
${[...of('front'), ...of('article')].map((s) => section(s, doc)).join('\n')}
${signature.map((s) => section(s, doc)).join('\n')}
${signatures}
${of('annex').map((s) => section(s, doc)).join('\n')}
</article>
</body>
</html>
`;
}
