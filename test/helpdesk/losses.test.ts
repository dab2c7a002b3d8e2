// What a person reads about the exports' losses (backends/helpdesk/losses.ts, diagnostics/codes/
// helpdesk.ts): one warning per loss kind, shared by the tools that lose the same facts, placed at the
// contract statement of the first fact; one per fact with --verbose; durations in human units; French
// messages without English fragments and English ones without French.
import { describe, expect, it } from 'vitest';
import { durationArg, NO_RANGE, type Locate } from '../../compiler/src/backends/helpdesk/common.ts';
import { exportAll, exportOne, VENDORS } from '../../compiler/src/backends/helpdesk/index.ts';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { renderDuration } from '../../compiler/src/diagnostics/codes/helpdesk.ts';
import { renderMessage, type Diagnostic } from '../../compiler/src/diagnostics/index.ts';
import { exampleSla } from '../sla/example.ts';

describe('durations in messages', () => {
  it('are whole business days, business hours or minutes of the target’s calendar, or plain time when it is 24x7', () => {
    const doc = exampleSla(); // business: 08:00-12:00, 14:00-18:00 (480 min a day); 24x7 around the clock
    const cases: [number, string, string][] = [
      [2400, 'business', '5 business_day'],
      [480, 'business', '1 business_day'],
      [240, 'business', '4 business_hour'],
      [600, 'business', '10 business_hour'],
      [15, 'business', '15 business_minute'],
      [2880, '24x7', '2 day'],
      [240, '24x7', '4 hour'],
      [90, '24x7', '90 minute'],
    ];
    expect(cases.map(([minutes, calendar]) => durationArg(doc, { minutes, calendar }))).toEqual(cases.map(([, , token]) => token));
  });

  it('has no day unit when the open days differ in length', () => {
    const doc = exampleSla();
    const business = doc.calendars['business'];
    if (!business) throw new Error('calendar');
    business.week.fri = [['08:00', '12:00']];
    expect(durationArg(doc, { minutes: 960, calendar: 'business' })).toBe('16 business_hour');
  });

  it('render in words, singular and plural, in each language', () => {
    expect(renderDuration('5 business_day', 'fr')).toBe('5 jours ouvrés');
    expect(renderDuration('1 business_day', 'fr')).toBe('1 jour ouvré');
    expect(renderDuration('1 business_hour', 'fr')).toBe('1 heure ouvrée');
    expect(renderDuration('16 business_hour', 'en')).toBe('16 business hours');
    expect(renderDuration('1 business_hour', 'en')).toBe('1 business hour');
    expect(renderDuration('30 business_minute', 'fr')).toBe('30 minutes ouvrées');
    expect(renderDuration('2 day', 'en')).toBe('2 days');
    expect(renderDuration('1 minute', 'fr')).toBe('1 minute');
  });
});

/** Documents that make every exporter report every kind of loss it has. */
function documents(): [string, SlaDocument][] {
  const example = exampleSla();
  const halfHours = exampleSla();
  const business = halfHours.calendars['business'];
  if (business) {
    business.week.mon = [['08:30', '12:00'], ['13:30', '17:45']];
    business.timezone = 'America/Guadeloupe';
  }
  const five = exampleSla();
  const p3 = five.priorities[2];
  if (p3) {
    five.priorities.push({ ...p3, id: 'P4', rank: 4 }, { ...p3, id: 'P5', rank: 5 });
    p3.targets = { ack: { minutes: 15, calendar: '24x7' }, resolve: { minutes: 4800, calendar: 'business' } };
  }
  five.availability = [];
  five.clock.pauses = ['waiting_client'];
  five.escalation = [{ metric: 'restore', atPercent: 80, contact: 'Jean Martin' }];
  five.penalties = five.penalties.slice(0, 1);
  const unlimited = exampleSla();
  unlimited.quota = { model: 'unlimited', fairUse: { fr: 'Usage raisonnable', en: 'Fair use' } };
  return [['example', example], ['half hours, unknown zone', halfHours], ['five priorities', five], ['unlimited', unlimited]];
}

