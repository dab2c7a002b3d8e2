import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';

// docs/style.md names the Prettier plugin `@infog/compiler/prettier`: Prettier must load it by that
// name (the package's `exports`, as Node resolves them for any project), and print what `infog fmt`
// prints. The installed package's plugin is tested in install.test.ts.

const dir = join(REPO, 'test', '.tmp', `prettier-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('loads by the name docs/style.md gives and prints what infog fmt prints', () => {
  expect(readFileSync(join(REPO, 'docs', 'style.md'), 'utf8')).toContain('`@infog/compiler/prettier`');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'c.infog');
  writeFileSync(file, 'contract "X" {\nreference    "A"\n  law FR }\n');
  // From the repository's root, as a project using the plugin would (the file through stdin: Prettier
  // leaves git-ignored paths such as test/.tmp untouched).
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--plugin', '@infog/compiler/prettier', '--stdin-filepath', 'contract.infog'], {
    cwd: REPO, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' }, input: readFileSync(file, 'utf8'),
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('contract "X" {\n  reference "A"\n  law FR\n}\n');
  expect(r.stdout).toBe(infog(['fmt', file]).stdout);
}, 60_000);
