import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, RULES } from '../../compiler/src/index.ts';
import { readExpectations } from '../helpers/expectations.ts';
import { MemoryHost } from '../helpers/host.ts';

// Issue "vocabulary": every checklist rule has a failing case (a bad corpus file whose inline
// expectations pin its code) and a passing case (a good corpus file whose `// @codes` filter names
// it, checked here to be free of it). A file without a filter covers nothing: it says no more than
// "this file exists", and the examples are checked clean as a whole by test/examples.

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.infog') ? [join(dir, e.name)] : []));
}

function project(kind: 'good' | 'bad'): { host: MemoryHost; paths: string[]; texts: Record<string, string> } {
  const dir = join(import.meta.dirname, kind);
  const texts = Object.fromEntries(files(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f, 'utf8')]));
  return { host: new MemoryHost(texts), paths: Object.keys(texts).filter((p) => !p.includes('modules/')).sort(), texts };
}

const FILTER = /^\s*\/\/\s*@codes\s+(.+)$/m;

describe('corpus coverage of the checklist rules', () => {
  const bad = project('bad');
  const pinnedBy = new Map<string, string[]>();
  for (const path of bad.paths) {
    for (const e of readExpectations(bad.texts[path] ?? '')) pinnedBy.set(e.code, [...(pinnedBy.get(e.code) ?? []), path]);
  }
  const good = project('good');
  const filters = good.paths.flatMap((path) => {
    const m = FILTER.exec(good.texts[path] ?? '');
    return m ? [{ path, prefixes: (m[1] ?? '').trim().split(/\s+/) }] : [];
  });

  it('reads the corpus', () => {
    expect(RULES.length).toBe(96); // the 79 rules of the first checklist and IG3085–IG3087, IG3090, IG3095–IG3098, IG3100, IG3105–IG3111, IG3115
    expect(pinnedBy.size).toBeGreaterThan(100);
    expect(filters.length).toBe(good.paths.length);
  });

  it.each(RULES.map((r) => [r.code.code, r.code.rule ?? ''] as const))('%s %s has a failing and a passing case', (code) => {
    expect(pinnedBy.get(code) ?? [], `no bad corpus file pins ${code} in an inline expectation`).not.toEqual([]);
    const covering = filters.filter((f) => f.prefixes.some((p) => code.startsWith(p)));
    expect(covering.map((f) => f.path), `no good corpus file names ${code} in its @codes filter`).not.toEqual([]);
    for (const { path } of covering) {
      const found = checkSource({ path, text: good.texts[path] ?? '' }, good.host).diagnostics.filter((d) => d.code === code && d.file === path);
      expect(found.length, `${code} in ${path}`).toBe(0);
    }
  });
});
