// The published JSON Schema of SLA JSON v1, generated from the zod schema (the single source of
// truth, spec sla-v1.md). `scripts/gen-sla-schema.ts` writes it to compiler/schemas/sla-v1.schema.json
// and test/sla checks that the committed file equals what this function returns.
import { z } from 'zod';
import { MULTILINE_PATTERNS, slaDocumentSchema, slaRegistry } from './schema.ts';

export const SLA_SCHEMA_ID = 'urn:infog:sla:1';

/**
 * What JSON Schema cannot say and the zod schema checks (zod refinements are not exported). A
 * document valid against this file may still be rejected by the compiler's own validation for these.
 */
const REFINEMENTS = [
  'each window starts before it ends;',
  'the windows of a day are sorted and do not overlap;',
  'holidays are in ascending date order without duplicates;',
  'identifier values have valid check digits (Luhn for SIREN/SIRET, key for FR VAT, mod 11 for CH UID, mod 97 for BE) and at most one identifier per scheme per party;',
  'contract.initialTermEnd is not before contract.effective;',
  'priorities have distinct ids and ranks 1..n in array order;',
  'every target names a calendar of calendars;',
  'every penalty names a priority that has a target for its metric;',
  'every escalation names a metric that some priority targets, and the priorities it lists exist, have a target for that metric and are in rank order;',
  'portal and chat urls use http or https.',
];

/**
 * Makes zod's output portable (portable-regex.ts): `\d` (from zod's own date and email patterns) becomes
 * `[0-9]`, which is what it means in JavaScript but not in Python, where it matches every Unicode
 * digit; and every pattern that cannot match a line break gets `not: { pattern: "\n" }` right after
 * it, because Python's `$` also matches before a final newline ("P1\n" would pass).
 */
function portable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(portable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') {
      const pattern = value.replaceAll(String.raw`\d`, '[0-9]');
      out[key] = pattern;
      if (!MULTILINE_PATTERNS.has(value)) out['not'] = { pattern: String.raw`\n` };
    } else {
      out[key] = portable(value);
    }
  }
  return out;
}

/** The JSON Schema (draft 2020-12) object, keys in a fixed order. */
export function slaJsonSchema(): Record<string, unknown> {
  const generated = portable(z.toJSONSchema(slaDocumentSchema, {
    target: 'draft-2020-12',
    metadata: slaRegistry,
    unrepresentable: 'throw',
  })) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SLA_SCHEMA_ID,
    title: 'infog SLA JSON, version 1',
    description:
      'The service levels of one IT outsourcing contract, emitted by the infog compiler as <name>.sla.json for helpdesk tools. Durations are in minutes of open time of a named calendar; amounts are decimal strings with two decimals. Generated from the compiler\'s zod schema: do not edit.',
    $comment: `Objects are closed (additionalProperties: false): this schema describes exactly what this compiler version emits. Within version 1 later releases only add optional fields, so consumers must ignore unknown keys rather than validate newer documents against an older schema. Also checked by the compiler but not expressible here: ${REFINEMENTS.join(' ')}`,
    ...rest,
  };
}

/** The committed file's exact text: 2-space indent, final newline. */
export function slaJsonSchemaText(): string {
  return `${JSON.stringify(slaJsonSchema(), null, 2)}\n`;
}
