import type { SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';
import { startServer, uriOf } from '../lsp/harness.ts';
import { npm as npmIn, packPackages, run as runIn, type Tarball } from './pack.ts';

// The packages as a user gets them: `npm pack` of @infog/compiler and @infog/language-server (with
// their prepack step, on a copy of the repository's package folders, so the suite's own build is left
// alone), then `npm install -g` of the tarballs into a temporary prefix, offline and with an empty npm
// cache (nothing may be downloaded), and the installed `infog` compiles examples from a folder outside
// the repository, with `import "std/…"`; the installed server checks and compiles; Prettier loads the
// installed plugin by its documented name.

let tmp = '';
let prefix = '';
let tarballs: { compiler: Tarball; server: Tarball };

const run = (command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> => runIn(tmp, command, args, cwd, env);
const npm = (args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> => npmIn(tmp, args, cwd, env);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'infog-package-'));
  tarballs = packPackages(tmp);
  prefix = join(tmp, 'prefix');
  const installed = npm(['install', '-g', '--prefix', prefix, '--offline', tarballs.compiler.file, tarballs.server.file], tmp, { npm_config_cache: join(tmp, 'empty-cache') });
  expect(installed.status, installed.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed @infog/compiler', () => {
  it('holds the bundled CLI, the stdlib, the fonts, the JSON Schema and the licences, and no dependency', () => {
    const { files, manifest } = tarballs.compiler;
    expect(files).toEqual(expect.arrayContaining([
      'bin/infog.js', 'dist/infog.js', 'dist/lib/index.js', 'dist/lib/node.js', 'dist/lib/prettier.js',
      'dist/fonts/SourceSerif4_400Regular.ttf', 'dist/fonts/SourceSerif4_600SemiBold_Italic.ttf', 'dist/fonts/OFL.txt',
      'dist/THIRD-PARTY-NOTICES.txt', 'schemas/sla-v1.schema.json', 'stdlib/clauses/index.infog', 'stdlib/sla/tiers.infog',
      'stdlib/LICENSE', 'LICENSE', 'README.md', 'package.json',
    ]));
    expect(files.filter((f) => /\.map$|\.ts$|(^|\/)(src|node_modules|test)\//.test(f))).toEqual([]);
    expect(manifest['license']).toBe('Apache-2.0');
    expect(manifest['dependencies']).toBeUndefined();
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(run('tar', ['-xzOf', tarballs.compiler.file, 'package/stdlib/LICENSE'], tmp).stdout).toContain('Attribution 4.0 International');
    expect(run('tar', ['-xzOf', tarballs.compiler.file, 'package/LICENSE'], tmp).stdout).toContain('Apache License');
    expect(run('tar', ['-xzOf', tarballs.compiler.file, 'package/dist/THIRD-PARTY-NOTICES.txt'], tmp).stdout).toMatch(/^pdfmake \d/m);
  });

  it('compiles the Geneva example from a folder outside the repository, as the repository does', () => {
    const work = join(tmp, 'work');
    mkdirSync(work, { recursive: true });
    for (const f of ['geneve-atelier-rochat.infog', 'strasbourg-clinique.infog']) cpSync(join(REPO, 'examples', f), join(work, f));
    const bin = join(prefix, 'bin', 'infog');
    const r = run(bin, ['compile', 'geneve-atelier-rochat.infog', 'strasbourg-clinique.infog', '-o', 'out'], work);
    expect(r.status, r.stderr).toBe(0);
    // The newcomer's failures: the clause library (IG6009) and `std/…` imports (IG2103) not found.
    expect(r.stderr).not.toMatch(/IG6009|IG2103/);
    // The SLA JSON is the committed golden (only the source path differs: it names the file as given).
    const golden = readFileSync(join(REPO, 'examples', 'geneve-atelier-rochat.sla.json'), 'utf8').replace('"examples/geneve-atelier-rochat.infog"', '"geneve-atelier-rochat.infog"');
    expect(readFileSync(join(work, 'out', 'geneve-atelier-rochat.sla.json'), 'utf8')).toBe(golden);
    // The PDFs are byte for byte those of the repository's CLI; the Strasbourg example imports std/….
    const reference = infog(['compile', 'geneve-atelier-rochat.infog', 'strasbourg-clinique.infog', '-o', 'ref', '--pdf'], { cwd: work });
    expect(reference.status, reference.stderr).toBe(0);
    for (const f of ['geneve-atelier-rochat.pdf', 'strasbourg-clinique.pdf']) {
      const pdf = readFileSync(join(work, 'out', f));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(50_000);
      expect(pdf.equals(readFileSync(join(work, 'ref', f))), f).toBe(true);
    }
    // INFOG_STDLIB still overrides the packaged clause library.
    const elsewhere = run(bin, ['check', 'strasbourg-clinique.infog'], work, { INFOG_STDLIB: join(tmp, 'no-stdlib') });
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).toContain('IG2103');
    // `check` finds what the repository's CLI finds (std imports resolved: no error).
    const check = run(bin, ['check', '--format', 'json', 'strasbourg-clinique.infog'], work);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
    expect(check.stdout).toBe(infog(['check', '--format', 'json', 'strasbourg-clinique.infog'], { cwd: work }).stdout);
  }, 180_000);

  it('is the Prettier plugin `@infog/compiler/prettier` of a project that installs it', () => {
    const project = join(tmp, 'project');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "name": "contracts", "private": true }\n');
    const installed = npm(['install', '--offline', '--no-package-lock', tarballs.compiler.file], project, { npm_config_cache: join(tmp, 'empty-cache') });
    expect(installed.status, installed.stderr).toBe(0);
    // Prettier is the user's (an optional peer dependency): the repository's copy stands in for it.
    symlinkSync(join(REPO, 'node_modules', 'prettier'), join(project, 'node_modules', 'prettier'), 'dir');
    writeFileSync(join(project, 'c.infog'), 'contract "X" {\nreference    "A"\n  law FR }\n');
    const prettier = run(process.execPath, [join(project, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--plugin', '@infog/compiler/prettier', 'c.infog'], project);
    expect(prettier.status, prettier.stderr).toBe(0);
    expect(prettier.stdout).toBe(run(join(prefix, 'bin', 'infog'), ['fmt', 'c.infog'], project).stdout);
    expect(prettier.stdout).toBe('contract "X" {\n  reference "A"\n  law FR\n}\n');
  }, 120_000);
});

describe('the packed @infog/language-server', () => {
  it('holds the bundled server, its CLI and the stdlib, and no dependency', () => {
    const { files, manifest } = tarballs.server;
    expect(files).toEqual(expect.arrayContaining([
      'bin/infog-language-server.js', 'dist/server.js', 'dist/cli/infog.js', 'dist/cli/fonts/OFL.txt', 'dist/THIRD-PARTY-NOTICES.txt',
      'stdlib/clauses/index.infog', 'stdlib/LICENSE', 'LICENSE', 'README.md',
    ]));
    expect(files.filter((f) => /\.map$|\.ts$|(^|\/)(src|node_modules|test)\//.test(f))).toEqual([]);
    expect(manifest['license']).toBe('Apache-2.0');
    expect(manifest['dependencies']).toBeUndefined();
  });

  it('checks with std imports and compiles, installed outside the repository', async () => {
    const work = join(tmp, 'lsp');
    mkdirSync(work, { recursive: true });
    cpSync(join(REPO, 'examples', 'geneve-atelier-rochat.infog'), join(work, 'geneve.infog'));
    const server = join(prefix, 'lib', 'node_modules', '@infog', 'language-server', 'bin', 'infog-language-server.js');
    const s = await startServer({ server, rootUri: uriOf(work), env: { HOME: join(tmp, 'home') } });
    try {
      const strasbourg = readFileSync(join(REPO, 'examples', 'strasbourg-clinique.infog'), 'utf8');
      // The std/… imports resolve (no IG2103), and the contract has no error.
      const opened = await s.open(uriOf(join(work, 'strasbourg.infog')), strasbourg);
      expect(opened.filter((d) => d.severity === 1 || d.code === 'IG2103')).toEqual([]);
      const broken = await s.open(uriOf(join(work, 'broken.infog')), strasbourg.replace('reference "', 'referense "'));
      expect(broken.map((d) => d.code)).toContain('IG2001');
      expect(broken.map((d) => d.code)).not.toContain('IG2103');
      const outcome = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.compile', arguments: [{ uri: uriOf(join(work, 'geneve.infog')), output: 'pdf' }] })) as { ok: boolean; message: string; outputs: string[] };
      expect(outcome.ok, outcome.message).toBe(true);
      expect(outcome.outputs).toEqual([join(work, 'out', 'geneve.pdf')]);
      expect(readFileSync(join(work, 'out', 'geneve.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await s.stop();
    }
  }, 120_000);
});
