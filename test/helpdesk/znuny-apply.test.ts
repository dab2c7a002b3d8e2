// The Znuny export is a script that applies itself (docs/helpdesk.md "Znuny"): a dry run by default,
// `--apply` to write, and idempotent. It runs here with Perl against a fake Znuny (fake-znuny/: an
// object manager, SysConfig and SLA kept in a Storable file that records every write).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportOne } from '../../compiler/src/backends/helpdesk/index.ts';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { exampleSla } from '../sla/example.ts';

const perl = spawnSync('perl', ['-MStorable', '-e', '1']).status === 0;
if (!perl) console.warn('\n*** SKIPPED: the Znuny script test needs perl with Storable (test/helpdesk/znuny-apply.test.ts).\n');

const HOME = mkdtempSync(join(tmpdir(), 'infog-znuny-'));
cpSync(join(import.meta.dirname, 'fake-znuny'), HOME, { recursive: true });
const STATE = join(HOME, 'state.bin');

/** Writes the export of `doc` into the fake Znuny home and runs it; returns its output and the writes. */
function run(doc: SlaDocument, ...args: string[]): { status: number | null; stdout: string; stderr: string; writes: string[] } {
  const script = exportOne(doc, 'znuny').files[0]?.content ?? '';
  writeFileSync(join(HOME, 'apply.pl'), script);
  const before = calls();
  const r = spawnSync('perl', ['apply.pl', ...args], { cwd: HOME, env: { PATH: process.env['PATH'] ?? '', FAKE_ZNUNY_STATE: STATE }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, writes: calls().slice(before.length) };
}

/** Every write call the fake recorded. */
function calls(): string[] {
  if (!existsSync(STATE)) return [];
  const r = spawnSync('perl', ['-MStorable=retrieve', '-e', 'binmode STDOUT, ":encoding(UTF-8)"; print join("\\n", @{ retrieve($ARGV[0])->{Calls} })', STATE], { encoding: 'utf8' });
  return r.stdout === '' ? [] : r.stdout.split('\n');
}

describe.skipIf(!perl)('the Znuny script', () => {
  const doc = exampleSla();

  it('is a dry run by default: compares, prints what it would do, writes nothing', () => {
    const r = run(doc);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dry run: nothing is written (run again with --apply to write).');
    expect(r.stdout).toContain('to create SLA NS-2027-014 P1 Bloquant');
    expect(r.stdout).toContain('Znuny: 3 to create, 5 to update, 0 unchanged.');
    expect(r.writes).toEqual([]);
  });

  it('--apply sets the calendar and adds the SLAs', () => {
    const r = run(doc, '--apply');
    expect(r.status, r.stderr).toBe(0);
    expect(r.writes).toEqual([
      'SettingsSet TimeZone::Calendar1,TimeZone::Calendar1Name,TimeWorkingHours::Calendar1,TimeVacationDays::Calendar1,TimeVacationDaysOneTime::Calendar1',
      'SLAAdd NS-2027-014 P1 Bloquant', 'SLAAdd NS-2027-014 P2 Majeur', 'SLAAdd NS-2027-014 P3 Mineur',
    ]);
    expect(r.stdout).toContain('Znuny: 3 created, 5 updated, 0 unchanged.');
  });

  it('changes nothing when run again, with or without --apply', () => {
    for (const args of [['--apply'], []]) {
      const r = run(doc, ...args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.writes).toEqual([]);
      expect(r.stdout).toMatch(/Znuny: 0 (?:created|to create), 0 (?:updated|to update), 8 unchanged\./);
    }
  });

  it('updates only the SLA whose target changed', () => {
    const changed = exampleSla();
    const restore = changed.priorities[1]?.targets.restore;
    if (restore) restore.minutes = 600;
    const r = run(changed, '--apply');
    expect(r.status, r.stderr).toBe(0);
    expect(r.writes).toEqual(['SLAUpdate NS-2027-014 P2 Majeur']);
    expect(r.stdout).toContain('updated SLA NS-2027-014 P2 Majeur (SolutionTime)');
  });
});
