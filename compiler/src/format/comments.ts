import type { Block, Comment, FileNode, Item, Statement, Value } from '../ast/index.ts';

// Where each comment of the file goes. The AST keeps comments apart (FileNode.comments, in order); the
// printer needs them attached to the layout. One pass over items and comments together places each one:
//   - own line between items: `leading` of the next item, or `dangling` before the `}` / end of file;
//   - on the line of an item after its end: `trailing` (end-of-line comment);
//   - on the line of a `{` before its first item: `open`;
//   - inside a statement's head (between its keyword, values, commas and `{`): after the token before it,
//     `after` a leaf node or `afterComma` of a list item.
// Blank lines between the vertical elements of a block (items and own-line comments) are recorded too.

/** A comment on its own line (or starting one), with the spacing around it. */
export interface OwnLineComment {
  readonly comment: Comment;
  /** At least one blank line separated it from what came before in the same block. */
  readonly blankBefore: boolean;
  /** The next comment or item starts on a later line (false: `/* c *\/ stmt` on one line). */
  newlineAfter: boolean;
}

export interface Attachment {
  readonly leading: Map<Item, OwnLineComment[]>;
  readonly trailing: Map<Item, Comment[]>;
  readonly dangling: Map<Block | FileNode, OwnLineComment[]>;
  readonly open: Map<Block, Comment[]>;
  /** Head comments after a leaf: keyword name, literal, quantity amount or unit, range ends, or the import itself (after `import`). */
  readonly after: Map<object, Comment[]>;
  /** Head comments after the comma that follows a list item. */
  readonly afterComma: Map<Value, Comment[]>;
  readonly blankBefore: Set<Item>;
  /** Blocks holding at least one comment anywhere inside. */
  readonly blocksWithComments: Set<Block>;
}

interface Slot {
  readonly end: number;
  readonly key: object;
  readonly comma: boolean;
}

const NEWLINE = /[\r\n]/;

function lineBreaks(s: string): number {
  return (s.match(/\r\n|\r|\n/g) ?? []).length;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function attachComments(file: FileNode, text: string): Attachment {
  const a: Attachment = {
    leading: new Map(), trailing: new Map(), dangling: new Map(), open: new Map(),
    after: new Map(), afterComma: new Map(), blankBefore: new Set(), blocksWithComments: new Set(),
  };
  const comments = file.comments;
  const commentEnd = new Map<number, number>(comments.map((c) => [c.range.start, c.range.end]));
  let next = 0;
  const blockStack: Block[] = [];

  const take = (): Comment => {
    const c = comments[next++] as Comment;
    for (const b of blockStack) a.blocksWithComments.add(b);
    return c;
  };

  /** Offset of the `,` between two list items, skipping comments in the gap. */
  const commaBetween = (from: number, to: number): number => {
    for (let i = from; i < to; i++) {
      const skip = commentEnd.get(i);
      if (skip !== undefined) { i = skip - 1; continue; }
      if (text[i] === ',') return i;
    }
    return from;
  };

  const valueSlots = (v: Value, out: Slot[]): void => {
    switch (v.kind) {
      case 'quantity':
        out.push({ end: v.amount.range.end, key: v.amount, comma: false }, { end: v.unit.range.end, key: v.unit, comma: false });
        return;
      case 'name-range':
        out.push({ end: v.from.range.end, key: v.from, comma: false }, { end: v.to.range.end, key: v.to, comma: false });
        return;
      case 'list':
        v.items.forEach((item, i) => {
          valueSlots(item, out);
          const following = v.items[i + 1];
          if (following) out.push({ end: commaBetween(item.range.end, following.range.start) + 1, key: item, comma: true });
        });
        return;
      default:
        out.push({ end: v.range.end, key: v, comma: false });
    }
  };

  const head = (item: Item, headEnd: number): void => {
    if (next >= comments.length || (comments[next] as Comment).range.start >= headEnd) return;
    const slots: Slot[] = [];
    if (item.kind === 'import') {
      slots.push({ end: item.range.start + 'import'.length, key: item, comma: false });
      if (item.path) slots.push({ end: item.path.range.end, key: item.path, comma: false });
    } else {
      slots.push({ end: item.keyword.range.end, key: item.keyword, comma: false });
      for (const v of item.args) valueSlots(v, slots);
    }
    let s = 0;
    while (next < comments.length && (comments[next] as Comment).range.start < headEnd) {
      const c = take();
      while (s + 1 < slots.length && (slots[s + 1] as Slot).end <= c.range.start) s++;
      const slot = slots[s] as Slot;
      if (slot.comma) push(a.afterComma, slot.key as Value, c);
      else push(a.after, slot.key, c);
    }
  };

  const container = (owner: Block | FileNode, items: readonly Item[], openEnd: number | undefined, end: number): void => {
    let prevEnd = openEnd ?? 0;
    // What the current line belongs to: a comment there trails the item, or follows the `{`.
    let lineOwner: 'item' | 'open' | 'none' = openEnd === undefined ? 'none' : 'open';
    let prevItem: Item | undefined;
    let pending: OwnLineComment[] = [];
    let elements = 0;
    const comment = (limit: number): void => {
      while (next < comments.length && (comments[next] as Comment).range.start < limit) {
        const c = take();
        const gap = text.slice(prevEnd, c.range.start);
        if (NEWLINE.test(gap)) lineOwner = 'none';
        if (lineOwner === 'item' && prevItem) push(a.trailing, prevItem, c);
        else if (lineOwner === 'open' && owner.kind === 'block') push(a.open, owner, c);
        else {
          const last = pending[pending.length - 1];
          if (last) last.newlineAfter = NEWLINE.test(gap);
          pending.push({ comment: c, blankBefore: elements > 0 && lineBreaks(gap) >= 2, newlineAfter: true });
          elements++;
        }
        prevEnd = c.range.end;
      }
    };
    for (const item of items) {
      comment(item.range.start);
      const gap = text.slice(prevEnd, item.range.start);
      const last = pending[pending.length - 1];
      if (last) last.newlineAfter = NEWLINE.test(gap);
      if (elements > 0 && lineBreaks(gap) >= 2) a.blankBefore.add(item);
      if (pending.length > 0) a.leading.set(item, pending);
      pending = [];
      elements++;
      if (item.kind === 'statement' && item.block) {
        head(item, item.block.range.start);
        statementBlock(item);
      } else head(item, item.range.end);
      prevEnd = item.range.end;
      prevItem = item;
      lineOwner = 'item';
    }
    comment(end);
    if (pending.length > 0) a.dangling.set(owner, pending);
  };

  const statementBlock = (s: Statement): void => {
    const block = s.block as Block;
    blockStack.push(block);
    container(block, block.statements, block.range.start + 1, block.range.end - 1);
    blockStack.pop();
  };

  container(file, file.items, undefined, text.length);
  return a;
}

