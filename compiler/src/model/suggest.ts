import type { Fix } from '../diagnostics/index.ts';
import type { Range } from '../text/index.ts';

// Did-you-mean suggestions (the matching itself is the text stage's, so every stage can suggest) and
// the fixes that apply them.
export { editDistance, suggest } from '../text/index.ts';

/** One "replace with …" fix per suggestion; the only one is preferred (an editor may apply it alone). */
export function replaceFixes(file: string, range: Range, suggestions: readonly string[]): Fix[] {
  return suggestions.map((s) => ({
    title: { fr: `Remplacer par « ${s} »`, en: `Replace with "${s}"` },
    edits: [{ file, range, newText: s }],
    ...(suggestions.length === 1 ? { preferred: true } : {}),
  }));
}
