import type { Block, Comment, FileNode, Item, Statement, TextBlock, Value } from '../ast/index.ts';
import { attachComments, type Attachment, type OwnLineComment } from './comments.ts';
import { group, hardline, indent, INDENT_UNIT, line, literalline, type Doc } from './doc.ts';
import { stringWidth } from './render.ts';

// The one printer: AST (+ comments) → Doc. `infog fmt`, the language server and the Prettier plugin all
// start here, so they cannot disagree. The canonical style it implements is docs/style.md.

interface Ctx {
  readonly text: string;
  readonly att: Attachment;
}

/** Statements whose first value is a measure can be aligned in a column (docs/style.md, "Alignment"). */
const MEASURES: ReadonlySet<Value['kind']> = new Set(['number', 'quantity', 'percent', 'date', 'month', 'time', 'time-range']);

export function printFile(file: FileNode, text: string): Doc {
  const ctx: Ctx = { text, att: attachComments(file, text) };
  const body = vertical(ctx, file, file.items, 0);
  return body.length === 0 ? '' : [body, hardline];
}

/** Line comments lose trailing blanks (a hard line trims them anyway); block comments keep every line. */
function commentDoc(c: Comment): Doc {
  if (c.style === 'line') return c.text.replace(/[ \t]+$/, '');
  const lines = c.text.split(/\r\n|\r|\n/);
  const out: Doc[] = [];
  lines.forEach((l, i) => {
    if (i > 0) out.push(literalline);
    out.push(l);
  });
  return out;
}

/** Items and own-line comments of a file or block, one per line, at most one blank line between groups. */
function vertical(ctx: Ctx, owner: Block | FileNode, items: readonly Item[], depth: number): Doc[] {
  const out: Doc[] = [];
  let sameLine = false;
  const separate = (blank: boolean): void => {
    if (sameLine) { sameLine = false; return; }
    if (out.length > 0) out.push(blank ? [hardline, hardline] : hardline);
  };
  const own = (c: OwnLineComment): void => {
    separate(c.blankBefore);
    out.push(commentDoc(c.comment));
    if (!c.newlineAfter && c.comment.style === 'block') {
      out.push(' ');
      sameLine = true;
    }
  };
  const pads = alignment(ctx, owner, items);
  items.forEach((item, i) => {
    for (const c of ctx.att.leading.get(item) ?? []) own(c);
    separate(ctx.att.blankBefore.has(item));
    out.push(printItem(ctx, item, depth, pads[i] ?? 0));
  });
  const dangling = ctx.att.dangling.get(owner) ?? [];
  dangling.forEach((c, i) => own(i === dangling.length - 1 ? { ...c, newlineAfter: true } : c));
  return out;
}

function printItem(ctx: Ctx, item: Item, depth: number, pad: number): Doc {
  const parts: Doc[] = [];
  if (item.kind === 'import') {
    parts.push(withAfter(ctx, item, 'import'));
    if (item.path) parts.push(' ', leaf(ctx, item.path));
  } else {
    parts.push(withAfter(ctx, item.keyword, item.keyword.text));
    item.args.forEach((v, i) => parts.push(i === 0 && pad > 0 ? ' '.repeat(pad + 1) : ' ', value(ctx, v, depth)));
    if (item.block) parts.push(' ', printBlock(ctx, item.block, depth));
  }
  for (const c of ctx.att.trailing.get(item) ?? []) parts.push(' ', commentDoc(c));
  return parts;
}

function printBlock(ctx: Ctx, block: Block, depth: number): Doc {
  const hasComments = ctx.att.blocksWithComments.has(block);
  const only = block.statements[0];
  if (block.statements.length === 0 && !hasComments) return '{}';
  if (block.statements.length === 1 && only && !only.block && !hasComments) {
    // One simple statement: on the line of its keyword when it fits, else expanded.
    return group(['{', indent([line, printItem(ctx, only, depth + 1, 0)]), line, '}']);
  }
  const open: Doc[] = (ctx.att.open.get(block) ?? []).map((c) => [' ', commentDoc(c)]);
  const body = vertical(ctx, block, block.statements, depth + 1);
  return ['{', open, body.length > 0 ? indent([hardline, body]) : '', hardline, '}'];
}

