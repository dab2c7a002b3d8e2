// A real helpdesk: Request Tracker 5 from Debian (`request-tracker5`, SQLite backend), installed by
// .ci/run. The generated RT_SiteConfig.d fragment is loaded into a throwaway RT instance (private
// RT_SiteConfig.pm, temporary SQLite file); rt-due.pl creates real tickets of each priority through
// RT's Perl API at chosen opening instants, in ONE perl process, and prints what RT computed: Starts,
// Due after creation (Response, capped by Resolve), the Resolve due date, and Due after a staff reply
// (KeepInLoop, capped by Resolve). Each is compared with our engine (`dueInstant` on the SLA
// document's calendar, i.e. what `infog sla due` answers).
//
// The one difference allowed, and counted: RT (Business::Hours) answers the next opening when a target
// is used up exactly at a window's end, where spec sla-v1 says the window's end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueInstant, openMinutesBetween, type Calendar } from '../../compiler/src/calendar/index.ts';
import { calendarFromSla } from '../../compiler/src/backends/sla/calendar.ts';
import type { SlaDocument, SlaTarget } from '../../compiler/src/backends/sla/schema.ts';
import { exportOne } from '../../compiler/src/backends/helpdesk/index.ts';
import { rtLevelName } from '../../compiler/src/backends/helpdesk/rt/export.ts';
import { ExportContext } from '../../compiler/src/backends/helpdesk/common.ts';
import { exampleSla } from '../sla/example.ts';
import { requireOracle } from '../helpers/oracle.ts';

const SETUP = ['/usr/sbin/rt-setup-database-5', '/usr/local/sbin/rt-setup-database-5'].find((p) => existsSync(p));
const probe = spawnSync('perl', ['-e', 'use lib "/usr/share/request-tracker5/lib"; require RT; require DBD::SQLite; 1'], { encoding: 'utf8' });
const available = requireOracle('Request Tracker 5', SETUP !== undefined && probe.status === 0, 'apt-get install -y --no-install-recommends request-tracker5 rt5-db-sqlite libdbd-sqlite3-perl');

const SCRIPT = join(import.meta.dirname, 'rt-due.pl');

/** Epoch seconds of an instant written with its offset. */
const at = (iso: string): number => Date.parse(iso) / 1000;

/** mulberry32, seeded: the same cases on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Openings chosen for their edges: window starts and ends, the lunch break, evenings, weekends, the
// eve of holidays (Ascension Thu 6 May, Sat 8 May, Christmas Sat 25 Dec 2027), the Fridays before both
// 2027 clock changes (Sun 28 Mar, Sun 31 Oct), and 11:30 so that a 30-minute target ends at 12:00.
const EDGES = [
  '2027-05-03T08:00:00+02:00', '2027-05-03T07:59:59+02:00', '2027-05-03T11:30:00+02:00', '2027-05-03T12:00:00+02:00',
  '2027-05-03T13:59:30+02:00', '2027-05-03T17:45:00+02:00', '2027-05-05T17:00:00+02:00',
  '2027-05-07T16:00:00+02:00', '2027-05-08T10:00:00+02:00', '2027-03-26T17:00:00+01:00', '2027-10-29T16:00:00+02:00',
  '2027-12-24T17:30:00+01:00',
].map(at);

interface Case {
  readonly priority: string;
  readonly level: string;
  readonly opened: number;
}

interface RtAnswer {
  readonly created: number;
  readonly starts: number;
  readonly due: number;
  readonly resolve: number;
  readonly dueAfterReply: number;
}

function runRt(fragment: string, cases: readonly Case[]): RtAnswer[] {
  const dir = mkdtempSync(join(tmpdir(), 'infog-rt-'));
  try {
    const confDir = join(dir, 'RT_SiteConfig.d');
    mkdirSync(confDir);
    const site = join(dir, 'RT_SiteConfig.pm');
    writeFileSync(site, [
      "Set($rtname, 'infog-test');",
      "Set($Organization, 'infog.test');",
      "Set($DatabaseType, 'SQLite');",
      `Set($DatabaseName, '${join(dir, 'rt.db')}');`,
      "Set($LogToSTDERR, 'error');",
      'Set($LogToSyslog, undef);',
      'Set($LogToFile, undef);',
      "Set($Timezone, 'UTC');",
      "Set($MailCommand, 'testfile');",
      '1;',
      '',
    ].join('\n'));
    writeFileSync(join(confDir, '50-infog-sla.pm'), fragment);
    const env = { ...process.env, TZ: 'UTC', RT_SITE_CONFIG: site, RT_SITE_CONFIG_DIR: confDir };
    const init = spawnSync(SETUP ?? 'rt-setup-database-5', ['--action', 'init', '--skip-create'], { encoding: 'utf8', env, timeout: 300_000 });
    if (init.status !== 0) throw new Error(`rt-setup-database-5 failed: ${init.stdout}\n${init.stderr}`);
    const input = cases.map((c) => `${c.level}\t${c.opened}\n`).join('');
    const out = spawnSync('perl', [SCRIPT], { input, encoding: 'utf8', env, timeout: 300_000 });
    if (out.status !== 0) throw new Error(`rt-due.pl failed: ${out.stderr}`);
    return out.stdout.trim().split('\n').map((line) => {
      const [, created, starts, due, resolve, dueAfterReply] = line.split('\t').map(Number);
      return { created: created ?? 0, starts: starts ?? 0, due: due ?? 0, resolve: resolve ?? 0, dueAfterReply: dueAfterReply ?? 0 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Our due instant (epoch seconds) of `target` for a ticket opened at `opened`. */
