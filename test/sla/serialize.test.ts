import { describe, expect, it } from 'vitest';
import { canonicalSla, parseSla, serializeSla } from '../../compiler/src/backends/sla/serialize.ts';
import { slaDocumentSchema } from '../../compiler/src/backends/sla/schema.ts';
import { expectGolden } from '../helpers/golden.ts';
import { exampleSla } from './example.ts';
import { outputsElsewhere } from '../helpers/elsewhere.ts';

/**
 * The same tree with every object's keys reversed: what a careless producer might build. The
 * `calendars` map keeps its order: that order is data (the contract's declaration order).
 */
function reversedKeys(v: unknown, isMap = false): unknown {
  if (Array.isArray(v)) return v.map((x) => reversedKeys(x));
  if (typeof v !== 'object' || v === null) return v;
  const entries = Object.entries(v).map(([k, x]) => [k, reversedKeys(x, k === 'calendars')] as const);
  return Object.fromEntries(isMap ? entries : entries.reverse());
}

/** Every key path in document order, e.g. `contract.provider.id`. */
function keyPaths(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.length > 0 ? keyPaths(v[0], `${prefix}[]`) : [];
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) => [`${prefix}${prefix ? '.' : ''}${k}`, ...keyPaths(x, `${prefix}${prefix ? '.' : ''}${k}`)]);
}

describe('serializeSla', () => {
  it('is byte-identical in another process, time zone and locale, and ends with a newline', () => {
    const a = serializeSla(exampleSla());
    expect(outputsElsewhere().exampleSla).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toBe('  "format": "infog-sla",');
  });

  it('does not depend on the key order of its input', () => {
    const shuffled = reversedKeys(exampleSla()) as ReturnType<typeof exampleSla>;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(exampleSla()));
    expect(serializeSla(shuffled)).toBe(serializeSla(exampleSla()));
  });

  it('follows the key order of spec/sla-v1.md', () => {
    const doc = JSON.parse(serializeSla(exampleSla())) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'contract', 'calendars', 'channels', 'priorities', 'clock', 'quota', 'availability', 'penalties', 'escalation']);
    const paths = keyPaths(doc);
    const order = (...keys: string[]) => expect(paths.filter((p) => keys.includes(p))).toEqual(keys);
    order('contract.reference', 'contract.title', 'contract.law', 'contract.language', 'contract.provider', 'contract.client', 'contract.effective', 'contract.initialTermEnd', 'contract.source');
    order('contract.provider.id', 'contract.provider.name', 'contract.provider.identifiers');
    order('calendars.business', 'calendars.24x7');
    order('calendars.business.timezone', 'calendars.business.week', 'calendars.business.holidays', 'calendars.business.holidayRules');
    order('calendars.business.week.mon', 'calendars.business.week.tue', 'calendars.business.week.wed', 'calendars.business.week.thu', 'calendars.business.week.fri', 'calendars.business.week.sat', 'calendars.business.week.sun');
    order('priorities[].id', 'priorities[].rank', 'priorities[].label', 'priorities[].criteria', 'priorities[].targets');
    order('priorities[].targets.ack', 'priorities[].targets.response', 'priorities[].targets.onsite', 'priorities[].targets.restore', 'priorities[].targets.resolve', 'priorities[].targets.update');
    order('quota.model', 'quota.count', 'quota.period', 'quota.rollover', 'quota.overage');
    order('penalties[].metric', 'penalties[].priority', 'penalties[].rate', 'penalties[].cap');
    order('escalation[].metric', 'escalation[].atPercent', 'escalation[].contact');
  });

  it('keeps absent targets absent and money as strings', () => {
    const text = serializeSla(exampleSla());
    expect(text).toContain('"amount": "45.00"');
    const p3 = (JSON.parse(text) as { priorities: { targets: object }[] }).priorities[2];
    expect(Object.keys(p3?.targets ?? {})).toEqual(['response', 'resolve']);
  });

  it('emits a document that validates and reads back equal', () => {
    const text = serializeSla(exampleSla());
    expect(slaDocumentSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const back = parseSla(text);
    expect(back.ok && serializeSla(back.document)).toBe(text);
    expect(canonicalSla(exampleSla())).toEqual(exampleSla());
  });

  it('matches the golden file of the example (review changes with git diff)', () => {
    expectGolden(new URL('./example.sla.json', import.meta.url).pathname, serializeSla(exampleSla()));
  });
});

describe('parseSla', () => {
  it('never throws and reports paths', () => {
    expect(parseSla('{')).toMatchObject({ ok: false });
    expect(parseSla('null')).toMatchObject({ ok: false, errors: ['(root): Invalid input: expected object, received null'] });
    const d = exampleSla() as unknown as { priorities: { targets: { response: { minutes: number } } }[] };
    const first = d.priorities[0];
    if (first) first.targets.response.minutes = 0;
    const r = parseSla(JSON.stringify(d));
    expect(r.ok ? [] : r.errors).toEqual(['priorities.0.targets.response.minutes: Too small: expected number to be >0']);
  });
});
