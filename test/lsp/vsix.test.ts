import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO } from '../helpers/host.ts';
import { startServer, uriOf } from './harness.ts';

// The .vsix `npm run package` builds: the manifest, the grammar, the bundled client and server (and
// the CLI and stdlib they use), nothing from tests, sources or node_modules, and no warning from vsce
// (it warns about unbundled extensions). Packaged here offline into test/.tmp, then unpacked outside
// the repository, where its server must check and compile with nothing else around it.

/** The entries of a zip file (names and contents), from its central directory. */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes.readUInt32LE(i) !== 0x06054b50) continue;
    let at = bytes.readUInt32LE(i + 16);
    const count = bytes.readUInt16LE(i + 10);
    for (let n = 0; n < count; n++) {
      const method = bytes.readUInt16LE(at + 10);
      const size = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const local = bytes.readUInt32LE(at + 42);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const raw = bytes.subarray(start, start + size);
      entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    break;
  }
  return entries;
}

let entries = new Map<string, Buffer>();
let vsceOutput = '';
let unpacked = '';

beforeAll(() => {
  const out = join(REPO, 'test', '.tmp', `vsix-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const vsix = join(out, 'infog.vsix');
  const vsce = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], {
    cwd: join(REPO, 'vscode-extension'), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: out },
  });
  expect(r.status, r.stderr).toBe(0);
  vsceOutput = `${r.stdout}${r.stderr}`;
  entries = unzip(readFileSync(vsix));
  rmSync(out, { recursive: true, force: true });
  unpacked = mkdtempSync(join(tmpdir(), 'infog-vsix-'));
  for (const [name, data] of entries) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), data);
  }
}, 120_000);

afterAll(() => {
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

it('packages the extension with its manifest, grammar and bundles only', () => {
  expect(vsceOutput).not.toMatch(/WARNING|bundle your extension/i);
  const names = [...entries.keys()];
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

it('runs from the unpacked .vsix alone: checks with std imports and compiles a PDF', async () => {
  const work = join(unpacked, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'geneve.infog'), readFileSync(join(REPO, 'examples', 'geneve-atelier-rochat.infog')));
  const s = await startServer({ server: join(unpacked, 'extension', 'dist', 'server.js'), rootUri: uriOf(work) });
  try {
    const strasbourg = readFileSync(join(REPO, 'examples', 'strasbourg-clinique.infog'), 'utf8');
    expect(strasbourg).toContain('import "std/');
    // The std/… imports resolve (no IG2103), and the contract has no error.
    const opened = await s.open(uriOf(join(work, 'strasbourg.infog')), strasbourg);
    expect(opened.filter((d) => d.severity === 1 || d.code === 'IG2103')).toEqual([]);
    const outcome = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.compile', arguments: [{ uri: uriOf(join(work, 'geneve.infog')), output: 'pdf' }] })) as { ok: boolean; message: string; outputs: string[] };
    expect(outcome.ok, outcome.message).toBe(true);
    expect(outcome.outputs).toEqual([join(work, 'out', 'geneve.pdf')]);
  } finally {
    await s.stop();
  }
}, 120_000);

/**
 * The Node.js of VS Code's extension host, which runs the extension, its server and the CLI (with
 * ELECTRON_RUN_AS_NODE): VS Code 1.101 (June 2025) is the first on Electron 35, Node 22.15.1; 1.96 to
 * 1.100 ran Node 20. Add a row when `engines.vscode` moves.
 */
const EXTENSION_HOST_NODE: Readonly<Record<string, string>> = { '1.101': '22.15.1' };

it('declares the VS Code whose extension host runs it, with the matching @types/vscode', () => {
  const read = (p: string): { engines: Record<string, string>; devDependencies?: Record<string, string>; version?: string } => JSON.parse(readFileSync(join(REPO, p), 'utf8'));
  const extension = read('vscode-extension/package.json');
  const min = /^\^(\d+\.\d+)\.\d+$/.exec(extension.engines['vscode'] ?? '');
  expect(min, extension.engines['vscode']).not.toBeNull();
  const minor = min?.[1] ?? '';
  // The API types are those of the oldest VS Code accepted (newer types would let newer APIs in).
  expect(extension.devDependencies?.['@types/vscode']).toBe(`${minor}.0`);
  expect(read('node_modules/@types/vscode/package.json').version).toBe(`${minor}.0`);
  const host = EXTENSION_HOST_NODE[minor];
  expect(host, `extension-host Node of VS Code ${minor}`).toBeDefined();
  // Every package the extension runs needs at most the host's Node major.
  for (const p of ['vscode-extension/package.json', 'language-server/package.json', 'compiler/package.json']) {
    const needs = Number(/^>=(\d+)$/.exec(read(p).engines['node'] ?? '')?.[1]);
    expect(Number(host?.split('.')[0]), p).toBeGreaterThanOrEqual(needs);
  }
});