/** Every message the exports of these documents can print: summaries and details, every vendor. */
function allDiagnostics(): Diagnostic[] {
  return documents().flatMap(([, doc]) => {
    const all = exportAll(doc);
    const single = VENDORS.flatMap((v) => {
      const r = exportOne(doc, v);
      return [...r.diagnostics, ...r.details];
    });
    return [...all.diagnostics, ...all.details, ...single];
  });
}

const TOOLS = /Zammad|GLPI|iTop|Freshdesk|Zendesk|Znuny|Request Tracker 5|OpenSLO|--export openslo|--verbose|IANA|SLA|Europe\/Paris|America\/Guadeloupe/g;
/** Quoted names (calendar, service, extension names) are the user's or a product's words. */
const withoutNames = (text: string): string => text.replace(/«[^»]*»/g, '').replace(/"[^"]*"/g, '').replace(TOOLS, '');
const ENGLISH = /\b(?:the|of|and|tool|tools|keeps|slot|for|per|year|month|business|exported|target|targets|calendar|window|has|have|not|it|them)\b/i;
const FRENCH = /\b(?:le|la|les|des|du|et|pas|jours?|heures?|ouvrée?s?|calendrier|délai|délais|exporté|outil|par)\b|’/i;

describe('messages of the losses', () => {
  const diagnostics = allDiagnostics();

  it('cover every code of the band', () => {
    expect([...new Set(diagnostics.map((d) => d.code))].sort()).toEqual(
      ['IG7001', 'IG7002', 'IG7003', 'IG7004', 'IG7005', 'IG7006', 'IG7007', 'IG7008', 'IG7009', 'IG7010', 'IG7011', 'IG7012', 'IG7013', 'IG7014', 'IG7015', 'IG7016'],
    );
  });

  it('in French contain no English fragment (the tool keeps…, no slot for it, per year)', () => {
    const bad = diagnostics.map((d) => renderMessage(d, 'fr')).filter((m) => ENGLISH.test(withoutNames(m)));
    expect(bad).toEqual([]);
  });

  it('in English contain no French fragment', () => {
    const bad = diagnostics.map((d) => renderMessage(d, 'en')).filter((m) => FRENCH.test(withoutNames(m)));
    expect(bad).toEqual([]);
  });

  it('give durations in human units, never raw minutes ("3000 min")', () => {
    for (const locale of ['fr', 'en'] as const) {
      expect(diagnostics.map((d) => renderMessage(d, locale)).filter((m) => /\d+ min\b/.test(m))).toEqual([]);
    }
    const resolve = exportOne(exampleSla(), 'zammad').details.find((d) => d.code === 'IG7007' && (d.args['priorities'] as string[])[0] === 'P2');
    if (!resolve) throw new Error('no resolve loss');
    expect(renderMessage(resolve, 'fr')).toContain('le délai de résolution de P2 (5 jours ouvrés)');
    expect(renderMessage(resolve, 'en')).toContain('the resolution target of P2 (5 business days)');
  });

  it('elide « de » before a vowel: « Le cœur d’iTop »', () => {
    const itop = exportOne(exampleSla(), 'itop').diagnostics.find((d) => d.code === 'IG7006');
    if (!itop) throw new Error('no IG7006');
    expect(renderMessage(itop, 'fr')).toContain('Le cœur d’iTop compte');
    expect(renderMessage(itop, 'fr')).not.toContain('de iTop');
    const freshdesk = exportOne(exampleSla(), 'freshdesk').diagnostics.find((d) => d.code === 'IG7004');
    if (!freshdesk) throw new Error('no IG7004');
    expect(renderMessage(freshdesk, 'fr')).toContain('L’API de Freshdesk');
  });

  it('name weekdays, pauses and quotas in the message’s language', () => {
    const [, halfHours] = documents()[1] ?? [];
    if (!halfHours) throw new Error('document');
    const rounded = exportOne(halfHours, 'znuny').diagnostics.find((d) => d.code === 'IG7005');
    if (!rounded) throw new Error('no IG7005');
    expect(renderMessage(rounded, 'fr')).toContain('(lundi, calendrier « business »)');
    expect(renderMessage(rounded, 'en')).toContain('(Monday, calendar "business")');
    const pauses = exportOne(exampleSla(), 'zammad').diagnostics.find((d) => d.code === 'IG7013');
    expect(pauses && renderMessage(pauses, 'fr')).toContain('attente du client et attente d’un tiers');
    const quota = exportOne(exampleSla(), 'zammad').diagnostics.find((d) => d.code === 'IG7001');
    expect(quota && renderMessage(quota, 'fr')).toContain('(50 tickets par an)');
    expect(quota && renderMessage(quota, 'en')).toContain('(50 tickets per year)');
  });
});

