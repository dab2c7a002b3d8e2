import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { slaDocumentSchema } from '../../compiler/src/backends/sla/schema.ts';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { exampleSla } from './example.ts';
import { pythonMissingInCi, pythonValidate, PYTHON } from '../helpers/python-jsonschema.ts';

// Validates against the COMMITTED file, the one the package publishes, with ajv and with Python's
// `jsonschema` (test/helpers/python-jsonschema.ts): both must give the same answer on every case.
const committed: unknown = JSON.parse(readFileSync(new URL('../../compiler/schemas/sla-v1.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
formats.default(ajv);
const ajvValidate = ajv.compile(committed as object);

function zodErrors(doc: unknown): string[] {
  const r = slaDocumentSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

type Tree = Record<string, unknown>;
type Edit = (d: Tree) => void;

/** The node at a dotted path (`priorities.0.targets`); arrays are indexed by their string keys. */
function node(root: Tree, path: string): Tree {
  return path.split('.').reduce<Tree>((n, k) => n[k] as Tree, root);
}
function parentOf(root: Tree, path: string): [Tree, string] {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  return [keys.length === 0 ? root : node(root, keys.join('.')), last];
}
const set = (path: string, value: unknown): Edit => (d) => {
  const [p, k] = parentOf(d, path);
  p[k] = value;
};
const del = (path: string): Edit => (d) => {
  const [p, k] = parentOf(d, path);
  delete p[k];
};
const push = (path: string, ...items: unknown[]): Edit => (d) => void (node(d, path) as unknown as unknown[]).push(...items);
const reverse = (path: string): Edit => (d) => void (node(d, path) as unknown as unknown[]).reverse();
const all = (...edits: Edit[]): Edit => (d) => edits.forEach((e) => e(d));

/** A document to break: the example, edited as a loosely typed tree. */
function broken(edit: Edit): unknown {
  const d = exampleSla() as unknown as Tree;
  edit(d);
  return d;
}

const accepted: [string, (d: SlaDocument) => void][] = [
    ['an indefinite term (initialTermEnd null)', (d) => { d.contract.initialTermEnd = null; }],
    ['a window ending at 24:00', (d) => { d.calendars['business']!.week.sat = [['20:00', '24:00']]; }],
    ['touching windows', (d) => { d.calendars['business']!.week.mon = [['08:00', '12:00'], ['12:00', '18:00']]; }],
    ['an hours bank with a capped rollover', (d) => { d.quota = { model: 'hours', minutes: 1200, step: 15, period: 'quarter', rollover: { capped: 300 }, overage: { amount: '95.00', currency: 'EUR', per: 'hour' } }; }],
    ['an unlimited quota', (d) => { d.quota = { model: 'unlimited', fairUse: null }; }],
    ['empty optional sections', (d) => { d.availability = []; d.penalties = []; d.escalation = []; }],
    ['Swiss and Belgian identifiers', (d) => {
      d.contract.provider.identifiers = [{ scheme: 'CH:UID', value: 'CHE100155212' }, { scheme: 'CH:VAT', value: 'CHE107787577IVA' }];
      d.contract.client.identifiers = [{ scheme: 'BE:BCE', value: '0403019261' }, { scheme: 'BE:VAT', value: 'BE0403019261' }, { scheme: 'FR:SIREN', value: '732829320' }];
    }],
    ['a fixed-amount penalty with a yearly cap', (d) => { d.penalties = [{ metric: 'response', priority: 'P2', rate: { amount: '100.00', currency: 'EUR', per: 'breach' }, cap: { percentOfMonthlyFee: 200, period: 'year' } }]; }],
    ['sms and chat channels', (d) => { d.channels.push({ kind: 'sms', address: '+41 79 000 00 00' }, { kind: 'chat', url: 'https://chat.example/' }); }],
];

/** The example with one accepted variation applied. */
function variantOf(edit: (d: SlaDocument) => void): SlaDocument {
  const d = exampleSla();
  edit(d);
  return d;
}

describe('the full example document', () => {
  it('validates with zod', () => expect(zodErrors(exampleSla())).toEqual([]));
  it('validates with ajv against the committed JSON Schema', () => {
    expect(ajvValidate(exampleSla()), ajv.errorsText(ajvValidate.errors)).toBe(true);
  });
  it.each(accepted)('accepts %s', (_name, edit) => {
    const d = variantOf(edit);
    expect(zodErrors(d)).toEqual([]);
    expect(ajvValidate(d), ajv.errorsText(ajvValidate.errors)).toBe(true);
  });
});

// [case, edit, rejected by the JSON Schema too? (false: a zod refinement JSON Schema cannot state)]
const invalid: [string, Edit, boolean][] = [
  ['an unknown metric key', set('priorities.0.targets.gti', { minutes: 30, calendar: 'business' }), true],
  ['minutes 0', set('priorities.0.targets.response.minutes', 0), true],
  ['minutes 1.5', set('priorities.0.targets.response.minutes', 1.5), true],
  ['minutes as a string', set('priorities.0.targets.response.minutes', '30'), true],
  ['a window 18:00-08:00', set('calendars.business.week.mon', [['18:00', '08:00']]), false],
  ['overlapping windows', set('calendars.business.week.tue', [['08:00', '12:00'], ['11:00', '18:00']]), false],
  ['unsorted windows', set('calendars.business.week.wed', [['14:00', '18:00'], ['08:00', '12:00']]), false],
  ['a window starting at 24:00', set('calendars.business.week.sat', [['24:00', '24:00']]), true],
  ['a window 8:00-12:00 (one-digit hour)', set('calendars.business.week.sat', [['8:00', '12:00']]), true],
  ['a week without sunday', del('calendars.business.week.sun'), true],
  ['money 45.0', set('quota.overage.amount', '45.0'), true],
  ['money as a number', set('quota.overage.amount', 45), true],
  ['money 0.00', set('quota.overage.amount', '0.00'), true],
  ['a rank gap', set('priorities.2.rank', 4), false],
  ['priorities out of rank order', reverse('priorities'), false],
  ['a duplicate priority id', all(set('priorities.1.id', 'P1'), set('penalties', [])), false],
  ['an unknown calendar', set('priorities.1.targets.restore.calendar', 'weekend'), false],
  ['a penalty on an unknown priority', set('penalties.0.priority', 'P9'), false],
  ['a penalty on a metric the priority lacks', set('penalties.0.priority', 'P3'), false],
  ['an escalation on a metric no priority has', all(set('escalation.0.metric', 'onsite'), del('priorities.0.targets.onsite')), false],
  ['an escalation for an unknown priority', set('escalation.1.priorities', ['P9']), false],
  ['an escalation for a priority without that target', all(set('escalation.1.metric', 'onsite'), set('escalation.1.priorities', ['P1', 'P3'])), false],
  ['the priorities of an escalation out of rank order', set('escalation.1.priorities', ['P2', 'P1']), false],
  ['an escalation with an empty priorities list', set('escalation.1.priorities', []), true],
  ['an escalation listing a priority twice', set('escalation.1.priorities', ['P1', 'P1']), true],
  ['an escalation priority that is not a name', set('escalation.1.priorities', ['P 1']), true],
  ['format other than infog-sla', set('format', 'sla'), true],
  ['version 2', set('version', 2), true],
  ['law DE', set('contract.law', 'DE'), true],
  ['an impossible date', set('contract.effective', '2027-02-30'), true],
  ['a term ending before it starts', set('contract.initialTermEnd', '2026-12-31'), false],
  ['an unknown top-level key', set('generatedAt', '2027-01-01T00:00:00Z'), true],
  ['a missing section', del('escalation'), true],
  ['no channel', set('channels', []), true],
  ['a portal with an address instead of a url', set('channels.2', { kind: 'portal', address: 'https://x.example/' }), true],
  ['an unknown channel kind', set('channels.0.kind', 'fax'), true],
  ['an unknown identifier scheme', set('contract.provider.identifiers.0.scheme', 'DE:HRB'), true],
  ['a SIRET with a bad check digit', set('contract.provider.identifiers.0.value', '50196734300029'), false],
  ['a SIRET with separators', set('contract.provider.identifiers.0.value', '501 967 343 00028'), true],
  ['two identifiers of one scheme', push('contract.client.identifiers', { scheme: 'FR:SIRET', value: '50196734300028' }), false],
  ['an unknown pause', push('clock.pauses', 'lunch'), true],
  ['a duplicate pause', push('clock.pauses', 'waiting_client'), true],
  ['holidays out of order', reverse('calendars.business.holidays'), false],
  ['an all-digit calendar name', (d) => set('calendars.24', node(d, 'calendars.24x7'))(d), true],
  ['availability above 100', set('availability.0.objective', 100.5), true],
  ['a tickets quota with an hourly overage', set('quota.overage.per', 'hour'), true],
  ['a monthly penalty cap above 100 %', set('penalties.0.cap.percentOfMonthlyFee', 150), true],
  ['an absolute source path', set('contract.source.file', '/home/me/contract.infog'), true],
  ['a source path climbing out of the project', set('contract.source.file', '../other/contract.infog'), true],
  ['a bad sha256', set('contract.source.sha256', 'abc'), true],
  ['a label without English', del('priorities.0.label.en'), true],
  // Where Python's `re` differs from ECMA-262 (portable-regex.ts): `$` before a final newline, `\d`.
  ['a priority id with a trailing newline', all(set('priorities.0.id', 'P1\n'), set('penalties', [])), true],
  ['a calendar named with a trailing newline', (d) => set('calendars.business\n', node(d, 'calendars.business'))(d), true],
  ['an effective date in Arabic-Indic digits', set('contract.effective', '٢٠٢٧-01-01'), true],
  ['a SIRET with a trailing newline', set('contract.provider.identifiers.0.value', '50196734300028\n'), true],
  ['a source path with a .. segment after a carriage return', set('contract.source.file', 'x\r/../contract.infog'), true],
];

describe('invalid documents', () => {
  it.each(invalid)('rejects %s', (_name, edit, byJsonSchema) => {
    const d = broken(edit);
    expect(zodErrors(d)).not.toEqual([]);
    expect(ajvValidate(d)).toBe(!byJsonSchema);
  });
});

describe('Python jsonschema gives the answers ajv gives', () => {
  it.runIf(pythonMissingInCi)('is installed under CI (python3-jsonschema: .ci/run)', () => {
    expect.fail('python3 with the jsonschema package is required when CI=true');
  });

  it.skipIf(!PYTHON)('on the example, every accepted variant and every invalid document', () => {
    const docs: [string, unknown, boolean][] = [
      ['the example', exampleSla(), true],
      ...accepted.map(([name, edit]): [string, unknown, boolean] => [`accepts ${name}`, variantOf(edit), true]),
      ...invalid.map(([name, edit, byJsonSchema]): [string, unknown, boolean] => [`rejects ${name}`, broken(edit), !byJsonSchema]),
    ];
    const r = pythonValidate(committed, docs.map(([, d]) => d));
    expect(r.schemaError).toBeNull();
    const wrong = docs.flatMap(([name, , valid], i) => ((r.results[i]?.length === 0) !== valid ? [`${name}: ${r.results[i]?.join('; ') ?? ''}`] : []));
    expect(wrong).toEqual([]);
    // and ajv agrees document by document
    expect(docs.filter(([, d, valid]) => ajvValidate(d) !== valid).map(([name]) => name)).toEqual([]);
  });
});
