// The helpdesk exporters on the complete example document: each payload validates against the tool's
// zod schema (written from the vendor's documentation), the rendered file is byte-identical to its
// golden copy and parses back into a valid payload, and every loss is a warning with its own code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXPORTERS, exportAll, exportBaseName, exportOne, parseVendorList, VENDORS, type VendorId } from '../../compiler/src/backends/helpdesk/index.ts';
import { renderMessage } from '../../compiler/src/diagnostics/index.ts';
import { lookupCode } from '../../compiler/src/diagnostics/catalogue.ts';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { slaDocumentSchema } from '../../compiler/src/backends/sla/schema.ts';
import { expectGolden } from '../helpers/golden.ts';
import { exampleSla } from '../sla/example.ts';
import { outputsElsewhere } from '../helpers/elsewhere.ts';
import { requireOracle } from '../helpers/oracle.ts';

const GOLDEN = join(import.meta.dirname, 'golden');
const perl = requireOracle('perl', spawnSync('perl', ['-e', '1']).status === 0, 'apt-get install -y perl');

/** The facts each export of the example loses, by code, in order (one loss per fact). */
const LOSSES: Record<VendorId, string[]> = {
  zammad: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7013', 'IG7007', 'IG7007', 'IG7007', 'IG7007'],
  glpi: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7013', 'IG7007', 'IG7007', 'IG7007', 'IG7003', 'IG7007', 'IG7009'],
  itop: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7013', 'IG7007', 'IG7007', 'IG7007', 'IG7003', 'IG7007', 'IG7006'],
  freshdesk: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7013', 'IG7007', 'IG7007', 'IG7007', 'IG7003', 'IG7007', 'IG7004'],
  zendesk: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7007', 'IG7007', 'IG7007', 'IG7007'],
  znuny: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7013', 'IG7007', 'IG7007', 'IG7007', 'IG7007'],
  rt: ['IG7001', 'IG7002', 'IG7010', 'IG7011', 'IG7011', 'IG7013', 'IG7007', 'IG7007', 'IG7007', 'IG7007'],
  openslo: ['IG7015', 'IG7001', 'IG7002', 'IG7011', 'IG7011'],
};
/** The summary: one warning per loss kind, in first-seen order. */
const EXPECTED = Object.fromEntries(VENDORS.map((v) => [v, [...new Set(LOSSES[v])]])) as Record<VendorId, string[]>;

function parseRendered(vendor: VendorId, content: string): unknown {
  const ext = EXPORTERS[vendor].extension;
  if (ext === 'json') return JSON.parse(content);
  if (ext === 'yaml') return content.split(/^---$/m).slice(1).map((d) => parseYaml(d) as unknown);
  return undefined;
}

function codesOf(doc: SlaDocument, vendor: VendorId): string[] {
  return exportOne(doc, vendor).diagnostics.map((d) => d.code);
}

