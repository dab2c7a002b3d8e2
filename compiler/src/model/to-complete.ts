import type { Diagnostic, Locale } from '../diagnostics/index.ts';
import { factToComplete } from '../diagnostics/codes/to-complete.ts';
import type { Program } from './load.ts';

// Facts still to decide: a comment that starts with the marker `infog init` writes (`// À COMPLÉTER :
// …`, `// TO COMPLETE: …`) reports IG2020 on the statement of its line, so `infog check` lists every
// fact left to fill in and `compile` refuses a contract that still holds placeholders. The marker is
// written in capitals on purpose: an ordinary comment saying "à compléter" is not one.

export const TO_COMPLETE: Readonly<Record<Locale, string>> = { fr: 'À COMPLÉTER', en: 'TO COMPLETE' };

const MARKER = /^(?:\/\/|\/\*)\s*(?:[ÀA] COMPL[ÉE]TER|TO COMPLETE)\b\s*[:—–-]?\s*/u;

export function scanToComplete(program: Program, report: (d: Diagnostic) => void): void {
  for (const [path, mod] of program.modules) {
    if (path.startsWith('std/')) continue;
    const text = mod.source.text;
    for (const c of mod.ast.comments) {
      const head = MARKER.exec(c.text);
      if (!head) continue;
      const what = c.text.slice(head[0].length).replace(/\*\/$/, '').trim();
      // The statement written before the comment on its line, else the comment itself.
      const lineStart = Math.max(text.lastIndexOf('\n', c.range.start - 1), text.lastIndexOf('\r', c.range.start - 1)) + 1;
      const before = text.slice(lineStart, c.range.start);
      const lead = before.length - before.trimStart().length;
      const body = before.trim();
      const range = body === '' ? c.range : { start: lineStart + lead, end: lineStart + lead + body.length };
      report(factToComplete.create(path, range, { what }));
    }
  }
}
