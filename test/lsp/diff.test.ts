import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeLensRequest, ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { edit, flagshipAmended, FLAGSHIP } from '../diff/helpers.ts';
import { startServer, uriOf, type Session } from './harness.ts';

// "Compare with the signed version" over stdio: the lens on the contract, and the server command that
// returns the diff since the latest git tag (or a given revision) as text.

let dir = '';
let s: Session;
const git = (...args: string[]): void => {
  execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=test', ...args], { cwd: dir, stdio: 'ignore' });
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'infog-lsp-diff-'));
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  git('init', '-q');
  writeFileSync(join(dir, 'contrat.infog'), FLAGSHIP);
  git('add', '.');
  git('commit', '-qm', 'signed');
  git('tag', 'v1.0');
  writeFileSync(join(dir, 'contrat.infog'), flagshipAmended());
  s = await startServer({ rootUri: uriOf(dir), initializationOptions: { locale: 'en', documentDelayMs: 60000 } });
}, 60_000);
afterAll(async () => {
  await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('compare with the signed version', () => {
  it('offers the lens on the contract statement', async () => {
    const uri = uriOf(join(dir, 'contrat.infog'));
    await s.open(uri, flagshipAmended());
    const lenses = await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    const lens = lenses?.find((l) => l.command?.command === 'infog.compareSigned');
    expect(lens?.command?.title).toContain('Compare with the signed version');
    expect(lens?.command?.arguments).toEqual([uri]);
  });

  it('returns the diff since the latest tag, as the CLI prints it', async () => {
    const uri = uriOf(join(dir, 'contrat.infog'));
    const r = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.diff', arguments: [{ uri }] })) as { ok: boolean; revision: string; text: string };
    expect(r.revision).toBe('v1.0');
    expect(r.ok, r.text).toBe(true);
    expect(r.text.split('\n')[0]).toMatch(/contrat\.infog@v1\.0 → .*contrat\.infog$/u);
    expect(r.text).toMatch(/4\sbusiness\shours\s→\s2\sbusiness\shours/u);
    expect(r.text).toContain('8 changes.');
  }, 60_000);

  it('says why when the revision does not exist, without dying', async () => {
    const uri = uriOf(join(dir, 'contrat.infog'));
    const r = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.diff', arguments: [{ uri, revision: 'v0.9' }] })) as { ok: boolean; text: string };
    expect(r.ok).toBe(false);
    expect(r.text).toContain('v0.9');
    writeFileSync(join(dir, 'contrat.infog'), edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1460.00 EUR'));
    const again = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.diff', arguments: [{ uri }] })) as { ok: boolean; text: string };
    expect(again.text).toContain('1 change.');
  }, 60_000);
});
