// A small Wadler-style document IR (the subset of Prettier's `Doc` the printer needs), so that `infog fmt`
// and the language server render without Prettier, and the Prettier plugin converts it node for node
// (./prettier-plugin.ts). Semantics follow Prettier 3's `doc` builders exactly: see ./render.ts.

export type Doc = string | readonly Doc[] | Group | Indent | Line;

export interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  /** True when the contents hold a hard or literal line: Prettier's `propagateBreaks`, done eagerly. */
  readonly broken: boolean;
}

/** One more level of indentation (two spaces: the style is fixed, it ignores `tabWidth`/`useTabs`). */
export interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
}

/**
 * `line` is a space when its group is flat, `soft` is nothing; both break in a broken group. `hard` always
 * breaks (and trims trailing blanks); `literal` breaks without indentation or trimming, for text kept
 * verbatim (text blocks, multi-line comments).
 */
export interface Line {
  readonly kind: 'line';
  readonly mode: 'line' | 'soft' | 'hard' | 'literal';
}

export const INDENT_UNIT = '  ';

export const line: Line = { kind: 'line', mode: 'line' };
export const softline: Line = { kind: 'line', mode: 'soft' };
export const hardline: Line = { kind: 'line', mode: 'hard' };
export const literalline: Line = { kind: 'line', mode: 'literal' };

export function indent(contents: Doc): Indent {
  return { kind: 'indent', contents };
}

export function group(contents: Doc): Group {
  return { kind: 'group', contents, broken: forcesBreak(contents) };
}

/** Whether `doc` holds a hard line; stops at nested groups, whose flag is already known (built bottom-up). */
function forcesBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (isArray(doc)) return doc.some(forcesBreak);
  switch (doc.kind) {
    case 'group': return doc.broken;
    case 'indent': return forcesBreak(doc.contents);
    case 'line': return doc.mode === 'hard' || doc.mode === 'literal';
  }
}

export function isArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

/** `parts` separated by `sep`. */
export function join(sep: Doc, parts: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(sep);
    out.push(p);
  });
  return out;
}
