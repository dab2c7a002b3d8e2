import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, exportOne } from '../../compiler/src/backends/helpdesk/index.ts';
import { VENDORS } from '../../compiler/src/backends/helpdesk/exporter.ts';
import { parseSla } from '../../compiler/src/backends/sla/serialize.ts';
import { expectGolden } from '../helpers/golden.ts';
import { REPO } from '../helpers/host.ts';

// Every example's emitted SLA document (examples/*.sla.json, itself a golden of the SLA backend),
// exported to every tool: each payload validates against the tool's schema and the file is pinned.

const EXAMPLES = join(REPO, 'examples');
const GOLDEN = join(import.meta.dirname, 'golden', 'examples');
const documents = ['cabinet-dupont.sla.json', 'geneve-atelier-rochat.sla.json', 'namur-dentisterie.sla.json', 'nantes-paiements.sla.json', 'strasbourg-clinique.sla.json'];

describe('exports of every example', () => {
  it('exports the SLA document of every example, one per contract', () => {
    expect(readdirSync(EXAMPLES).filter((f) => f.endsWith('.sla.json')).sort()).toEqual(documents);
    expect(readdirSync(EXAMPLES).filter((f) => f.endsWith('.infog')).sort()).toEqual(documents.map((d) => d.replace(/\.sla\.json$/, '.infog')));
    // No stale golden: exactly one file per example and tool.
    expect(readdirSync(GOLDEN).sort()).toEqual(documents.flatMap((d) => VENDORS.map((v) => `${d.replace(/\.sla\.json$/, '')}.${v}.${EXPORTERS[v].extension}`)).sort());
  });

  for (const file of documents) {
    const parsed = parseSla(readFileSync(join(EXAMPLES, file), 'utf8'));
    describe(file, () => {
      it('is a valid SLA document', () => {
        expect(parsed.ok).toBe(true);
      });
      if (!parsed.ok) return;
      for (const vendor of VENDORS) {
        it(`${vendor}: validates against the tool's schema and matches its golden file`, () => {
          const result = exportOne(parsed.document, vendor);
          const check = EXPORTERS[vendor].schema.safeParse(result.payload);
          expect(check.error?.issues ?? []).toEqual([]);
          expect(result.files.map((f) => f.name)).toEqual([`${file.replace(/\.sla\.json$/, '')}.${vendor}.${EXPORTERS[vendor].extension}`]);
          for (const f of result.files) expectGolden(join(GOLDEN, f.name), f.content);
          for (const d of result.diagnostics) expect(d.severity).toBe('warning');
        });
      }
    });
  }
});
