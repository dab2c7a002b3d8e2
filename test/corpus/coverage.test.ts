import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../compiler/src/index.ts';

// Issue "vocabulary": every checklist rule has at least one failing case (a bad corpus file pins its
// code inline) and one passing case (a good corpus file or a complete example in which it must not appear).

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.infog') ? [join(dir, e.name)] : []));
}

describe('corpus coverage of the checklist rules', () => {
  const bad = files(join(import.meta.dirname, 'bad')).map((f) => readFileSync(f, 'utf8')).join('\n');
  // Passing cases: the good corpus, and the complete examples (checked clean by test/examples).
  const examples = readdirSync(join(import.meta.dirname, '..', '..', 'examples')).filter((f) => f.endsWith('.infog')).map((f) => join(import.meta.dirname, '..', '..', 'examples', f));
  const goodFilters = [...files(join(import.meta.dirname, 'good')), ...examples].map((f) => {
    const m = /^\s*\/\/\s*@codes\s+(.+)$/m.exec(readFileSync(f, 'utf8'));
    return m ? (m[1] ?? '').trim().split(/\s+/) : ['IG'];
  });

  it.each(RULES.map((r) => [r.code.code, r.code.rule ?? ''] as const))('%s %s has a failing and a passing case', (code) => {
    expect(bad, `no bad corpus file pins ${code}`).toMatch(new RegExp(`(error|warning|info) ${code}\\b`));
    expect(goodFilters.some((prefixes) => prefixes.some((p) => code.startsWith(p))), `no good corpus file excludes ${code}`).toBe(true);
  });
});
