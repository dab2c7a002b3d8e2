import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { edit, flagshipAmended, FLAGSHIP } from '../diff/helpers.ts';

// `infog diff` and `infog compile --amend-from` as a user runs them: the signed version tagged in git,
// the new version in the working tree (docs/amendments.md).

let dir = '';
const git = (...args: string[]): void => {
  execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=test', ...args], { cwd: dir, stdio: 'ignore' });
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'infog-diff-'));
  git('init', '-q');
  writeFileSync(join(dir, 'contrat.infog'), FLAGSHIP);
  git('add', 'contrat.infog');
  git('commit', '-qm', 'signed');
  git('tag', 'v1.0');
  writeFileSync(join(dir, 'contrat.infog'), flagshipAmended());
  writeFileSync(join(dir, 'ancien.infog'), FLAGSHIP);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('infog diff', () => {
  it('lists the changes since a git tag, one sentence each, in the user’s language', () => {
    const fr = infog(['diff', 'contrat.infog', '--from', 'v1.0', '--locale', 'fr'], { cwd: dir });
    expect(fr.stderr).toBe('');
    expect(fr.status).toBe(0);
    const lines = fr.stdout.trim().split('\n');
    expect(lines[0]).toBe('contrat.infog@v1.0 → contrat.infog');
    expect(lines.filter((l) => /^[+~-] /u.test(l)).length).toBe(8);
    expect(fr.stdout).toMatch(/1\s478,27\s€/u);
    const en = infog(['diff', 'contrat.infog', '--from', 'v1.0', '--locale', 'en'], { cwd: dir });
    expect(en.stdout).toMatch(/€1,478\.27/u);
    expect(en.stdout).toContain('8 changes.');
  });

  it('gives the same changes between two files, and none from a file to itself', () => {
    const files = infog(['diff', 'ancien.infog', 'contrat.infog', '--json'], { cwd: dir });
    const tag = infog(['diff', 'contrat.infog', '--from', 'v1.0', '--json'], { cwd: dir });
    const a = JSON.parse(files.stdout) as { version: number; changes: { key: string; kind: string }[] };
    const b = JSON.parse(tag.stdout) as { changes: { key: string; kind: string }[] };
    expect(a.version).toBe(1);
    expect(a.changes.map((c) => [c.kind, c.key])).toEqual(b.changes.map((c) => [c.kind, c.key]));
    expect(a.changes.map((c) => c.key)).toContain('sla.priority[P1].restore');
    const same = infog(['diff', 'contrat.infog', 'contrat.infog', '--locale', 'en'], { cwd: dir });
    expect(same.stdout).toContain('No change.');
  });

  it('adds the helpdesk delta: the day it applies, the targets, the exports to re-import', () => {
    const r = infog(['diff', 'contrat.infog', '--from', 'v1.0', '--helpdesk', '--locale', 'en'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Helpdesk: to apply on 2028-01-01 (amendment No. 1)');
    expect(r.stdout).toMatch(/~ \/priorities\/\d+\/targets\/restore\/minutes 240 → 120/u);
    const json = JSON.parse(infog(['diff', 'contrat.infog', '--from', 'v1.0', '--helpdesk', '--json'], { cwd: dir }).stdout) as { helpdesk: { effective: string; exports: { vendor: string }[] } };
    expect(json.helpdesk.effective).toBe('2028-01-01');
    expect(json.helpdesk.exports.map((e) => e.vendor)).toContain('zammad');
  });

  it('refuses an unknown revision (exit 2) and a version with errors (exit 1)', () => {
    const rev = infog(['diff', 'contrat.infog', '--from', 'v9.9', '--locale', 'en'], { cwd: dir });
    expect(rev.status).toBe(2);
    expect(rev.stderr).toContain('unknown git revision: v9.9');
    const option = infog(['diff', 'contrat.infog', '--from', '--output=x', '--locale', 'en'], { cwd: dir });
    expect(option.status).toBe(2);
    writeFileSync(join(dir, 'casse.infog'), edit(FLAGSHIP, 'restore  4 business_hours', 'restore  4 lightyears'));
    const broken = infog(['diff', 'ancien.infog', 'casse.infog', '--locale', 'en'], { cwd: dir });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('casse.infog has errors');
  });
});

describe('infog compile --amend-from', () => {
  it('writes the amendment in French and English from the tagged version', () => {
    const r = infog(['compile', 'contrat.infog', '--amend-from', 'v1.0', '--lang', 'fr,en', '-o', 'out'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['contrat.avenant-1.en.pdf', 'contrat.avenant-1.fr.pdf']);
    // Every fact of the flagship is printed, so every change has its clause.
    expect(r.stderr).not.toContain('IG8006');
  }, 120_000);

  it('says which change no clause prints (IG8006), and still writes the amendment', () => {
    // The contract's own wording of the due-diligence clause leaves out the frequency: a change of
    // frequency has no clause to replace, which the amendment must say rather than drop.
    const override = (text: string): string => {
      const end = text.lastIndexOf('}');
      return `${text.slice(0, end)}  clause vigilance {\n    fr """Le Prestataire remet au Client les documents de vigilance."""\n    en """The Provider gives the Client the due-diligence documents."""\n  }\n}\n`;
    };
    writeFileSync(join(dir, 'signe-sans-frequence.infog'), override(FLAGSHIP));
    writeFileSync(join(dir, 'avenant-frequence.infog'), override(edit(flagshipAmended(), '    every 6 months\n', '    every 3 months\n')));
    const r = infog(['compile', 'avenant-frequence.infog', '--amend-from', 'signe-sans-frequence.infog', '-o', 'out-frequence', '--locale', 'en'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning IG8006 Periodicity of delivery: 6\s+months → 3\s+months: no clause of the contract prints this fact/u);
    expect(readdirSync(join(dir, 'out-frequence'))).toEqual(['avenant-frequence.avenant-1.pdf']);
  }, 120_000);

  it('writes nothing when the new version declares no amendment (IG8001)', () => {
    writeFileSync(join(dir, 'sans.infog'), edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1470.00 EUR'));
    const r = infog(['compile', 'sans.infog', '--amend-from', 'ancien.infog', '-o', 'vide', '--locale', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('IG8001');
    expect(existsSync(join(dir, 'vide'))).toBe(false);
  }, 120_000);
});
