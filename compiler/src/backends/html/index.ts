// Backend `html`: consumes the contract document (../document) and produces one self-contained HTML
// page (render.ts), used by `infog compile --html`, the editor's live preview and the playground.
// Guarantees: layout only — every word comes from the document; no external resource, no script.
export { escapeHtml, sourceAttribute, toHtml } from './render.ts';
export type { HtmlOptions } from './render.ts';
