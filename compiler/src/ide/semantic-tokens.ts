import type { Value } from '../ast/types.ts';
import type { CheckResult } from '../model/index.ts';
import { allLocated, viewOf } from './context.ts';
import { matchSlots, type LeafSlot } from './slots.ts';

// Semantic tokens: what each word is for the schema — a keyword, a fixed word, an enum value, a
// declared or referenced name, a unit — which a TextMate grammar cannot know.

export const TOKEN_TYPES = ['keyword', 'string', 'number', 'comment', 'enumMember', 'variable', 'type', 'operator'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['declaration', 'readonly'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly start: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

export function semanticTokens(result: CheckResult, file: string): SemanticToken[] {
  const view = viewOf(result, file);
  if (!view) return [];
  const out: SemanticToken[] = [];
  const push = (start: number, end: number, type: TokenType, modifiers: readonly TokenModifier[] = []): void => {
    if (end > start) out.push({ start, length: end - start, type, modifiers });
  };
  const value = (v: Value, slot: LeafSlot | undefined): void => {
    switch (v.kind) {
      case 'string':
      case 'text': return push(v.range.start, v.range.end, 'string');
      case 'number':
      case 'percent':
      case 'date':
      case 'month':
      case 'time':
      case 'time-range': return push(v.range.start, v.range.end, 'number');
      case 'quantity':
        push(v.amount.range.start, v.amount.range.end, 'number');
        return push(v.unit.range.start, v.unit.range.end, 'type');
      case 'name-range':
        value(v.from, slot);
        push(v.from.range.end, v.to.range.start, 'operator');
        return value(v.to, slot);
      case 'list': return v.items.forEach((i) => value(i, slot));
      case 'error': return;
      case 'name': {
        if (!slot) return push(v.range.start, v.range.end, 'variable');
        if (slot.kind === 'word') return push(v.range.start, v.range.end, 'keyword');
        const k = slot.type.kind;
        if (k === 'enum' || k === 'weekdays') return push(v.range.start, v.range.end, 'enumMember');
        if (k === 'name') return push(v.range.start, v.range.end, 'variable', ['declaration']);
        return push(v.range.start, v.range.end, 'variable');
      }
    }
  };
  for (const item of view.ast.items) {
    if (item.kind !== 'import') continue;
    push(item.range.start, item.range.start + 'import'.length, 'keyword');
    if (item.path) push(item.path.range.start, item.path.range.end, 'string');
  }
  for (const { node, spec } of allLocated(view)) {
    push(node.keyword.range.start, node.keyword.range.end, 'keyword');
    const filled = spec ? matchSlots(spec, node.args).filled : [];
    node.args.forEach((a, i) => value(a, filled[i]));
  }
  for (const c of view.ast.comments) push(c.range.start, c.range.end, 'comment');
  return out.sort((a, b) => a.start - b.start);
}
