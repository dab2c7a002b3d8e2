// Agreement with an independent engine: Request Tracker's Business::Hours (Perl, Debian package
// `libbusiness-hours-perl`). Seeded random calendars and tickets go to ONE perl process running with
// TZ=Europe/Paris (Business::Hours works in the process's local zone); its `add_seconds` answers are
// compared with `dueInstant`.
//
// One difference is expected and allowed, and nothing else: when a target is used up exactly at the
// end of a window, Business::Hours answers the next opening (the second after the last counted one)
// where spec sla-v1 says the window's end.
//
// What the generator avoids, because Business::Hours models it differently or refuses it (not because
// our engine is unsure): overnight windows and windows starting at 00:00 (it removes a holiday as the
// closed range [midnight, midnight + 86 400 s], one second too many, and 24 h long on DST days — so
// holidays are never on a Sunday, the day EU clocks change); window boundaries inside 02:00–03:00 (a
// window or break that the DST gap turns inside out makes Set::IntSpan die). Windows spanning the
// change hours are generated: Time::Local reads wall-clock times with the same "compatible" rule.
// Targets stay under its 30-day horizon.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dueInstant, openMinutesBetween, WEEKDAYS, type Calendar, type Window } from '../../compiler/src/calendar/index.ts';
import { requireOracle } from '../helpers/oracle.ts';
import { instant } from './support.ts';

const probe = spawnSync('perl', ['-MBusiness::Hours', '-e', '1'], { encoding: 'utf8' });
const available = requireOracle('Business::Hours (Perl module)', probe.status === 0, 'apt-get install -y libbusiness-hours-perl');

/** mulberry32: a small seeded generator, so the cases are the same on every run. */
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

const clock = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const MARCH_CHANGE = instant('2027-03-28T01:00:00Z') / 1000;
const OCTOBER_CHANGE = instant('2027-10-31T01:00:00Z') / 1000;

function randomCalendar(rand: () => number): Calendar {
  const slot = (lo: number, hi: number): number => (lo + Math.floor(rand() * (hi - lo + 1))) * 15;
  const candidate = (): Window[] => {
    if (rand() < 0.3) return [];
    const start = slot(1, 48); // 00:15–12:00
    const end = slot(start / 15 + 4, 95); // at least 1 h, at most 23:45
    if (rand() < 0.5 || end - start < 120) return [[start, end]];
    const breakStart = slot(start / 15 + 2, end / 15 - 3);
    const breakEnd = slot(breakStart / 15 + 1, end / 15 - 1);
    return [[start, breakStart], [breakEnd, end]];
  };
  // No boundary in 02:00–03:00, the hour that is missing or repeated on EU change days.
  const clear = (m: number): boolean => m < 120 || m > 180;
  const day = (): Window[] => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const w = candidate();
      if (w.every(([a, b]) => clear(a) && clear(b))) return w;
    }
    return [];
  };
  const week = { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: day(), sun: day() };
  if (WEEKDAYS.every((d) => week[d].length === 0)) week.wed = [[540, 1080]];
  const holidays = new Set(['2027-01-01', '2027-05-01', '2027-07-14', '2027-11-11', '2027-12-25']);
  for (let i = 0; i < 10; i++) {
    const d = new Date(Date.UTC(2027, 0, 1) + Math.floor(rand() * 365) * 86_400_000);
    if (d.getUTCDay() !== 0) holidays.add(d.toISOString().slice(0, 10));
  }
  return { timezone: 'Europe/Paris', week, holidays: [...holidays].sort() };
}

/** The calendar as Business::Hours data: one Start/End per day, the gaps as Breaks (0 = Sunday). */
function perlHours(cal: Calendar): string {
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  const entries = days.flatMap((name, dow) => {
    const w = cal.week[name];
    const first = w[0];
    const last = w[w.length - 1];
    if (!first || !last) return [];
    const breaks = w.slice(1).map(([s], i) => `{Start=>'${clock(w[i]?.[1] ?? 0)}',End=>'${clock(s)}'}`);
    return [`${dow}=>{Start=>'${clock(first[0])}',End=>'${clock(last[1])}',Breaks=>[${breaks.join(',')}]}`];
  });
  return `{${entries.join(',')}}`;
}

