import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { codeFilter, describeActualAs, describeExpected, readExpectations } from '../helpers/expectations.ts';
import { MemoryHost } from '../helpers/host.ts';

// The good/bad corpora: every `.infog` file under test/corpus is checked, and its diagnostics must be
// exactly the ones its inline expectations name (none for files under good/). Files of one folder form
// one project, so they may import each other.
//
// A good file is a partial contract about one topic: its `// @codes` filter names the codes of that
// topic, which must not appear at all. Outside the topic it may leave facts out, so checklist findings
// (IG3xxx, "this clause is missing") elsewhere are expected; but whatever its filter, what it does
// state must be right: no syntax, name, type, validation, calendar or secret diagnostic, of any
// severity, in any band but IG3.

const ROOT = import.meta.dirname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.infog') ? [join(dir, e.name)] : []);
}

for (const kind of ['good', 'bad'] as const) {
  describe(`corpus/${kind}`, () => {
    const dir = join(ROOT, kind);
    const files = filesUnder(dir);
    const project = Object.fromEntries(files.map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f, 'utf8')]));
    const host = new MemoryHost(project);
    it('has its files', () => {
      // Today's counts: a file that disappears (renamed, moved) must not silently stop being checked.
      expect(Object.keys(project).filter((p) => !p.includes('modules/')).length).toBeGreaterThanOrEqual(kind === 'good' ? 15 : 48);
    });
    for (const path of Object.keys(project).sort()) {
      if (path.startsWith('modules/') || path.includes('/modules/')) continue; // imported by other files, checked through them
      it(path, () => {
        const text = project[path] ?? '';
        const expectations = readExpectations(text);
        if (kind === 'good') expect(expectations, 'good files pin nothing (use `// @codes` to focus them)').toEqual([]);
        else expect(expectations.length, 'a bad file pins at least one diagnostic').toBeGreaterThan(0);
        const { diagnostics } = checkSource({ path, text }, host);
        if (kind === 'good') {
          const wrong = diagnostics.filter((d) => !d.code.startsWith('IG3'));
          expect(describeActualAs(text, wrong, []), 'a good file states nothing wrong, whatever its @codes filter').toEqual([]);
        }
        const pinned = codeFilter(text);
        const own = diagnostics.filter((d) => d.file === path && pinned(d.code));
        expect(describeActualAs(text, own, expectations)).toEqual(describeExpected(expectations));
      });
    }
  });
}