function ours(doc: SlaDocument, target: SlaTarget, opened: number): number {
  const cal = calendarFromSla(doc, target.calendar);
  if (!cal) throw new Error(`no calendar ${target.calendar}`);
  const due = dueInstant(cal, opened * 1000, target.minutes);
  if (due === undefined) throw new Error('never due');
  return due / 1000;
}

/** The first open second at or after `opened`: what RT's Starts means. */
function firstOpen(cal: Calendar, opened: number): number {
  const due = dueInstant(cal, opened * 1000, 1 / 60);
  if (due === undefined) throw new Error('never open');
  return due / 1000 - 1;
}

describe.skipIf(!available)('Request Tracker 5 computes the due dates of the exported SLA', () => {
  it('agrees with dueInstant on every ticket, except the next opening at a window end', () => {
    const doc = exampleSla();
    const exported = exportOne(doc, 'rt');
    const fragment = exported.files[0]?.content ?? '';
    const ctx = new ExportContext(doc, 'Request Tracker 5');
    const rand = rng(2027_05_03);
    const cases: Case[] = [];
    for (const p of doc.priorities) {
      const level = rtLevelName(ctx, p.id);
      const openings = [...EDGES];
      // Random openings through 2027, half on a quarter-hour grid (more window-end hits), half at any second.
      for (let i = 0; i < 6; i++) {
        const sec = Math.floor(rand() * 330 * 86_400);
        openings.push(at('2027-01-02T00:00:00Z') + (i % 2 === 0 ? sec - (sec % 900) : sec));
      }
      for (const opened of openings) cases.push({ priority: p.id, level, opened });
    }

    const started = Date.now();
    const theirs = runRt(fragment, cases);
    const seconds = (Date.now() - started) / 1000;
    expect(theirs).toHaveLength(cases.length);

    let exact = 0;
    let nextOpening = 0;
    const kinds = new Map<string, number>();
    const compare = (label: string, cal: Calendar, our: number, their: number): void => {
      if (our === their) {
        exact++;
        return;
      }
      // The one allowed difference: ours ends open time, nothing is open until theirs, theirs opens.
      const o = our * 1000;
      const t = their * 1000;
      expect(their, label).toBeGreaterThan(our);
      expect(openMinutesBetween(cal, o - 1000, o), label).toBeGreaterThan(0);
      expect(openMinutesBetween(cal, o, t), label).toBe(0);
      expect(openMinutesBetween(cal, t, t + 1000), label).toBeGreaterThan(0);
      nextOpening++;
      const kind = label.split(' ')[1] ?? '';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    };

    cases.forEach((c, i) => {
      const rt = theirs[i];
      const p = doc.priorities.find((x) => x.id === c.priority);
      if (!rt || !p) throw new Error(`case ${i}`);
      const t = p.targets;
      const response = t.response ?? t.ack;
      const resolution = t.restore ?? t.resolve;
      if (!response || !resolution) throw new Error('the example states both');
      const cal = calendarFromSla(doc, resolution.calendar);
      if (!cal) throw new Error('calendar');
      const label = (what: string): string => `${c.priority} ${what} opened ${new Date(c.opened * 1000).toISOString()}`;
      expect(rt.created, label('created')).toBe(c.opened);
      compare(label('starts'), cal, firstOpen(cal, c.opened), rt.starts);
      const resolveDue = ours(doc, resolution, c.opened);
      compare(label('resolve'), cal, resolveDue, rt.resolve);
      compare(label('due'), cal, Math.min(ours(doc, response, c.opened), resolveDue), rt.due);
      const afterReply = t.update ? Math.min(ours(doc, t.update, c.opened), resolveDue) : resolveDue;
      compare(label('due-after-reply'), cal, afterReply, rt.dueAfterReply);
    });

    const total = cases.length * 4;
    console.info(`RT 5 comparison: ${cases.length} tickets, ${total} dates in ${seconds.toFixed(1)} s: ${exact} exact, ${nextOpening} next-opening (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
    expect(exact + nextOpening).toBe(total);
    // Both outcomes must have been exercised. The example's targets are whole half hours and its
    // windows end on the hour, so a target used up at a window's end is common (about a third).
    expect(nextOpening).toBeGreaterThan(0);
    expect(exact).toBeGreaterThan(total / 2);
  }, 600_000);
});
