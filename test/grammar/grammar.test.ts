import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { UNITS } from '../../compiler/src/syntax/index.ts';
import { REPO } from '../helpers/host.ts';

// The TextMate grammar, tested offline with vscode-tmgrammar-test: each `.infog` file here holds
// `// ^^^ scope` assertions under the lines they check.

const GRAMMAR = join(REPO, 'vscode-extension', 'syntaxes', 'infog.tmLanguage.json');

it('colours keywords, literals, comments, strings and text blocks as asserted', () => {
  const bin = join(REPO, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
  const r = spawnSync(process.execPath, [bin, '-g', GRAMMAR, 'test/grammar/*.infog'], { cwd: REPO, encoding: 'utf8' });
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/✖|failed|Error/i);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('statements.infog run successfuly');
});

it('knows exactly the units of the literal grammar', () => {
  const grammar = readFileSync(GRAMMAR, 'utf8');
  const match = /\(\\\\d\+\(\?:\\\\\.\\\\d\+\)\?\)\\\\s\+\(([^)]*)\)/.exec(grammar);
  expect(match?.[1]?.split('|').sort()).toEqual(UNITS.map((u) => u.name).sort());
});
