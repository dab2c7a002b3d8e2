// The deterministic outputs whose bytes tests compare across processes: run as
// `node test/helpers/outputs.ts` (Node strips the types), it prints them as one JSON object. The
// tests run it through `outputsElsewhere()` with another time zone, locale and clock than their own
// process, which catches what comparing a function with itself in one process cannot (TZ, LANG,
// Date.now, hash or insertion order that depends on the run).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportOne, VENDORS } from '../../compiler/src/backends/helpdesk/index.ts';
import { buildSlaDocument } from '../../compiler/src/backends/sla/from-model.ts';
import { slaJsonSchemaText } from '../../compiler/src/backends/sla/json-schema.ts';
import { serializeSla } from '../../compiler/src/backends/sla/serialize.ts';
import { NodeHost } from '../../compiler/src/cli/node-host.ts';
import { checkFile } from '../../compiler/src/index.ts';
import { exampleSla } from '../sla/example.ts';

const REPO = join(import.meta.dirname, '..', '..');
export const EXAMPLE_NAMES = ['cabinet-dupont', 'geneve-atelier-rochat', 'namur-dentisterie', 'nantes-paiements', 'strasbourg-clinique'];

export interface Outputs {
  /** `slaJsonSchemaText()`. */
  readonly slaJsonSchema: string;
  /** `serializeSla` of the spec's example document (test/sla/example.ts). */
  readonly exampleSla: string;
  /** Each example's SLA JSON, built from a fresh check. */
  readonly examplesSla: Readonly<Record<string, string>>;
  /** Every export of the spec's example document, by vendor: file name and content. */
  readonly exports: Readonly<Record<string, { name: string; content: string }[]>>;
}

export function outputs(): Outputs {
  const host = new NodeHost(REPO, join(REPO, 'stdlib'), '2026-11-23');
  const examplesSla: Record<string, string> = {};
  for (const name of EXAMPLE_NAMES) {
    const path = `examples/${name}.infog`;
    const checked = checkFile(path, host);
    const built = checked ? buildSlaDocument(checked.model, { path, bytes: readFileSync(join(REPO, path)) }) : undefined;
    examplesSla[name] = built?.document ? serializeSla(built.document) : `no document: ${built?.diagnostics.map((d) => d.code).join(' ') ?? 'unreadable'}`;
  }
  const exports: Record<string, { name: string; content: string }[]> = {};
  for (const vendor of VENDORS) exports[vendor] = exportOne(exampleSla(), vendor).files.map((f) => ({ name: f.name, content: f.content }));
  return { slaJsonSchema: slaJsonSchemaText(), exampleSla: serializeSla(exampleSla()), examplesSla, exports };
}

if (import.meta.main) process.stdout.write(JSON.stringify(outputs()));
