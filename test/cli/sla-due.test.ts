import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';

// `infog sla due` (spec/cli.md) on the flagship, from the contract and from its `.sla.json`; due dates
// hand-computed from spec sla-v1 "Due dates". Calendar `business`: mon..fri 08:00-12:00, 14:00-18:00,
// Europe/Paris, FR holidays. 2027: clocks go forward on Sunday 28 March, back on Sunday 31 October;
// Easter Monday is 29 March, All Saints' Day Monday 1 November.

const CONTRACT = 'examples/cabinet-dupont.infog';
const SLA = 'examples/cabinet-dupont.sla.json';
const due = (file: string, priority: string, metric: string, opened: string, ...more: string[]) =>
  infog(['sla', 'due', file, '--priority', priority, '--metric', metric, '--opened', opened, ...more]);

const dir = mkdtempSync(join(tmpdir(), 'infog-sla-due-'));
const golden = (): SlaDocument => JSON.parse(readFileSync(join(REPO, SLA), 'utf8')) as SlaDocument;

describe('infog sla due', () => {
  const cases: [string, string, string, string, string][] = [
    // Friday 17:55: 5 min on Friday, Monday is Easter Monday, and the clocks went forward on Sunday.
    ['P1 response, Friday 17:55 before the spring change', 'P1', 'response', '2027-03-26T17:55:00+01:00', '2027-03-30T08:25:00+02:00'],
    // Friday 17:55: 5 min on Friday, Monday is All Saints' Day, and the clocks went back on Sunday.
    ['P1 response, Friday 17:55 before the autumn change', 'P1', 'response', '2027-10-29T17:55:00+02:00', '2027-11-02T08:25:00+01:00'],
    // Same instant written in UTC without seconds.
    ['the same instant in Z, seconds omitted', 'P1', 'response', '2027-10-29T15:55Z', '2027-11-02T08:25:00+01:00'],
    // 4 business hours from Friday 16:00: 2 h on Friday, 2 h on Tuesday morning.
    ['P1 restore across a long weekend', 'P1', 'restore', '2027-10-29T16:00:00+02:00', '2027-11-02T10:00:00+01:00'],
    // A target used up exactly at the end of a window is due at that end, not at the next opening.
    ['due at the end of the morning window', 'P1', 'response', '2027-05-04T11:30:00+02:00', '2027-05-04T12:00:00+02:00'],
    // Opened on Saturday: counts from the next opening, Tuesday 30 March (Monday is Easter Monday).
    ['opened outside the windows', 'P2', 'response', '2027-03-27T10:00:00Z', '2027-03-30T09:00:00+02:00'],
    // 2 business days = 960 min: Wed 5 May 8 h, Thursday 6 May is Ascension Day, Fri 7 May 8 h.
    ['P1 resolve in business days over Ascension', 'P1', 'resolve', '2027-05-05T08:00:00+02:00', '2027-05-07T18:00:00+02:00'],
    // The same over an ordinary week: Tue 11 May 8 h + Wed 12 May 8 h.
    ['P1 resolve in business days', 'P1', 'resolve', '2027-05-11T08:00:00+02:00', '2027-05-12T18:00:00+02:00'],
  ];

  for (const [title, priority, metric, opened, expected] of cases) {
    it(`${title}: from the contract and from the .sla.json`, () => {
      for (const file of [CONTRACT, SLA]) {
        const r = due(file, priority, metric, opened);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toBe(`${expected}\n`);
      }
    });
  }

  it('prints the JSON object of cli.md, with the clock start at the next opening', () => {
    for (const file of [CONTRACT, SLA]) {
      const r = due(file, 'P1', 'response', '2027-03-27T10:00:00Z', '--json');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(['priority', 'metric', 'opened', 'clockStart', 'due', 'calendar', 'minutes']);
      expect(out).toEqual({
        priority: 'P1', metric: 'response', opened: '2027-03-27T11:00:00+01:00', clockStart: '2027-03-30T08:00:00+02:00',
        due: '2027-03-30T08:30:00+02:00', calendar: 'business', minutes: 30,
      });
    }
  });

  it('starts the clock at the opening instant when the calendar is open', () => {
    const out = JSON.parse(due(SLA, 'P1', 'response', '2027-10-29T17:55:00+02:00', '--json').stdout) as Record<string, unknown>;
    expect(out['clockStart']).toBe('2027-10-29T17:55:00+02:00');
    expect(out['due']).toBe('2027-11-02T08:25:00+01:00');
  });

  it('counts elapsed time on 24x7 across the autumn change, with the offset in force at the due instant', () => {
    const doc = golden();
    const all: [string, string][] = [['00:00', '24:00']];
    doc.calendars['24x7'] = { timezone: 'Europe/Paris', week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all }, holidays: [], holidayRules: [] };
    const p1 = doc.priorities[0];
    if (p1) p1.targets.ack = { minutes: 90, calendar: '24x7' };
    const file = join(dir, 'elapsed.sla.json');
    writeFileSync(file, JSON.stringify(doc));
    // 01:50+02:00 is 23:50Z; 90 min later is 01:20Z, after clocks went back at 01:00Z: 02:20+01:00.
    const r = due(file, 'P1', 'ack', '2027-10-31T01:50:00+02:00', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ clockStart: '2027-10-31T01:50:00+02:00', due: '2027-10-31T02:20:00+01:00', calendar: '24x7', minutes: 90 });
  });

  it('exits 1 with a message when the priority has no target for the metric, or does not exist', () => {
    const none = due(SLA, 'P3', 'onsite', '2027-05-04T10:00:00+02:00', '--locale', 'en');
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('P3 has no "onsite" target');
    const fr = due(CONTRACT, 'P3', 'onsite', '2027-05-04T10:00:00+02:00', '--locale', 'fr');
    expect(fr.status).toBe(1);
    expect(fr.stderr).toContain('P3 n\'a pas de délai « onsite »');
    const unknown = due(SLA, 'P9', 'response', '2027-05-04T10:00:00+02:00', '--locale', 'en');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('priority P9 does not exist (priorities: P1, P2, P3, P4)');
  });

  it('prints the diagnostics of a contract with errors and exits 1', () => {
    const file = join(dir, 'broken.infog');
    writeFileSync(file, 'contract "Infogérance" {\n  law FR\n}\n');
    const r = due(file, 'P1', 'response', '2027-05-04T10:00:00+02:00', '--locale', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/broken\.infog:\d+:\d+ error IG\d{4}/);
  });

  it('exits 2 on a bad --opened, a bad metric or a missing flag', () => {
    for (const opened of ['2027-05-04T10:00:00', '2027-02-30T10:00:00Z', 'tomorrow', '2027-05-04T24:00:00Z']) {
      const r = due(SLA, 'P1', 'response', opened, '--locale', 'en');
      expect(r.status, opened).toBe(2);
      expect(r.stderr).toContain('--opened');
    }
    expect(due(SLA, 'P1', 'gtr', '2027-05-04T10:00:00Z').status).toBe(2);
    const missing = infog(['sla', 'due', SLA, '--metric', 'response', '--opened', '2027-05-04T10:00:00Z', '--locale', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--priority is required');
    expect(infog(['sla', 'overdue', SLA]).status).toBe(2);
  });

  it('exits 2 on a missing, non-JSON or invalid SLA file, in French and English', () => {
    const notJson = join(dir, 'not.sla.json');
    writeFileSync(notJson, '{ "format": ');
    const invalid = join(dir, 'invalid.sla.json');
    const doc = golden() as unknown as Record<string, unknown>;
    doc['version'] = 2;
    writeFileSync(invalid, JSON.stringify(doc));
    const missingFile = due(join(dir, 'absent.sla.json'), 'P1', 'response', '2027-05-04T10:00:00Z', '--locale', 'en');
    expect(missingFile.status).toBe(2);
    expect(missingFile.stderr).toContain('cannot read');
    const a = due(notJson, 'P1', 'response', '2027-05-04T10:00:00Z', '--locale', 'en');
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('is not a valid SLA JSON v1 document');
    const b = due(invalid, 'P1', 'response', '2027-05-04T10:00:00Z', '--locale', 'fr');
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("n'est pas un document SLA JSON v1 valide");
    expect(b.stderr).toContain('version');
    expect(`${a.stderr}${b.stderr}`).not.toMatch(/\bat .*\.(?:ts|js):\d+/); // never a stack trace
  });
});
