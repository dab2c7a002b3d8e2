// Writes compiler/schemas/sla-v1.schema.json from the zod schema (spec sla-v1.md: the JSON Schema is
// generated, never edited). Run: bash scripts/with-node.sh node scripts/gen-sla-schema.ts
// test/sla/json-schema.test.ts fails while the committed file differs from this output.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slaJsonSchemaText } from '../compiler/src/backends/sla/json-schema.ts';

const target = fileURLToPath(new URL('../compiler/schemas/sla-v1.schema.json', import.meta.url));
writeFileSync(target, slaJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