describe.each(VENDORS.map((v) => [v]))('%s exporter on the example', (vendor) => {
  const doc = exampleSla();
  const result = exportOne(doc, vendor);
  const file = result.files[0];

  it('builds a payload that validates against the tool schema', () => {
    const parsed = EXPORTERS[vendor].schema.safeParse(result.payload);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('renders the golden file, which parses back into a valid payload', () => {
    expect(result.files).toHaveLength(1);
    if (!file) throw new Error('no file');
    expect(file.name).toBe(`cabinet-dupont.${vendor}.${EXPORTERS[vendor].extension}`);
    expectGolden(join(GOLDEN, file.name), file.content);
    const back = parseRendered(vendor, file.content);
    if (back !== undefined) {
      const parsed = EXPORTERS[vendor].schema.safeParse(back);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(back).toEqual(JSON.parse(JSON.stringify(result.payload)));
    }
  });

  // Only the two Perl exports (RT's site config, Znuny's settings script) have Perl to compile.
  if (['rt', 'znuny'].includes(vendor)) {
    it.skipIf(!perl)('renders Perl that compiles', () => {
      const out = spawnSync('perl', ['-c', '-e', `BEGIN { $INC{'Kernel/System/ObjectManager.pm'} = 1; sub Set {} } ${file?.content ?? ''}`], { encoding: 'utf8' });
      expect(out.stderr).toContain('syntax OK');
    });
  }

  it('reports every loss as a documented warning, one per loss kind (details: one per fact)', () => {
    expect(result.losses.map((l) => l.code.code)).toEqual(LOSSES[vendor]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(EXPECTED[vendor]);
    expect(result.details.map((d) => d.code).sort()).toEqual([...LOSSES[vendor]].sort());
    for (const d of [...result.diagnostics, ...result.details]) {
      expect(d.severity).toBe('warning');
      expect(d.file).toBe('examples/cabinet-dupont.infog');
      expect(d.range).toEqual({ start: 0, end: 0 });
      expect(lookupCode(d.code)).toBeDefined();
      expect(renderMessage(d, 'fr')).toContain(EXPORTERS[vendor].tool);
      expect(renderMessage(d, 'en')).toContain(EXPORTERS[vendor].tool);
    }
  });

  it('is byte-identical in another process, time zone and locale, and leaves the document unchanged', () => {
    const before = JSON.stringify(doc);
    expect(outputsElsewhere().exports[vendor]).toEqual(result.files.map((f) => ({ name: f.name, content: f.content })));
    exportOne(doc, vendor);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('exportAll and the vendor list', () => {
  it('writes <name>.<vendor>.<ext> for each requested vendor, in registry order', () => {
    const r = exportAll(exampleSla(), ['rt', 'zammad']);
    expect(r.files.map((f) => f.name)).toEqual(['cabinet-dupont.zammad.json', 'cabinet-dupont.rt.pm']);
    // Zammad and RT lose exactly the same facts: every summary line names both tools.
    expect(r.diagnostics.map((d) => d.code)).toEqual(EXPECTED.zammad);
    expect(r.diagnostics.map((d) => d.args['tools'])).toEqual(EXPECTED.zammad.map(() => ['Zammad', 'Request Tracker 5']));
    expect(exportAll(exampleSla()).files.map((f) => f.name)).toEqual([
      'cabinet-dupont.zammad.json', 'cabinet-dupont.glpi.json', 'cabinet-dupont.itop.json', 'cabinet-dupont.freshdesk.json',
      'cabinet-dupont.zendesk.json', 'cabinet-dupont.znuny.pl', 'cabinet-dupont.rt.pm', 'cabinet-dupont.openslo.yaml',
    ]);
    expect(exportAll(exampleSla(), ['glpi'], { name: 'acme' }).files.map((f) => f.name)).toEqual(['acme.glpi.json']);
    expect(exportBaseName(exampleSla())).toBe('cabinet-dupont');
  });

  it('parses --export', () => {
    expect(parseVendorList('all')).toEqual({ vendors: [...VENDORS], unknown: [] });
    expect(parseVendorList('rt, Zammad,rt')).toEqual({ vendors: ['zammad', 'rt'], unknown: [] });
    expect(parseVendorList('rt,jira')).toEqual({ vendors: ['rt'], unknown: ['jira'] });
  });
});

describe('losses beyond the example', () => {
  it('Znuny widens half-hour windows to whole hours (IG7005)', () => {
    const doc = exampleSla();
    const business = doc.calendars['business'];
    if (!business) throw new Error('calendar');
    business.week.mon = [['08:30', '12:00'], ['13:30', '17:45']];
    const r = exportOne(doc, 'znuny');
    const rounded = r.details.filter((d) => d.code === 'IG7005');
    expect(rounded.map((d) => d.args['rounded'])).toEqual([['08:00-12:00'], ['13:00-18:00']]);
    const summary = r.diagnostics.filter((d) => d.code === 'IG7005');
    expect(summary.map((d) => [d.args['days'], d.args['windows'], d.args['rounded']])).toEqual([[['mon', 'mon'], ['08:30-12:00', '13:30-17:45'], ['08:00-12:00', '13:00-18:00']]]);
    expect(renderMessage(summary[0] ?? r.diagnostics[0]!, 'fr')).toContain('08:30-12:00 devient 08:00-12:00 (lundi, calendrier « business ») et 13:30-17:45 devient 13:00-18:00 (lundi, calendrier « business »)');
    expect(r.files[0]?.content).toContain("Mon => [ '8', '9', '10', '11', '13', '14', '15', '16', '17' ]");
  });

  it('tools with four priorities drop the fifth (IG7012)', () => {
    const doc = exampleSla();
    const base = doc.priorities[2];
    if (!base) throw new Error('priority');
    doc.priorities.push({ ...base, id: 'P4', rank: 4 }, { ...base, id: 'P5', rank: 5 });
    expect(slaDocumentSchema.safeParse(doc).success).toBe(true);
    for (const vendor of ['freshdesk', 'zendesk', 'itop'] as const) {
      const d = exportOne(doc, vendor).diagnostics.find((x) => x.code === 'IG7012');
      expect(d?.args, vendor).toEqual({ tools: [EXPORTERS[vendor].tool], max: 4, priorities: ['P5'] });
    }
    expect(codesOf(doc, 'zammad')).not.toContain('IG7012');
  });

  it('a target on another calendar: counted on the priority calendar (IG7008), or RT RealMinutes when 24x7', () => {
    const doc = exampleSla();
    const p3 = doc.priorities[2];
    if (!p3) throw new Error('priority');
    p3.targets = { ack: { minutes: 15, calendar: '24x7' }, resolve: { minutes: 4800, calendar: 'business' } };
    const zammad = exportOne(doc, 'zammad').diagnostics.find((d) => d.code === 'IG7008');
    expect(zammad?.args).toMatchObject({ priorities: ['P3'], metrics: ['ack'], calendars: ['24x7'], used: ['business'] });
    const rt = exportOne(doc, 'rt');
    expect(rt.diagnostics.map((d) => d.code)).not.toContain('IG7008');
    expect(rt.files[0]?.content).toContain('Response => { RealMinutes => 15 }');
    const zendesk = exportOne(doc, 'zendesk');
    expect(zendesk.files[0]?.content).toMatch(/"priority": "normal",\s*"metric": "first_reply_time",\s*"target": 15,\s*"business_hours": false/);
  });

  it('Zendesk keeps an unknown zone name and says so (IG7016)', () => {
    const doc = exampleSla();
    const business = doc.calendars['business'];
    if (!business) throw new Error('calendar');
    business.timezone = 'America/Guadeloupe';
    const d = exportOne(doc, 'zendesk').diagnostics.find((x) => x.code === 'IG7016');
    expect(d?.args).toEqual({ tools: ['Zendesk'], calendars: ['business'], timezones: ['America/Guadeloupe'] });
  });

  it('OpenSLO without availability objectives is empty and says so (IG7014)', () => {
    const doc = exampleSla();
    doc.availability = [];
    const r = exportOne(doc, 'openslo');
    expect(r.diagnostics.map((d) => d.code)).toContain('IG7014');
    expect(r.payload).toEqual([]);
  });

  it('Znuny notifies each SLA at the earliest escalation that applies to its priority', () => {
    // The example: restore at 80 % for every priority, at 50 % for P1 and P2 only.
    const notify = (doc: SlaDocument): string[] => [...(exportOne(doc, 'znuny').files[0]?.content ?? '').matchAll(/SolutionNotify => (\d+)/g)].map((m) => m[1] ?? '');
    expect(notify(exampleSla())).toEqual(['50', '50', '0']);
    const p2only = exampleSla();
    const second = p2only.escalation[1];
    if (second) second.priorities = ['P2'];
    expect(notify(p2only)).toEqual(['80', '50', '0']);
  });

  it('an unlimited quota without fair use is no loss', () => {
    const doc = exampleSla();
    doc.quota = { model: 'unlimited', fairUse: null };
    expect(codesOf(doc, 'rt')).not.toContain('IG7001');
  });
});