/** The source text of a token-like node: literals print exactly as written (escapes included). */
function leaf(ctx: Ctx, v: { readonly range: { readonly start: number; readonly end: number } }): Doc {
  return withAfter(ctx, v, ctx.text.slice(v.range.start, v.range.end));
}

function withAfter(ctx: Ctx, key: object, doc: Doc): Doc {
  const after = ctx.att.after.get(key);
  if (!after) return doc;
  return [doc, ...after.map((c) => [' ', commentDoc(c)])];
}

function value(ctx: Ctx, v: Value, depth: number): Doc {
  switch (v.kind) {
    case 'quantity':
      return [leaf(ctx, v.amount), ' ', leaf(ctx, v.unit)];
    case 'name-range':
      return [leaf(ctx, v.from), '..', leaf(ctx, v.to)];
    case 'text':
      return withAfter(ctx, v, textBlock(v, depth));
    case 'list':
      return list(ctx, v.items, depth);
    case 'string':
    case 'number':
    case 'percent':
    case 'date':
    case 'month':
    case 'time':
    case 'time-range':
    case 'name':
    case 'error':
      return leaf(ctx, v);
  }
}

/** `a, b, c` on one line when it fits, else one item per line, indented under the statement. */
function list(ctx: Ctx, items: readonly Value[], depth: number): Doc {
  const rest: Doc[] = [];
  items.forEach((item, i) => {
    if (i === 0) return;
    const prev = items[i - 1] as Value;
    const comments = ctx.att.afterComma.get(prev) ?? [];
    rest.push(',');
    let broke = false;
    for (const c of comments) {
      rest.push(' ', commentDoc(c));
      if (c.style === 'line') { rest.push(hardline); broke = true; }
    }
    if (!broke) rest.push(line);
    rest.push(value(ctx, item, depth));
  });
  return group([value(ctx, items[0] as Value, depth), indent(rest)]);
}

/**
 * A text block is re-emitted from its value: opening quotes, each line of the wording indented one level
 * under its statement, closing quotes on their own line. Reading it back removes exactly that common
 * indentation, so the wording is unchanged character for character (see textBlockValue in ../syntax).
 */
function textBlock(v: TextBlock, depth: number): Doc {
  if (v.value === '') return '""""""';
  const pad = INDENT_UNIT.repeat(depth + 1);
  const out: Doc[] = ['"""'];
  for (const l of v.value.split('\n')) out.push(literalline, l === '' ? '' : pad + l);
  out.push(literalline, pad, '"""');
  return out;
}

/**
 * Padding after the keyword of each item, to align first values in a column: in a block, a run of two
 * or more consecutive statements (no blank line, no own-line comment between them) that each stay on
 * one line, have no block, start with a measure (number, quantity, percent, date, month, time) and hold
 * no list or text block — a table of SLA targets, fees or dates.
 */
function alignment(ctx: Ctx, owner: Block | FileNode, items: readonly Item[]): number[] {
  const pads = items.map(() => 0);
  if (owner.kind !== 'block') return pads;
  const eligible = (s: Item): s is Statement =>
    s.kind === 'statement' && !s.block && MEASURES.has(s.args[0]?.kind ?? 'error')
    && s.args.every((v) => v.kind !== 'list' && v.kind !== 'text') && !hasHeadComments(ctx, s);
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j < items.length && eligible(items[j] as Item)
      && (j === i || (!ctx.att.leading.has(items[j] as Item) && !ctx.att.blankBefore.has(items[j] as Item)))) j++;
    if (j - i >= 2) {
      const run = items.slice(i, j) as Statement[];
      const width = Math.max(...run.map((s) => stringWidth(s.keyword.text)));
      run.forEach((s, k) => { pads[i + k] = width - stringWidth(s.keyword.text); });
    }
    i = Math.max(j, i + 1);
  }
  return pads;
}

function hasHeadComments(ctx: Ctx, s: Statement): boolean {
  if (ctx.att.after.has(s.keyword)) return true;
  const walk = (v: Value): boolean => {
    if (ctx.att.after.has(v) || ctx.att.afterComma.has(v)) return true;
    if (v.kind === 'quantity') return ctx.att.after.has(v.amount) || ctx.att.after.has(v.unit);
    if (v.kind === 'name-range') return ctx.att.after.has(v.from) || ctx.att.after.has(v.to);
    return false;
  };
  return s.args.some(walk);
}
