import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, type Diagnostic } from '../../compiler/src/index.ts';
import { allowedDowntimeMinutes, calendarHolidays, ELAPSED_CALENDAR, elapsedCalendar, isRoundTheClock, readSla } from '../../compiler/src/model/checks/sla.ts';
import { MemoryHost, REPO, STDLIB } from '../helpers/host.ts';

// The SLA topic beyond the corpus: stdlib presets, the merged result a contract sees, how targets map
// to `{ minutes, calendar }` (spec sla-v1), and the flagship.

const MINE = /^IG30(5[2-9]|6[0-4])$|^IG41[3-9]\d$|^IG500\d$/;

function check(text: string, files: Record<string, string> = {}): ReturnType<typeof checkSource> {
  return checkSource({ path: 'main.infog', text }, new MemoryHost({ 'main.infog': text, ...files }));
}

const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);


const STDLIB_MODULES = ['sla', 'hours'].flatMap((dir) =>
  readdirSync(join(STDLIB, dir)).filter((f) => f.endsWith('.infog')).map((f) => `${dir}/${f}`));

describe('stdlib SLA and service-hours modules', () => {
  it('binds a preset module (a `preset` block is read with its kind’s vocabulary, no IG2007)', () => {
    expect(codes(check('preset sla probe { calendar business }\n').diagnostics)).toEqual([]);
  });

  it('ships the tiers and the service-hours presets', () => {
    expect(STDLIB_MODULES).toEqual(expect.arrayContaining(['sla/tiers.infog', 'hours/5x10.infog', 'hours/24x7.infog', 'hours/extended.infog']));
  });

  for (const mod of STDLIB_MODULES) {
    it(`std/${mod} checks clean`, () => {
      const text = readFileSync(join(STDLIB, mod), 'utf8');
      expect(codes(checkSource({ path: mod, text }, new MemoryHost({ [mod]: text })).diagnostics)).toEqual([]);
    });
  }

  it('merges `sla from silver { priority P1 { response 15 min } }` over the preset', () => {
    const { model, diagnostics } = check([
      'import "std/sla/tiers"',
      'import "std/hours/5x10"',
      'contract "X" {',
      '  law FR',
      '  hours business from h5x10_lunch2h { timezone "Europe/Paris"; holidays FR }',
      '  sla from silver {',
      '    calendar business',
      '    priority P1 { response 15 min }',
      '  }',
      '}',
    ].join('\n'));
    expect(codes(diagnostics).filter((c) => c.startsWith('IG2'))).toEqual([]);
    const contract = model.contract;
    if (!contract) throw new Error('no contract');
    const sla = readSla(contract);
    expect(sla.priorities.map((p) => [p.id, p.rank])).toEqual([['P1', 1], ['P2', 2], ['P3', 3], ['P4', 4]]);
    const p1 = sla.priorities[0];
    expect(p1?.label).toEqual({ fr: 'Bloquant', en: 'Blocking' });
    expect(p1?.criteria.en).toMatch(/Production down/);
    // The override replaces one target and keeps the others of the preset.
    expect(p1?.targets.response).toMatchObject({ minutes: 15, calendar: ELAPSED_CALENDAR, basis: 'elapsed' });
    expect(p1?.targets.ack).toMatchObject({ minutes: 15, calendar: 'business' });
    expect(p1?.targets.restore).toMatchObject({ minutes: 240, calendar: 'business' });
    expect(p1?.targets.resolve).toMatchObject({ minutes: 960, calendar: 'business' }); // 2 days of 8 h
    expect(sla.slaCalendar?.calendar?.week.mon).toEqual([[480, 720], [840, 1080]]);
    // 15 elapsed minutes on a 5-day window is the "24/7 target on business hours" warning.
    expect(codes(diagnostics)).toContain('IG4133');
  });
});

