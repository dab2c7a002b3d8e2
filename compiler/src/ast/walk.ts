import type { Node } from './types.ts';

/** The direct children of a node, in source order (comments are children of the file, after its items). */
export function childrenOf(node: Node): readonly Node[] {
  switch (node.kind) {
    case 'file': return [...node.items, ...node.comments];
    case 'import': return node.path ? [node.path] : [];
    case 'statement': return node.block ? [node.keyword, ...node.args, node.block] : [node.keyword, ...node.args];
    case 'block': return node.statements;
    case 'list': return node.items;
    case 'quantity': return [node.amount, node.unit];
    case 'name-range': return [node.from, node.to];
    case 'comment':
    case 'string':
    case 'text':
    case 'number':
    case 'percent':
    case 'date':
    case 'month':
    case 'time':
    case 'time-range':
    case 'name':
    case 'error':
      return [];
  }
}

/**
 * Visits `node` and its descendants depth first. `visit` returns `false` to skip a node's children.
 * Recursion is bounded: the syntax stage caps block nesting (MAX_NESTING_DEPTH).
 */
export function walk(node: Node, visit: (node: Node, parent: Node | undefined) => boolean | void, parent?: Node): void {
  if (visit(node, parent) === false) return;
  for (const child of childrenOf(node)) walk(child, visit, node);
}
