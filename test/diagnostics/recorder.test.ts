import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parse } from '../../compiler/src/index.ts';
import { invalidIban } from '../../compiler/src/diagnostics/codes/identifiers.ts';
import { infog } from '../helpers/cli.ts';
import { startServer } from '../lsp/harness.ts';

// `INFOG_RECORD_CODES` (compiler/src/cli/record-codes.ts), the hook behind emitted.test.ts: the CLI,
// its worker threads and the language server each append the codes they create to their own file.

function recorded(dir: string): { files: string[]; codes: string[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.codes')).sort();
  const codes = [...new Set(files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)))].sort();
  return { files, codes };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'infog-rec-'));
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  writeFileSync(join(dir, 'a.infog'), 'contract "A" {\n  referense "X"\n}\n');
  writeFileSync(join(dir, 'b.infog'), 'contract "B" {\n  law XX\n}\n');
  return dir;
}

describe('recording emitted codes', () => {
  it('records what the compiler creates in a test worker, not what a test creates by hand', () => {
    const dir = process.env['INFOG_RECORD_CODES'];
    expect(dir, 'set by test/global-setup.ts').toBeDefined();
    const mine = join(dir ?? '', `${process.pid}-${threadId}.codes`);
    parse({ path: 'x.infog', text: 'contract "X" {\n  name "unterminated\n}\n' });
    invalidIban.create('x.infog', { start: 0, end: 0 }, { value: 'FR00', reason: 'length', expected: '' });
    const codes = readFileSync(mine, 'utf8').split('\n');
    expect(codes).toContain('IG1003');
    expect(codes).not.toContain('IG4008');
  });

  it('records what the CLI and its worker threads emit, one file per thread', () => {
    const dir = project();
    const out = mkdtempSync(join(tmpdir(), 'infog-rec-out-'));
    // One file per worker thread (INFOG_FILES_PER_WORKER), so two files use the main thread and a worker.
    const r = infog(['check', dir, '--jobs', '2', '--format', 'json'], { env: { INFOG_RECORD_CODES: out, INFOG_FILES_PER_WORKER: '1' } });
    expect(r.status).toBe(1);
    const reported = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    const { files, codes } = recorded(out);
    expect(files.every((f) => /^\d+-\d+\.codes$/.test(f))).toBe(true);
    expect(files.map((f) => f.split(/[-.]/)[1])).toEqual(['0', '1']);
    expect(codes).toEqual(expect.arrayContaining([...new Set(reported)]));
    expect(codes).toEqual(expect.arrayContaining(['IG2001', 'IG2009']));
  });

  it('records nothing when the variable is unset', () => {
    const out = mkdtempSync(join(tmpdir(), 'infog-rec-none-'));
    infog(['check', project()], { env: { INFOG_RECORD_CODES: '' } });
    expect(readdirSync(out)).toEqual([]);
  });

  it('records what the language server emits', async () => {
    const dir = project();
    const out = mkdtempSync(join(tmpdir(), 'infog-rec-lsp-'));
    const s = await startServer({ rootUri: pathToFileURL(dir).href, env: { INFOG_RECORD_CODES: out } });
    const ds = await s.open(pathToFileURL(join(dir, 'a.infog')).href, 'contract "A" {\n  referense "X"\n}\n');
    await s.stop();
    expect(ds.map((d) => d.code)).toContain('IG2001');
    expect(recorded(out).codes).toContain('IG2001');
  });
});
