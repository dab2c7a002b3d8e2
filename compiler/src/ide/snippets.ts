import type { Slot, StatementSpec } from '../schema/index.ts';

// A statement's snippet, built from its argument pattern: required slots become placeholders (enum
// slots a choice), and a statement with a block opens it. Optional slots are left out.

export function snippetOf(spec: StatementSpec): string {
  let n = 0;
  const parts: string[] = [spec.keyword];
  const visit = (slots: readonly Slot[]): void => {
    for (const slot of slots) {
      if (slot.kind === 'group') continue;
      if (slot.optional) continue;
      if (slot.kind === 'word') {
        parts.push(slot.word);
        continue;
      }
      n++;
      const t = slot.type;
      if (t.kind === 'enum' && t.values.length > 0) parts.push(`\${${n}|${t.values.map((v) => v.name.replace(/[,|]/g, '')).join(',')}|}`);
      else if (t.kind === 'string' || t.kind === 'text') parts.push(`"\${${n}:${slot.name}}"`);
      else parts.push(`\${${n}:${slot.name}}`);
    }
  };
  visit(spec.args);
  const head = parts.join(' ');
  return spec.block || spec.blockOf ? `${head} {\n\t$0\n}` : head;
}

/**
 * A plain-text skeleton of a statement for quick fixes (no snippet syntax): its example, with the
 * example's block laid out one statement per line, or its required children when the example has none.
 */
export function skeletonOf(spec: StatementSpec, indent: string, unit: string, depth = 0): string {
  const open = spec.example.indexOf('{');
  if (open < 0 && !(spec.block && spec.blockRequired)) return `${indent}${spec.example}`;
  const head = (open < 0 ? spec.example : spec.example.slice(0, open)).trimEnd();
  const inner = open < 0 ? '' : spec.example.slice(open + 1, spec.example.lastIndexOf('}')).trim();
  let lines = splitStatements(inner).map((l) => `${indent}${unit}${l}`);
  if (lines.length === 0 && depth < 4) {
    lines = (spec.block?.statements ?? []).filter((s) => s.required).map((s) => skeletonOf(s, indent + unit, unit, depth + 1));
  }
  return lines.length === 0 ? `${indent}${head} {\n${indent}}` : `${indent}${head} {\n${lines.join('\n')}\n${indent}}`;
}

/** Splits `a 1; b { c; d }; e` at the semicolons outside braces and strings. */
function splitStatements(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && c === '{') depth++;
    else if (!quoted && c === '}') depth--;
    else if (!quoted && depth === 0 && c === ';') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((l) => l !== '' && l !== '…');
}
