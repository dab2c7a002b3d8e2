import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildSlaDocument, locateInSource, sha256Hex } from '../../compiler/src/backends/sla/from-model.ts';
import { slaDocumentSchema, type SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { serializeSla } from '../../compiler/src/backends/sla/serialize.ts';
import { NodeHost } from '../../compiler/src/cli/node-host.ts';
import { checkFile, checkSource, parse, type CheckResult } from '../../compiler/src/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { MemoryHost, REPO, STDLIB } from '../helpers/host.ts';
import { pythonMissingInCi, pythonValidate, PYTHON } from '../helpers/python-jsonschema.ts';
import { outputsElsewhere } from '../helpers/elsewhere.ts';

// The SLA JSON backend (spec sla-v1): every example that checks clean has its `.sla.json` pinned as a
// golden file, and every document validates with zod, and with ajv and Python's `jsonschema` against the
// COMMITTED JSON Schema (what integrators validate with).
// Codes of the backend: IG5050 IG5051 IG5054 IG5055 (diagnostics/codes/sla-emit.ts; IG5052 and IG5053 retired).

const committed: unknown = JSON.parse(readFileSync(join(REPO, 'compiler', 'schemas', 'sla-v1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
formats.default(ajv);
const ajvValidate = ajv.compile(committed as object);

const EXAMPLES = join(REPO, 'examples');
const FLAGSHIP_PATH = 'examples/cabinet-dupont.infog';
const FLAGSHIP = readFileSync(join(REPO, FLAGSHIP_PATH), 'utf8');
const host = new NodeHost(REPO, STDLIB, '2026-11-23');

const errorsOf = (r: CheckResult): string[] => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}@${d.range.start}`);

function checkExample(name: string): { result: CheckResult; bytes: Uint8Array; path: string } {
  const path = `examples/${name}`;
  const result = checkFile(path, host);
  if (!result) throw new Error(`cannot read ${path}`);
  return { result, bytes: readFileSync(join(EXAMPLES, name)), path };
}

/** Checks an in-memory variant of a contract and builds its SLA document. */
function build(text: string, path = 'contracts/variant.infog') {
  const checked = checkSource({ path, text }, new MemoryHost({ [path]: text }));
  const built = buildSlaDocument(checked.model, { path, bytes: new TextEncoder().encode(text) });
  return { checked, ...built };
}

function valid(doc: SlaDocument | undefined): SlaDocument {
  expect(doc).toBeDefined();
  const d = doc as SlaDocument;
  const z = slaDocumentSchema.safeParse(JSON.parse(serializeSla(d)));
  expect(z.success, z.success ? '' : z.error.message).toBe(true);
  expect(ajvValidate(JSON.parse(serializeSla(d))), ajv.errorsText(ajvValidate.errors)).toBe(true);
  return d;
}

/**
 * Replaces exactly one match, so a variant fails loudly when the flagship changes. Patterns allow any
 * run of spaces where `infog fmt` may align columns.
 */
function variant(text: string, from: RegExp, to: string): string {
  const all = [...text.matchAll(new RegExp(from.source, `${from.flags.replace('g', '')}g`))];
  expect(all.length, `variant: ${from.source} must match once`).toBe(1);
  return text.replace(from, to);
}

const QUOTA = /    quota hours \{\n\s*count +40 per year\n\s*step +15 min\n\s*rollover +capped 10\n\s*overage +75\.00 EUR per hour\n\s*\}/;

// Every example, by name: one that stops checking clean fails here instead of leaving the loop.
const EXAMPLE_NAMES = ['cabinet-dupont.infog', 'geneve-atelier-rochat.infog', 'namur-dentisterie.infog', 'nantes-paiements.infog', 'strasbourg-clinique.infog'];
const AMOUNTS: Readonly<Record<string, number>> = { 'cabinet-dupont.infog': 1, 'geneve-atelier-rochat.infog': 1, 'namur-dentisterie.infog': 1, 'nantes-paiements.infog': 0, 'strasbourg-clinique.infog': 0 };

describe('SLA JSON of the examples', () => {
  it('covers every example', () => {
    expect(readdirSync(EXAMPLES).filter((f) => f.endsWith('.infog')).sort()).toEqual(EXAMPLE_NAMES);
  });

  it.runIf(pythonMissingInCi)('has Python jsonschema under CI (install python3-jsonschema: .ci/run)', () => {
    expect.fail('python3 with the jsonschema package is required when CI=true');
  });

  it.skipIf(!PYTHON)('validates every committed example .sla.json with Python jsonschema', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sla.json')).sort();
    expect(files.map((f) => f.replace(/\.sla\.json$/u, '.infog'))).toEqual(EXAMPLE_NAMES);
    const r = pythonValidate(committed, files.map((f) => JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8'))));
    expect(r.schemaError).toBeNull();
    expect(Object.fromEntries(files.map((f, i) => [f, r.results[i]]))).toEqual(Object.fromEntries(files.map((f) => [f, []])));
  });

  for (const name of EXAMPLE_NAMES) {
    describe(name, () => {
      const { result, bytes, path } = checkExample(name);
      const built = buildSlaDocument(result.model, { path, bytes });

      it('checks clean', () => {
        expect(errorsOf(result)).toEqual([]);
      });

      it('builds a document that validates with zod and ajv', () => {
        expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        valid(built.document);
      });

      it('matches its golden file', () => {
        expectGolden(join(EXAMPLES, name.replace(/\.infog$/, '.sla.json')), serializeSla(valid(built.document)));
      });

      it('is byte-identical when built in another process, time zone and locale', () => {
        expect(outputsElsewhere().examplesSla[name.replace(/\.infog$/, '')]).toBe(serializeSla(valid(built.document)));
      });

      it('names its source relative to the project root, with the hash of its bytes', () => {
        const doc = valid(built.document);
        expect(doc.contract.source.file).toBe(`examples/${name}`);
        expect(doc.contract.source.sha256).toBe(sha256Hex(bytes));
        expect(doc.contract.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      });

      it('writes every amount as a two-decimal string', () => {
        const text = serializeSla(valid(built.document));
        const amounts = [...text.matchAll(/"amount": ("?)([^",\n]*)"?/g)];
        // How many each example has (Strasbourg and Nantes price nothing in the SLA: percentage penalties, no
        // overage); the variants below add amounts of every kind.
        expect(amounts.length).toBe(AMOUNTS[name]);
        for (const [, quote, amount] of amounts) {
          expect(quote).toBe('"');
          expect(amount).toMatch(/^\d+\.\d{2}$/);
        }
      });
    });
  }
});

describe('the flagship (cabinet-dupont)', () => {
  const { checked, document, diagnostics } = build(FLAGSHIP, FLAGSHIP_PATH);
  const doc = valid(document);

  it('checks clean', () => expect(errorsOf(checked)).toEqual([]));

  it('states the contract head as the spec example does', () => {
    expect(doc.contract).toMatchObject({
      reference: 'NS-2027-014', law: 'FR', language: 'fr', effective: '2027-01-01', initialTermEnd: '2029-12-31',
      provider: { id: 'ns', name: 'Network Service SARL', identifiers: [{ scheme: 'FR:SIRET', value: '50196734300028' }, { scheme: 'FR:VAT', value: 'FR30501967343' }] },
    });
  });

  it('converts business units with the calendar’s day length (8 h)', () => {
    const p1 = doc.priorities[0];
    expect(p1?.targets).toEqual({
      ack: { minutes: 15, calendar: 'business' },
      response: { minutes: 30, calendar: 'business' },
      onsite: { minutes: 240, calendar: 'business' },
      restore: { minutes: 240, calendar: 'business' },
      resolve: { minutes: 960, calendar: 'business' }, // 2 business_days × 480 min
      update: { minutes: 60, calendar: 'business' },
    });
    expect(doc.priorities.find((p) => p.id === 'P4')?.targets.resolve).toEqual({ minutes: 4800, calendar: 'business' });
    expect(doc.priorities.map((p) => [p.id, p.rank])).toEqual([['P1', 1], ['P2', 2], ['P3', 3], ['P4', 4]]);
  });

  it('has no 24x7 calendar when no target counts in elapsed time', () => {
    expect(Object.keys(doc.calendars)).toEqual(['business']);
  });

  it('covers holidays from 1 January 2027 to the end of 2030 (36 months + one 12-month renewal)', () => {
    const business = doc.calendars['business'];
    const dates = business?.holidays.map((h) => h.date) ?? [];
    expect(business?.holidayRules).toEqual(['FR']);
    expect(dates[0]).toBe('2027-01-01');
    expect(dates.at(-1)).toBe('2030-12-25');
    expect(dates.filter((d) => d.startsWith('2031'))).toEqual([]);
    expect(dates).toContain('2030-06-10'); // Whit Monday 2030
    expect(dates).toHaveLength(44);
  });

  it('restates the hours bank in minutes and money as decimal strings', () => {
    expect(doc.quota).toEqual({ model: 'hours', minutes: 2400, step: 15, period: 'year', rollover: { capped: 600 }, overage: { amount: '75.00', currency: 'EUR', per: 'hour' } });
  });

  it('carries the priorities an escalation is limited to, and none where the contract names none', () => {
    expect(diagnostics).toEqual([]);
    expect(doc.escalation.map((e) => [e.metric, e.atPercent, e.priorities])).toEqual([['restore', 50, ['P1']], ['restore', 80, ['P1']], ['response', 80, undefined]]);
    expect(Object.keys(doc.escalation[2] ?? {})).toEqual(['metric', 'atPercent', 'contact']);
  });
});

describe('the source map of the document (where each fact is stated)', () => {
  const textAt = (text: string, place: { range: { start: number; end: number } }): string => text.slice(place.range.start, place.range.end);
  const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

  it('points each fact of the flagship at the keyword of its statement', () => {
    const { result, bytes, path } = checkExample('cabinet-dupont.infog');
    const { sources } = buildSlaDocument(result.model, { path, bytes });
    const at = (ptr: string) => locateInSource(sources, ptr, path);
    expect(textAt(FLAGSHIP, at('/priorities/0/targets/ack'))).toBe('ack');
    expect(lineOf(FLAGSHIP, at('/priorities/0/targets/ack').range.start)).toBe(FLAGSHIP.split('\n').findIndex((l) => /^\s+ack +15 min calendar business/.test(l)) + 1);
    expect(textAt(FLAGSHIP, at('/priorities/1'))).toBe('priority');
    expect(textAt(FLAGSHIP, at('/quota'))).toBe('quota');
    expect(textAt(FLAGSHIP, at('/escalation/1'))).toBe('escalation');
    expect(FLAGSHIP.slice(at('/escalation/1').range.start).startsWith('escalation restore at 80%')).toBe(true);
    expect(textAt(FLAGSHIP, at('/clock/pauses'))).toBe('pauses');
    expect(textAt(FLAGSHIP, at('/calendars/business/timezone'))).toBe('timezone');
    expect(textAt(FLAGSHIP, at('/calendars/business/week/mon/1'))).toBe('time');
    expect(textAt(FLAGSHIP, at('/penalties/2'))).toBe('penalty');
    expect(at('/no/such/fact')).toEqual(at(''));
    expect(textAt(FLAGSHIP, at(''))).toBe('contract');
  });

  it('never points into the standard library: a preset’s facts fall back to the contract statement using it', () => {
    const { result, bytes, path } = checkExample('strasbourg-clinique.infog');
    const text = readFileSync(join(EXAMPLES, 'strasbourg-clinique.infog'), 'utf8');
    const { document, sources } = buildSlaDocument(result.model, { path, bytes });
    expect([...sources.values()].filter((p) => p.file !== path)).toEqual([]);
    const at = (ptr: string) => locateInSource(sources, ptr, path);
    expect(valid(document).priorities[1]?.targets.response).toBeDefined(); // P2's response comes from preset gold
    expect(text.slice(at('/priorities/1/targets/response').range.start).startsWith('priority P2 {')).toBe(true);
    expect(text.slice(at('/clock/pauses').range.start).startsWith('pauses waiting_client')).toBe(true);
    expect(textAt(text, at('/priorities/1/targets/onsite'))).toBe('onsite');
  });
});

describe('variants of the flagship', () => {
  it('lists the priorities of `for P2, P1` once each, in rank order', () => {
    const text = variant(FLAGSHIP, /(escalation restore at 80% to "[^"]*"(?: "[^"]*")?) for P1/, '$1 for P2, P1, P2');
    const { checked, document, diagnostics } = build(text);
    expect(errorsOf(checked)).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(valid(document).escalation.map((e) => e.priorities)).toEqual([['P1'], ['P1', 'P2'], undefined]);
    expect(serializeSla(valid(document))).toContain('"priorities": [\n        "P1",\n        "P2"\n      ]');
  });

  it('refuses `for` a priority without the escalated target (IG4146 at that priority: P3 has no onsite)', () => {
    const text = variant(FLAGSHIP, /escalation restore at 80% (to "[^"]*"(?: "[^"]*")?) for P1/, 'escalation onsite at 80% $1 for P1, P3');
    const { checked } = build(text);
    const at = text.indexOf('for P1, P3') + 'for P1, '.length;
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.range.start])).toEqual([['IG4146', at]]);
  });

  it('splits an overnight window on consecutive days', () => {
    const text = variant(FLAGSHIP, /^  sla \{\n/m, '  hours night {\n    days mon..fri\n    time 22:00-06:00 overnight\n    timezone "Europe/Paris"\n    holidays none\n  }\n\n  sla {\n');
    const { checked, document } = build(text);
    expect(errorsOf(checked)).toEqual([]);
    const night = valid(document).calendars['night'];
    expect(night?.week).toEqual({
      mon: [['22:00', '24:00']],
      tue: [['00:00', '06:00'], ['22:00', '24:00']],
      wed: [['00:00', '06:00'], ['22:00', '24:00']],
      thu: [['00:00', '06:00'], ['22:00', '24:00']],
      fri: [['00:00', '06:00'], ['22:00', '24:00']],
      sat: [['00:00', '06:00']],
      sun: [],
    });
    expect(night?.holidays).toEqual([]);
    expect(night?.holidayRules).toEqual([]);
  });

  it('adds the 24x7 calendar, in the SLA’s zone, exactly when an elapsed target uses it', () => {
    const text = variant(FLAGSHIP, /(priority P1 [^{]*\{[^}]*?ack +15 min) calendar business/, '$1');
    const { checked, document } = build(text);
    expect(errorsOf(checked)).toEqual([]);
    const doc = valid(document);
    expect(Object.keys(doc.calendars)).toEqual(['business', '24x7']);
    const all = [['00:00', '24:00']];
    expect(doc.calendars['24x7']).toEqual({
      timezone: 'Europe/Paris',
      week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all },
      holidays: [],
      holidayRules: [],
    });
    expect(doc.priorities[0]?.targets.ack).toEqual({ minutes: 15, calendar: '24x7' });
  });

  it('covers five years of holidays for an indefinite term, with no initial term end', () => {
    const text = variant(FLAGSHIP, /    initial +36 months\n    renewal tacit \{[^}]*\}\n/, '    indefinite {\n      notice 6 months\n      form registered_letter\n    }\n');
    const { document } = build(text);
    const doc = valid(document);
    expect(doc.contract.initialTermEnd).toBeNull();
    const dates = doc.calendars['business']?.holidays.map((h) => h.date) ?? [];
    expect(dates[0]).toBe('2027-01-01');
    expect(dates.at(-1)).toBe('2032-12-25'); // 2027-01-01 + 5 years is in 2032
  });

  it('can never meet a contract calendar named `24x7`, the name elapsed time takes in the document', () => {
    // A name never starts with a digit: `hours 24x7` is a number and a name, an error, and no calendar.
    // (This is why the backend needs no check of its own for that clash.)
    const text = variant(FLAGSHIP, /^  sla \{\n/m, '  hours 24x7 {\n    days mon..fri\n    time 08:00-18:00\n    timezone "Europe/Paris"\n    holidays FR\n  }\n\n  sla {\n');
    const { checked } = build(text);
    expect(errorsOf(checked).length).toBeGreaterThan(0);
    expect(checked.model.contract?.children.filter((c) => c.spec.keyword === 'hours').map((c) => c.values['name']?.kind === 'name' ? c.values['name'].name.text : '?')).not.toContain('24x7');
    expect(parse({ path: 'x.infog', text: 'hours 24x7 {}' }).file.items[0]).toMatchObject({ args: [{ kind: 'number', text: '24' }, { kind: 'name', text: 'x7' }] });
  });

  it('refuses business days on a calendar whose days differ in length (IG5009), with no document', () => {
    const text = variant(FLAGSHIP, /(hours business \{\n[^}]*?time +08:00-12:00, 14:00-18:00\n)/, '$1    window sat 09:00-12:00\n');
    const { checked, document, diagnostics } = build(text);
    expect(checked.diagnostics.some((d) => d.code === 'IG5009' && d.severity === 'error')).toBe(true);
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain('IG5009');
  });

  it('writes ticket packs and fixed penalty amounts with two decimals', () => {
    let text = variant(FLAGSHIP, QUOTA,
      '    quota tickets {\n      count 50 per year\n      rollover none\n      overage 45 EUR per ticket\n    }');
    text = variant(text, /(    penalty +onsite +P1 [^\n]*\n)/, '$1    penalty restore P3 50 EUR per day_late\n');
    const { document } = build(text);
    const doc = valid(document);
    expect(doc.quota).toEqual({ model: 'tickets', count: 50, period: 'year', rollover: 'none', overage: { amount: '45.00', currency: 'EUR', per: 'ticket' } });
    expect(doc.penalties.at(-1)).toEqual({ metric: 'restore', priority: 'P3', rate: { amount: '50.00', currency: 'EUR', per: 'day_late' }, cap: { percentOfMonthlyFee: 15, period: 'month' } });
  });

  it('restates a minutes bank priced per minute per hour, exactly', () => {
    const text = variant(FLAGSHIP, QUOTA,
      '    quota minutes {\n      count 600 per month\n      step 5 min\n      rollover next_period\n      overage 1.35 EUR per minute\n    }');
    const doc = valid(build(text).document);
    expect(doc.quota).toEqual({ model: 'hours', minutes: 600, step: 5, period: 'month', rollover: 'next_period', overage: { amount: '81.00', currency: 'EUR', per: 'hour' } });
  });

  it('never copies French text as English: a missing EN label is IG5051 (as IG3054 in the checker)', () => {
    const text = variant(FLAGSHIP, /priority P2 "Majeur" "Major"/, 'priority P2 "Majeur"');
    const { checked, document, diagnostics } = build(text);
    expect(checked.diagnostics.some((d) => d.code === 'IG3054')).toBe(true);
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.args['priority'], d.args['field']])).toContainEqual(['IG5051', 'P2', 'label']);
  });

  it('reports a fact the document needs and the contract lacks (IG5050), never a guess', () => {
    const text = variant(FLAGSHIP, /^  reference +"NS-2027-014"\n/m, '');
    const { document, diagnostics } = build(text);
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.args['fact']])).toContainEqual(['IG5050', 'reference']);
  });

  it('refuses a currency the format cannot hold (IG5055)', () => {
    const text = variant(FLAGSHIP, /overage +75\.00 EUR per hour/, 'overage 75.00 USD per hour');
    const { document, diagnostics } = build(text);
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain('IG5055');
  });

  it('never throws: a model without a contract gives IG5054 and no document', () => {
    const { document, diagnostics } = build('preset sla silver { priority P1 "Bloquant" "Blocking" { response 30 min } }\n');
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['IG5054']);
  });

  it('is the committed golden document, byte for byte', () => {
    // The golden was written by another process, on another day: the same input, the same bytes.
    expect(serializeSla(valid(build(FLAGSHIP, FLAGSHIP_PATH).document))).toBe(readFileSync(join(REPO, 'examples', 'cabinet-dupont.sla.json'), 'utf8'));
  });
});