describe('summary and details', () => {
  /** A fake source map: each pointer gets a distinct place, so the tests can tell where a warning is. */
  const places = new Map<string, number>();
  const locate: Locate = (ptr) => {
    if (!places.has(ptr)) places.set(ptr, (places.size + 1) * 10);
    const start = places.get(ptr) ?? 0;
    return { file: 'contracts/c.infog', range: { start, end: start + 3 } };
  };

  it('gives one warning per loss kind and tool, tools with the same facts sharing it, at the first fact', () => {
    const all = exportAll(exampleSla(), VENDORS, { locate });
    const pairs = all.diagnostics.flatMap((d) => (d.args['tools'] as string[]).map((t) => `${d.code} ${t}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(pairs)).toEqual(new Set(all.losses.map((l) => `${l.code.code} ${(l.args['tools'] as string[])[0]}`)));
    // The example loses 80 facts across the eight exports; the summary is 11 lines.
    expect(all.losses).toHaveLength(80);
    expect(all.diagnostics).toHaveLength(11);
    for (const d of all.diagnostics) {
      const first = all.losses.find((l) => l.code.code === d.code && (d.args['tools'] as string[]).includes((l.args['tools'] as string[])[0] ?? ''));
      expect(d.range, d.code).toEqual(locate(first?.at ?? '').range);
    }
    const quota = all.diagnostics.find((d) => d.code === 'IG7001');
    expect(quota?.args['tools']).toEqual(['Zammad', 'GLPI', 'iTop', 'Freshdesk', 'Zendesk', 'Znuny', 'Request Tracker 5', 'OpenSLO']);
    expect(quota?.range).toEqual(locate('/quota').range);
  });

  it('merges the facts of one kind into one warning per tool', () => {
    const glpi = exportOne(exampleSla(), 'glpi', { locate });
    const lost = glpi.diagnostics.filter((d) => d.code === 'IG7007');
    expect(lost).toHaveLength(1);
    expect(lost[0]?.args).toEqual({
      tools: ['GLPI'],
      priorities: ['P1', 'P1', 'P1', 'P2'],
      metrics: ['ack', 'resolve', 'onsite', 'resolve'],
      durations: ['15 minute', '20 business_hour', '4 business_hour', '5 business_day'],
      kept: ['response', 'restore', '', 'restore'],
    });
    expect(lost[0]?.range).toEqual(locate('/priorities/0/targets/ack').range);
    expect(renderMessage(lost[0] as Diagnostic, 'fr')).toContain('accusé de réception (P1) ; résolution (P1 et P2) ; intervention sur site (P1)');
  });

  it('details: one warning per fact at its own place, in source order, shared by the tools losing it', () => {
    const all = exportAll(exampleSla(), ['zammad', 'glpi'], { locate });
    const ack = all.details.filter((d) => d.code === 'IG7007' && (d.args['metrics'] as string[])[0] === 'ack');
    expect(ack.map((d) => [d.args['tools'], d.range])).toEqual([[['Zammad', 'GLPI'], locate('/priorities/0/targets/ack').range]]);
    const onsite = all.details.filter((d) => d.code === 'IG7007' && (d.args['metrics'] as string[])[0] === 'onsite');
    expect(onsite.map((d) => [d.args['tools'], d.args['priorities']])).toEqual([[['Zammad', 'GLPI'], ['P1']]]);
    expect(all.details.filter((d) => d.code === 'IG7003').map((d) => d.args['tools'])).toEqual([['GLPI']]);
    const starts = all.details.map((d) => d.range.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(all.details).toHaveLength(new Set(all.losses.map((l) => `${l.code.code} ${l.at}`)).size);
  });

  it('without a source map, every warning is about the contract file as a whole', () => {
    const r = exportOne(exampleSla(), 'rt');
    expect(r.diagnostics.every((d) => d.file === 'examples/cabinet-dupont.infog' && d.range.start === NO_RANGE.start && d.range.end === 0)).toBe(true);
  });
});
