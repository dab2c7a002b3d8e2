import type { Comment, FileNode, Item, Value } from '../ast/index.ts';

// Structural equality of two parses, locations aside: the check that formatting changed layout only.
// Returns a short description of the first difference, or undefined when the trees agree.

export function astDifference(a: FileNode, b: FileNode): string | undefined {
  if (a.items.length !== b.items.length) return `${a.items.length} items became ${b.items.length}`;
  for (let i = 0; i < a.items.length; i++) {
    const d = itemDifference(a.items[i] as Item, b.items[i] as Item);
    if (d) return d;
  }
  if (a.comments.length !== b.comments.length) return `${a.comments.length} comments became ${b.comments.length}`;
  for (let i = 0; i < a.comments.length; i++) {
    if (commentText(a.comments[i] as Comment) !== commentText(b.comments[i] as Comment)) return `comment ${i + 1} changed`;
  }
  return undefined;
}

/** A comment's text as the formatter must keep it: line breaks normalised, trailing blanks of `//` dropped. */
export function commentText(c: Comment): string {
  const t = c.text.replace(/\r\n?/g, '\n');
  return c.style === 'line' ? t.replace(/[ \t]+$/, '') : t;
}

function itemDifference(a: Item, b: Item): string | undefined {
  if (a.kind === 'import' || b.kind === 'import') {
    if (a.kind !== b.kind) return 'an import moved';
    const pa = a.kind === 'import' ? a.path?.value : undefined;
    const pb = b.kind === 'import' ? b.path?.value : undefined;
    return pa === pb ? undefined : 'an import path changed';
  }
  if (a.keyword.text !== b.keyword.text) return `keyword ${a.keyword.text} became ${b.keyword.text}`;
  if (a.args.length !== b.args.length) return `the values of ${a.keyword.text} changed`;
  for (let i = 0; i < a.args.length; i++) {
    if (!sameValue(a.args[i] as Value, b.args[i] as Value)) return `a value of ${a.keyword.text} changed`;
  }
  if (!a.block !== !b.block) return `the block of ${a.keyword.text} changed`;
  if (a.block && b.block) {
    if (a.block.closed !== b.block.closed || a.block.statements.length !== b.block.statements.length) return `the block of ${a.keyword.text} changed`;
    for (let i = 0; i < a.block.statements.length; i++) {
      const d = itemDifference(a.block.statements[i] as Item, b.block.statements[i] as Item);
      if (d) return d;
    }
  }
  return undefined;
}

function sameValue(a: Value, b: Value): boolean {
  switch (a.kind) {
    case 'string':
    case 'text':
      return b.kind === a.kind && b.value === a.value;
    case 'number':
    case 'percent':
    case 'date':
    case 'month':
    case 'time':
    case 'time-range':
    case 'name':
      return b.kind === a.kind && b.text === a.text;
    case 'quantity':
      return b.kind === 'quantity' && b.amount.text === a.amount.text && b.unit.text === a.unit.text;
    case 'name-range':
      return b.kind === 'name-range' && b.from.text === a.from.text && b.to.text === a.to.text;
    case 'list':
      return b.kind === 'list' && b.items.length === a.items.length && a.items.every((v, i) => sameValue(v, b.items[i] as Value));
    case 'error':
      return b.kind === 'error';
  }
}
