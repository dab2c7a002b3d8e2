// Stage `backends/helpdesk`: exports of the SLA JSON for helpdesk tools (docs/helpdesk.md).
// Consumes an `SlaDocument` only (never the model or the AST); produces one file per tool and warning
// diagnostics for everything the tool cannot hold (IG7001–IG7099), placed by the caller's `locate` (the SLA
// backend's source map) and summarised by losses.ts. Pure: no I/O; the CLI writes files.
import '../../diagnostics/codes/helpdesk.ts';
import type { Diagnostic } from '../../diagnostics/index.ts';
import type { SlaDocument } from '../sla/schema.ts';
import { ExportContext, NO_RANGE, type ExportFile, type Locate, type Loss } from './common.ts';
import { VENDORS, type Exporter, type VendorId } from './exporter.ts';
import { freshdeskExporter } from './freshdesk/export.ts';
import { glpiExporter } from './glpi/export.ts';
import { itopExporter } from './itop/export.ts';
import { detailLosses, summariseLosses } from './losses.ts';
import { opensloExporter } from './openslo/export.ts';
import { rtExporter } from './rt/export.ts';
import { zammadExporter } from './zammad/export.ts';
import { zendeskExporter } from './zendesk/export.ts';
import { znunyExporter } from './znuny/export.ts';

export type { ExportFile, Locate, Loss, Place } from './common.ts';
export { ExportContext, pointer } from './common.ts';
export type { Exporter, VendorId } from './exporter.ts';
export { VENDORS } from './exporter.ts';
export { detailLosses, summariseLosses } from './losses.ts';

export interface ExportResult {
  readonly files: ExportFile[];
  /** Every lost fact, per tool (for the summary, the details, or a test). */
  readonly losses: Loss[];
  /** The summary: one warning per loss kind and tool, tools with the same losses sharing one. */
  readonly diagnostics: Diagnostic[];
  /** One warning per lost fact, at the statement that states it (`--verbose`). */
  readonly details: Diagnostic[];
}

export interface ExportOptions {
  /** `<name>` of `<name>.<vendor>.<ext>`; by default the contract file's name. */
  readonly name?: string;
  /** Maps a JSON Pointer of the document to the contract statement stating it (SLA backend source map). */
  readonly locate?: Locate;
}

/** Without a source map every loss is about the contract file as a whole. */
const wholeFile = (doc: SlaDocument): Locate => () => ({ file: doc.contract.source.file, range: NO_RANGE });

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

/** One tool's export: its payload (for schema checks), the file it renders to and what it loses. */
export function exportOne(doc: SlaDocument, vendor: VendorId, options: ExportOptions = {}): ExportResult & { payload: unknown } {
  const exporter = EXPORTERS[vendor];
  const ctx = new ExportContext(doc, exporter.tool);
  const payload = exporter.build(ctx);
  const content = exporter.render(payload, ctx);
  const name = options.name ?? exportBaseName(doc);
  const locate = options.locate ?? wholeFile(doc);
  return {
    files: [{ name: `${name}.${vendor}.${exporter.extension}`, content }],
    losses: ctx.losses,
    diagnostics: summariseLosses(ctx.losses, locate),
    details: detailLosses(ctx.losses, locate),
    payload,
  };
}

/** The exports of `doc` for `vendors` (registry order), files named `<name>.<vendor>.<ext>`. */
export function exportAll(doc: SlaDocument, vendors: readonly VendorId[] = VENDORS, options: ExportOptions = {}): ExportResult {
  const files: ExportFile[] = [];
  const losses: Loss[] = [];
  for (const vendor of VENDORS) {
    if (!vendors.includes(vendor)) continue;
    const r = exportOne(doc, vendor, options);
    files.push(...r.files);
    losses.push(...r.losses);
  }
  const locate = options.locate ?? wholeFile(doc);
  return { files, losses, diagnostics: summariseLosses(losses, locate), details: detailLosses(losses, locate) };
}
