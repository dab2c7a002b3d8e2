import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/host.ts';

// The .vsix `npm run package` builds: the manifest, the grammar, the bundled client and server (and
// the CLI and stdlib they use), nothing from tests, sources or node_modules, and no warning from vsce
// (it warns about unbundled extensions). Packaged here offline into test/.tmp.

/** Names of the entries of a zip file, from its central directory. */
function zipEntries(bytes: Buffer): string[] {
  const names: string[] = [];
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes.readUInt32LE(i) !== 0x06054b50) continue;
    let at = bytes.readUInt32LE(i + 16);
    const count = bytes.readUInt16LE(i + 10);
    for (let n = 0; n < count; n++) {
      const nameLength = bytes.readUInt16LE(at + 28);
      names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    break;
  }
  return names;
}

it('packages the extension with its manifest, grammar and bundles only', () => {
  const out = join(REPO, 'test', '.tmp', `vsix-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const vsix = join(out, 'infog.vsix');
  const vsce = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], {
    cwd: join(REPO, 'vscode-extension'), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: out },
  });
  expect(r.status, r.stderr).toBe(0);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/WARNING|bundle your extension/i);
  const names = zipEntries(readFileSync(vsix));
  rmSync(out, { recursive: true, force: true });
  expect(names).toEqual(expect.arrayContaining([
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/language-configuration.json',
    'extension/syntaxes/infog.tmLanguage.json',
    'extension/snippets/infog.code-snippets',
    'extension/dist/extension.cjs',
    'extension/dist/server.js',
    'extension/dist/cli/infog.js',
    'extension/dist/cli/fonts/SourceSerif4_400Regular.ttf',
    'extension/dist/cli/fonts/OFL.txt',
    'extension/dist/THIRD-PARTY-NOTICES.txt',
    'extension/dist/stdlib/LICENSE',
    'extension/LICENSE.txt',
  ]));
  expect(names.some((n) => n.startsWith('extension/dist/stdlib/') && n.endsWith('.infog'))).toBe(true);
  // Everything is bundled (the PDF renderer too): no node_modules, sources, maps or tests.
  expect(names.filter((n) => /(^|\/)(test|src|node_modules)\/|\.map$|\.ts$|\.tmp/.test(n))).toEqual([]);
  expect(names.length).toBeLessThan(100);
  const manifest = JSON.parse(readFileSync(join(REPO, 'vscode-extension', 'package.json'), 'utf8')) as { main: string; contributes: { languages: { extensions: string[] }[] } };
  expect(manifest.main).toBe('./dist/extension.cjs');
  expect(manifest.contributes.languages[0]?.extensions).toEqual(['.infog']);
});
