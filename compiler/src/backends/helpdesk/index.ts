// Stage `backends/helpdesk`: exports of the SLA JSON for helpdesk tools (docs/helpdesk.md).
// Consumes an `SlaDocument` only (never the model or the AST); produces one file per tool and warning
// diagnostics for everything the tool cannot hold (IG7001–IG7099). Pure: no I/O; the CLI writes files.
import '../../diagnostics/codes/helpdesk.ts';
import type { SlaDocument } from '../sla/schema.ts';
import { ExportContext, type ExportResult } from './common.ts';
import { VENDORS, type Exporter, type VendorId } from './exporter.ts';
import { freshdeskExporter } from './freshdesk/export.ts';
import { glpiExporter } from './glpi/export.ts';
import { itopExporter } from './itop/export.ts';
import { opensloExporter } from './openslo/export.ts';
import { rtExporter } from './rt/export.ts';
import { zammadExporter } from './zammad/export.ts';
import { zendeskExporter } from './zendesk/export.ts';
import { znunyExporter } from './znuny/export.ts';

export type { ExportFile, ExportResult } from './common.ts';
export { ExportContext } from './common.ts';
export type { Exporter, VendorId } from './exporter.ts';
export { VENDORS } from './exporter.ts';

/** Every exporter by vendor id, in the order `--export all` writes them. */
export const EXPORTERS: Readonly<Record<VendorId, Exporter>> = {
  zammad: zammadExporter as Exporter,
  glpi: glpiExporter as Exporter,
  itop: itopExporter as Exporter,
  freshdesk: freshdeskExporter as Exporter,
  zendesk: zendeskExporter as Exporter,
  znuny: znunyExporter as Exporter,
  rt: rtExporter as Exporter,
  openslo: opensloExporter as Exporter,
};

export function isVendorId(id: string): id is VendorId {
  return (VENDORS as readonly string[]).includes(id);
}

/**
 * Parses the `--export` argument: `all` or a comma-separated list of vendor ids. Returns the ids in
 * registry order without duplicates, or the unknown names.
 */
export function parseVendorList(arg: string): { vendors: VendorId[]; unknown: string[] } {
  const names = arg.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (names.includes('all')) return { vendors: [...VENDORS], unknown: names.filter((n) => n !== 'all' && !isVendorId(n)) };
  const unknown = names.filter((n) => !isVendorId(n));
  return { vendors: VENDORS.filter((v) => names.includes(v)), unknown };
}

/** `examples/cabinet-dupont.infog` → `cabinet-dupont`: the `<name>` of `<name>.<vendor>.<ext>`. */
export function exportBaseName(doc: SlaDocument): string {
  const file = doc.contract.source.file.split('/').pop() ?? 'contract';
  return file.replace(/\.infog$/u, '') || 'contract';
}

/** One tool's export: its payload (for schema checks) and the file it renders to. */
export function exportOne(doc: SlaDocument, vendor: VendorId, name = exportBaseName(doc)): ExportResult & { payload: unknown } {
  const exporter = EXPORTERS[vendor];
  const ctx = new ExportContext(doc, exporter.tool);
  const payload = exporter.build(ctx);
  const content = exporter.render(payload, ctx);
  return { files: [{ name: `${name}.${vendor}.${exporter.extension}`, content }], diagnostics: ctx.diagnostics, payload };
}

/** The exports of `doc` for `vendors` (registry order), files named `<name>.<vendor>.<ext>`. */
export function exportAll(doc: SlaDocument, vendors: readonly VendorId[] = VENDORS, name = exportBaseName(doc)): ExportResult {
  const files: ExportResult['files'] = [];
  const diagnostics: ExportResult['diagnostics'] = [];
  for (const vendor of VENDORS) {
    if (!vendors.includes(vendor)) continue;
    const r = exportOne(doc, vendor, name);
    files.push(...r.files);
    diagnostics.push(...r.diagnostics);
  }
  return { files, diagnostics };
}
