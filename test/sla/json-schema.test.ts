import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLA_SCHEMA_ID, slaJsonSchema, slaJsonSchemaText } from '../../compiler/src/backends/sla/json-schema.ts';
import { outputsElsewhere } from '../helpers/elsewhere.ts';

const COMMITTED = new URL('../../compiler/schemas/sla-v1.schema.json', import.meta.url);

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    expect(
      committed === slaJsonSchemaText(),
      'compiler/schemas/sla-v1.schema.json is stale: run `bash scripts/with-node.sh node scripts/gen-sla-schema.ts` and commit the result',
    ).toBe(true);
  });

  it('is draft 2020-12 with the spec’s $id, a title, a description and the lost refinements', () => {
    const s = slaJsonSchema();
    expect(Object.keys(s).slice(0, 5)).toEqual(['$schema', '$id', 'title', 'description', '$comment']);
    expect(s['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s['$id']).toBe(SLA_SCHEMA_ID);
    expect(SLA_SCHEMA_ID).toBe('urn:infog:sla:1');
    expect(String(s['$comment'])).toContain('sorted and do not overlap');
    expect(String(s['$comment'])).toContain('ranks 1..n');
  });

  it('closes every object (additionalProperties: false)', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      // `calendars` is a map: its values are schemas, closed themselves.
      if (o['type'] === 'object' && o['properties'] !== undefined && o['additionalProperties'] !== false) open.push(path);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    };
    walk(slaJsonSchema(), '#');
    expect(open).toEqual([]);
  });

  it('is the same text in another process, time zone and locale', () => expect(outputsElsewhere().slaJsonSchema).toBe(slaJsonSchemaText()));
});
