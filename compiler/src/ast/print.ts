import type { FileNode, Item, Node, Value } from './types.ts';

// A stable, indented S-expression dump for golden files: one node per line, `[start,end)` offsets,
// literal payloads JSON-quoted so whitespace and escapes are visible. Containers close on their last
// child's line, so a diff shows exactly the nodes that changed.

function r(n: Node): string {
  return `${n.range.start}..${n.range.end}`;
}

function q(s: string): string {
  return JSON.stringify(s);
}

/** One-line rendering of a value that has no children. */
function leaf(v: Value): string | undefined {
  switch (v.kind) {
    case 'string': return `(string ${r(v)} ${q(v.value)})`;
    case 'text': return `(text ${r(v)} @${v.contentStart} ${q(v.value)})`;
    case 'number': return `(number ${r(v)} ${v.text})`;
    case 'quantity': return `(quantity ${r(v)} ${v.amount.text} ${v.unit.text})`;
    case 'percent': return `(percent ${r(v)} ${v.text})`;
    case 'date': return `(date ${r(v)} ${v.text})`;
    case 'month': return `(month ${r(v)} ${v.text})`;
    case 'time': return `(time ${r(v)} ${v.text} =${v.minutes})`;
    case 'time-range': return `(time-range ${r(v)} ${v.text} =${v.start}-${v.end})`;
    case 'name': return `(name ${r(v)} ${v.text})`;
    case 'name-range': return `(name-range ${r(v)} ${v.from.text} ${v.to.text})`;
    case 'error': return `(error ${r(v)})`;
    case 'list': return undefined;
  }
}

/** Lines of `v` at `indent`, the last one left open for the caller's closing parentheses. */
function value(v: Value, indent: string, out: string[]): void {
  const one = leaf(v);
  if (one !== undefined) { out.push(indent + one); return; }
  if (v.kind !== 'list') return;
  out.push(`${indent}(list ${r(v)}`);
  for (const item of v.items) value(item, `${indent}  `, out);
  out[out.length - 1] += ')';
}

function item(i: Item, indent: string, out: string[]): void {
  if (i.kind === 'import') {
    out.push(`${indent}(import ${r(i)} ${i.path ? leaf(i.path) : '(missing)'})`);
    return;
  }
  out.push(`${indent}(statement ${r(i)} ${i.keyword.text}`);
  const inner = `${indent}  `;
  for (const a of i.args) value(a, inner, out);
  if (i.block) {
    out.push(`${inner}(block ${r(i.block)}${i.block.closed ? '' : ' unclosed'}`);
    for (const s of i.block.statements) item(s, `${inner}  `, out);
    out[out.length - 1] += ')';
  }
  out[out.length - 1] += ')';
}

/** The dump of a whole file; ends with a newline. */
export function printAst(file: FileNode): string {
  const out: string[] = [`(file ${r(file)}`];
  for (const i of file.items) item(i, '  ', out);
  for (const c of file.comments) out.push(`  (comment ${r(c)} ${c.style} ${q(c.text)})`);
  out[out.length - 1] += ')';
  return `${out.join('\n')}\n`;
}