interface Case {
  readonly cal: number;
  readonly openedSec: number;
  readonly minutes: number;
}

function runPerl(calendars: readonly Calendar[], cases: readonly Case[]): number[] {
  const script = [
    'use strict; use warnings; use Business::Hours;',
    `my @cals = (${calendars.map((c) => `[${perlHours(c)}, [${[...c.holidays].map((h) => `'${h}'`).join(',')}]]`).join(',\n')});`,
    'my @bh = map { my $b = Business::Hours->new; $b->business_hours(%{$_->[0]}); $b->holidays(@{$_->[1]}); $b } @cals;',
    `my @cases = (${cases.map((c) => `[${c.cal},${c.openedSec},${c.minutes * 60}]`).join(',')});`,
    'print $bh[$_->[0]]->add_seconds($_->[1], $_->[2]), "\\n" for @cases;',
  ].join('\n');
  const out = spawnSync('perl', [], { input: script, encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Paris' }, timeout: 120_000 });
  if (out.status !== 0) throw new Error(`perl failed: ${out.stderr}`);
  return out.stdout.trim().split('\n').map(Number);
}

describe.skipIf(!available)('agreement with Business::Hours (Perl)', () => {
  it('gives the same due dates, except the next opening for targets used up at a window end', () => {
    const rand = rng(20_270_101);
    const calendars = Array.from({ length: 16 }, () => randomCalendar(rand));
    const start = instant('2027-01-01T00:00:00Z') / 1000;
    const cases: Case[] = [];
    calendars.forEach((calendar, cal) => {
      // At most two weeks of open time, well inside Business::Hours's 30-day horizon.
      const weekly = WEEKDAYS.reduce((sum, d) => sum + calendar.week[d].reduce((s, [a, b]) => s + b - a, 0), 0);
      const cap = Math.min(1500, 2 * weekly);
      for (let i = 0; i < 25; i++) {
        // Half the openings on a 15-minute grid with targets in quarter hours, so that targets used up
        // exactly at a window end are common; half at any second.
        // Every fifth opening falls in the three days before an EU clock change.
        const grid = i % 2 === 0;
        const base = i % 5 === 0 ? (rand() < 0.5 ? MARCH_CHANGE : OCTOBER_CHANGE) - 3 * 86_400 : start;
        const sec = Math.floor(rand() * (i % 5 === 0 ? 3 : 350) * 86_400);
        const openedSec = base + (grid ? sec - (sec % 900) : sec);
        const minutes = grid ? 15 * (1 + Math.floor((rand() * cap) / 15)) : 1 + Math.floor(rand() * cap);
        cases.push({ cal, openedSec, minutes });
      }
    });
    const theirs = runPerl(calendars, cases);
    let same = 0;
    let nextOpening = 0;
    let acrossChange = 0;
    cases.forEach((c, i) => {
      const cal = calendars[c.cal];
      if (!cal) throw new Error('no calendar');
      const ours = dueInstant(cal, c.openedSec * 1000, c.minutes);
      const their = (theirs[i] ?? -1) * 1000;
      const label = `case ${i}: ${JSON.stringify({ ...c, week: cal.week, ours, their })}`;
      expect(ours, label).toBeDefined();
      const spans = (change: number): boolean => c.openedSec < change && (ours ?? 0) / 1000 > change;
      if (spans(MARCH_CHANGE) || spans(OCTOBER_CHANGE)) acrossChange++;
      if (ours === their) {
        same++;
        return;
      }
      // The one allowed difference: ours ends open time, nothing is open until theirs, theirs opens.
      expect(their, label).toBeGreaterThan(ours ?? 0);
      expect(openMinutesBetween(cal, (ours ?? 0) - 1000, ours ?? 0), label).toBeGreaterThan(0);
      expect(openMinutesBetween(cal, ours ?? 0, their), label).toBe(0);
      expect(openMinutesBetween(cal, their, their + 1000), label).toBeGreaterThan(0);
      nextOpening++;
    });
    // Both kinds of outcome, and DST changes, must actually have been exercised.
    expect(same).toBeGreaterThan(250);
    expect(nextOpening).toBeGreaterThan(5);
    expect(acrossChange).toBeGreaterThan(20);
  });
});
