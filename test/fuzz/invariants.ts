import { checkSource, parse, type Diagnostic, type Host, type Node } from '../../compiler/src/index.ts';
import { walk } from '../../compiler/src/ast/index.ts';

// What must hold for every input, however hostile: nothing throws, every range lies inside its text,
// nodes nest inside their parents. (The formatter and the language server add theirs.)

const host: Host = { readFile: () => undefined, today: () => '2026-11-23' };

export function violations(text: string): string[] {
  const out: string[] = [];
  const inside = (where: string, r: { start: number; end: number }): void => {
    if (!(r.start >= 0 && r.start <= r.end && r.end <= text.length)) out.push(`${where} range ${r.start}-${r.end} outside 0-${text.length}`);
  };
  try {
    const { file, diagnostics } = parse({ path: 'fuzz.infog', text });
    diagnostics.forEach((d: Diagnostic) => inside(`parse ${d.code}`, d.range));
    walk(file, (node: Node, parent: Node | undefined) => {
      inside(`node ${node.kind}`, node.range);
      if (parent && (node.range.start < parent.range.start || node.range.end > parent.range.end)) out.push(`${node.kind} not inside its ${parent.kind}`);
      return undefined;
    });
    const checked = checkSource({ path: 'fuzz.infog', text }, host);
    for (const d of checked.diagnostics) if (d.file === 'fuzz.infog') inside(`check ${d.code}`, d.range);
    // IG0099 is the parser's last resort for a defect of ours (issue 17: a regexp overflowing the stack).
    if (diagnostics.some((d: Diagnostic) => d.code === 'IG0099')) out.push('internal error IG0099');
  } catch (e) {
    out.push(`threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  return out;
}
