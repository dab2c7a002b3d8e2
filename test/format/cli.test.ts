import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';

// `infog fmt` end to end, on the built binary (spec/cli.md).

const UGLY = 'contract "x" {\n    reference "R-1" ; law FR\n}\n';
const PRETTY = 'contract "x" {\n  reference "R-1"\n  law FR\n}\n';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'infog-fmt-'));
  writeFileSync(join(dir, 'infog.json'), '{}');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('infog fmt', () => {
  it('prints one formatted file on stdout', () => {
    const dir = project({ 'a.infog': UGLY });
    const r = infog(['fmt', 'a.infog'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(PRETTY);
  });

  it('refuses several files without --check or --write', () => {
    const dir = project({ 'a.infog': UGLY, 'b.infog': PRETTY });
    const r = infog(['fmt', '.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--check|--write/);
  });

  it('--check lists the files that would change and exits 1', () => {
    const dir = project({ 'a.infog': UGLY, 'b.infog': PRETTY });
    const r = infog(['fmt', '--check', 'a.infog', 'b.infog'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('a.infog\n');
    expect(infog(['fmt', '--check', 'b.infog'], { cwd: dir }).status).toBe(0);
  });

  it('--write rewrites only the files that change, keeping CRLF out by default', () => {
    const dir = project({ 'a.infog': UGLY.replace(/\n/g, '\r\n'), 'b.infog': PRETTY });
    const r = infog(['fmt', '--write', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['a.infog']);
    expect(readFileSync(join(dir, 'a.infog'), 'utf8')).toBe(PRETTY);
    expect(infog(['fmt', '--check', '.'], { cwd: dir }).status).toBe(0);
  });

  it('reports syntax errors with their position, exits 1 and writes nothing', () => {
    const broken = 'contract "x" {\n  fee "unterminated\n}\n';
    const dir = project({ 'a.infog': UGLY, 'bad.infog': broken });
    const r = infog(['fmt', '--write', '.'], { cwd: dir, env: { INFOG_LOCALE: 'en' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.infog:2:\d+ error IG1003/);
    expect(readFileSync(join(dir, 'a.infog'), 'utf8')).toBe(UGLY);
    expect(readFileSync(join(dir, 'bad.infog'), 'utf8')).toBe(broken);
  });

  it('rejects --check with --write', () => {
    const dir = project({ 'a.infog': PRETTY });
    expect(infog(['fmt', '--check', '--write', 'a.infog'], { cwd: dir }).status).toBe(2);
  });
});
