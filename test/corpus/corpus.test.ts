import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { codeFilter, describeActualAs, describeExpected, readExpectations } from '../helpers/expectations.ts';
import { MemoryHost } from '../helpers/host.ts';

// The good/bad corpora: every `.infog` file under test/corpus is checked, and its diagnostics must be
// exactly the ones its inline expectations name (none for files under good/). Files of one folder form
// one project, so they may import each other.

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
    for (const path of Object.keys(project).sort()) {
      if (path.startsWith('modules/') || path.includes('/modules/')) continue; // imported by other files, checked through them
      it(path, () => {
        const text = project[path] ?? '';
        const expectations = readExpectations(text);
        if (kind === 'good') expect(expectations, 'good files pin nothing (use `// @codes` to focus them)').toEqual([]);
        else expect(expectations.length, 'a bad file pins at least one diagnostic').toBeGreaterThan(0);
        const { diagnostics } = checkSource({ path, text }, host);
        const pinned = codeFilter(text);
        const own = diagnostics.filter((d) => d.file === path && pinned(d.code));
        expect(describeActualAs(text, own, expectations)).toEqual(describeExpected(expectations));
      });
    }
  });
}