describe('targets as { minutes, calendar }', () => {
  const contract = (targets: string, hours = 'days mon..fri; time 08:00-12:00, 14:00-18:00'): string => `contract "X" {
  law FR
  hours business { ${hours}; timezone "Europe/Paris"; holidays FR }
  hours continu { days mon..sun; time 00:00-24:00; timezone "Europe/Paris"; holidays none }
  sla { calendar business; priority P1 "Bloquant" "Blocking" { ${targets} } }
}`;

  it('counts business units in the SLA calendar and elapsed units in 24x7 or the named calendar', () => {
    const { model } = check(contract('ack 15 min calendar business; response 1.5 business_hours; restore 4 h calendar continu; resolve 2 business_days; update 2 h'));
    const t = model.contract ? readSla(model.contract).priorities[0]?.targets : undefined;
    expect(t?.ack).toMatchObject({ minutes: 15, calendar: 'business', basis: 'business' });
    expect(t?.response).toMatchObject({ minutes: 90, calendar: 'business', basis: 'business' });
    expect(t?.restore).toMatchObject({ minutes: 240, calendar: 'continu' });
    expect(t?.resolve).toMatchObject({ minutes: 960, calendar: 'business' });
    expect(t?.update).toMatchObject({ minutes: 120, calendar: ELAPSED_CALENDAR, basis: 'elapsed' });
  });

  it('refuses business days on a calendar whose days differ in length (IG5009)', () => {
    const { model, diagnostics } = check(contract('resolve 2 business_days', 'days mon..fri; time 08:00-18:00; window sat 09:00-12:00'));
    expect(codes(diagnostics)).toContain('IG5009');
    expect(model.contract ? readSla(model.contract).priorities[0]?.targets.resolve : 'x').toBeUndefined();
  });

  it('gives the 24x7 calendar and holiday lists the SLA JSON needs', () => {
    const c = elapsedCalendar('Europe/Paris');
    expect(isRoundTheClock(c)).toBe(true);
    const { model } = check(contract('response 1 business_hours').replace('holidays FR }', 'holidays FR; holiday 2027-12-24 "Veille de Noël" }'));
    const cal = model.contract ? readSla(model.contract).calendars.get('business') : undefined;
    if (!cal) throw new Error('no calendar');
    const dates = calendarHolidays(cal, 2027, 2027).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-05-06', '2027-12-24', '2027-12-25']));
    expect(cal.holidaySets).toEqual(['FR']);
  });

  it('states the allowed downtime of an availability objective per 30 days', () => {
    expect([99.0, 99.5, 99.9, 99.95, 99.99].map(allowedDowntimeMinutes)).toEqual([432, 216, 43.2, 21.6, 4.3]);
    const { diagnostics } = check(contract('response 1 business_hours').replace('calendar business;', 'calendar business; availability "Messagerie" 80% { window calendar_month }'));
    const d = diagnostics.find((x) => x.code === 'IG4138');
    expect(d?.args['downtime']).toBe('8640');
  });
});

describe('flagship', () => {
  it('has no diagnostic of the SLA codes and the expected restoration targets', () => {
    const text = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');
    const { model, diagnostics } = checkSource({ path: 'cabinet-dupont.infog', text }, new MemoryHost({ 'cabinet-dupont.infog': text }));
    expect(diagnostics.filter((d) => MINE.test(d.code) || d.code.startsWith('IG1') || d.code.startsWith('IG2')).map((d) => d.code)).toEqual([]);
    const sla = model.contract ? readSla(model.contract) : undefined;
    expect(sla?.priorities.map((p) => p.targets.restore?.minutes)).toEqual([240, 480, 960, 2400]);
  });
});

describe('a weekly window needs both its days and its hours (issue 17)', () => {
  const flagship = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');
  const WEEK = '    days mon..fri\n    time 08:00-12:00, 14:00-18:00\n';
  const rule52 = (text: string): Diagnostic[] => check(text).diagnostics.filter((d) => d.code === 'IG3052');

  it('the flagship states both', () => {
    expect(flagship).toContain(WEEK);
    expect(rule52(flagship)).toEqual([]);
  });

  it('`time` and a Saturday `window` without `days` is an error, not a closed week', () => {
    const text = flagship.replace(WEEK, '    time 08:00-12:00, 14:00-18:00\n    window sat 08:00-12:00, 14:00-18:00\n');
    expect(rule52(text).map((d) => [d.severity, d.args['missing']])).toEqual([['error', ['hours.days']]]);
  });

  it('`days` and a `window` without `time` is an error', () => {
    const text = flagship.replace(WEEK, '    days mon..fri\n    window sat 08:00-12:00\n');
    expect(rule52(text).map((d) => [d.severity, d.args['missing']])).toEqual([['error', ['hours.time']]]);
  });

  it('`window` lines alone are a complete calendar', () => {
    const text = flagship.replace(WEEK, '    window mon..fri 08:00-12:00, 14:00-18:00\n');
    expect(rule52(text)).toEqual([]);
  });
});
