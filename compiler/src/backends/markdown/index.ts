// Backend `markdown`: consumes the contract document (../document) and produces Markdown for reviewing
// the wording in a diff (render.ts). Guarantees: layout only — every word comes from the document,
// Markdown's own characters escaped.
export { escapeMarkdown, toMarkdown } from './render.ts';
