import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import type { Model } from '../../model/index.ts';
import type { FontStyle, PdfFonts } from '../../backends/pdf/index.ts';
import type { ContractDocument } from '../../backends/document/index.ts';
import type { VendorId } from '../../backends/helpdesk/exporter.ts';
import { runPool } from '../batch.ts';
import { checkFiles, type CheckedFile } from '../check-files.ts';
import { expandInputs, UsageError } from '../files.ts';
import { findStdlib, NodeHost, todayFromEnvironment } from '../node-host.ts';
import { Locator, summarise, type LocatedDiagnostic } from '../render/located.ts';
import { COLOUR, PLAIN, renderText } from '../render/text.ts';
import { printable } from '../render/printable.ts';
import { checkOutputFolder, replaceOutputSets, type Output } from '../write-atomic.ts';

// `infog compile` (spec/cli.md): check, then build every requested output in memory, then write them
// all atomically. Nothing is written when any file has an error (unless --draft, which writes a
// watermarked PDF and no SLA), so a failed run leaves earlier outputs untouched. The PDF and export
// backends are loaded only when asked for: `infog check` never pays for pdfmake.

export interface CompileOptions {
  readonly outDir: string;
  /** The outputs to write, already resolved from the flags (with none given: PDF and SLA JSON). */
  readonly pdf: boolean;
  /** The contract document as Word, HTML and Markdown (absent: not asked). */
  readonly docx?: boolean;
  readonly html?: boolean;
  readonly md?: boolean;
  readonly sla: boolean;
  readonly exports: string | undefined;
  /** Undefined: the contract's authoritative `language` (French when it states none). */
  readonly langs: readonly Locale[] | undefined;
  readonly draft: boolean;
  /** Also write the provider's compliance note `<name>.report.md` (waivers and open findings). */
  readonly report?: boolean;
  readonly locale: Locale;
  readonly colour: boolean;
  /** Every fact an export loses, each at its statement with a code frame (else one line per loss kind). */
  readonly verbose?: boolean;
  /** The signed version (a file or a git revision): write the amendment from it instead (amend.ts). */
  readonly amendFrom?: string;
}

export interface CompileOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** What compiling one contract produced: its outputs in memory and its located diagnostics. */
export interface CompiledFile {
  readonly file: string;
  readonly outputs: readonly Output[];
  readonly located: readonly LocatedDiagnostic[];
}

/** Plain-data settings a worker thread needs to compile one contract. */
export interface CompileTask {
  readonly options: CompileOptions;
  readonly vendors: readonly VendorId[];
  readonly name: string;
}

export async function runCompile(inputs: readonly string[], o: CompileOptions, jobs = 1): Promise<CompileOutput> {
  const fr = o.locale === 'fr';
  if (inputs.length === 0) throw new UsageError(fr ? 'compile : indiquez au moins un contrat' : 'compile: name at least one contract', 'compile');
  if (o.amendFrom !== undefined) {
    const { runAmend } = await import('./amend.ts');
    return runAmend(inputs, o.amendFrom, o);
  }
  const files = expandInputs(inputs, fr);
  const names = files.map((f) => basename(f).replace(/\.infog$/u, ''));
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new UsageError(fr ? `deux contrats donneraient les mêmes fichiers « ${clash} » : compilez-les séparément` : `two contracts would write the same files "${clash}": compile them separately`);
  const vendors: VendorId[] = o.exports === undefined ? [] : await parseVendors(o.exports, fr);
  checkOutputFolder(o.outDir, fr);

  const results = await runPool(files, jobs, {
    local: (file, i) => compileOne(file, { options: o, vendors, name: names[i] ?? 'contract' }),
    task: (file, i) => ({ kind: 'compile', file, task: { options: o, vendors, name: names[i] ?? 'contract' } }),
    progress: undefined,
  });
  const reported = results.flatMap((r) => r.located);
  const errors = reported.some((d) => d.diagnostic.severity === 'error');
  if (errors && !o.draft) return failure(reported, files.length, o);
  const outputs = results.flatMap((r) => r.outputs);
  const family = await familyNames();
  replaceOutputSets(results.map((r, i) => ({ outputs: r.outputs, family: family(names[i] ?? 'contract') })), fr);
  const summary = summarise(files.length, reported);
  const diagnostics = reported.length > 0 ? renderText(reported, summary, o.locale, o.colour ? COLOUR : PLAIN) : '';
  const written = outputs.map((x) => `${fr ? 'écrit' : 'wrote'} ${printable(x.path)}`).join('\n');
  return { stdout: written ? `${written}\n` : '', stderr: diagnostics, exitCode: 0 };
}

/** Every file name a contract's set may hold (write-atomic.ts): PDFs, SLA JSON, one export per tool. */
async function familyNames(): Promise<(name: string) => string[]> {
  const { EXPORTERS } = await import('../../backends/helpdesk/index.ts');
  const exports = Object.entries(EXPORTERS).map(([vendor, e]) => `${vendor}.${e.extension}`);
  const documents = DOCUMENT_FORMATS.flatMap((ext) => [`${ext}`, `fr.${ext}`, `en.${ext}`]);
  return (name) => [...documents.map((x) => `${name}.${x}`), `${name}.sla.json`, ...exports.map((x) => `${name}.${x}`)];
}

/**
 * Checks and builds one contract's outputs in memory (on the main thread or a worker). Nothing is
 * written here: the caller writes every output of every file at once, or none.
 */
export async function compileOne(file: string, t: CompileTask): Promise<CompiledFile> {
  // Which outputs to write is decided once, from the flags (main.ts `compileOutputs`); a draft never
  // builds the SLA document (it may come from a contract with errors).
  const o = t.options;
  const formats = DOCUMENT_FORMATS.filter((f) => (f === 'pdf' ? o.pdf : o[f] === true));
  // A draft writes a document: the PDF unless another format was asked (main.ts decides; a caller
  // giving only `draft` still gets the PDF).
  if (o.draft && formats.length === 0) formats.push('pdf');
  const wantSla = !o.draft && (o.sla || t.vendors.length > 0);
  // A compliance note without a PDF still lists what drafting the document finds (facts it would not print).
  const [c] = checkFiles([file], o.locale === 'fr', { document: o.report === true && formats.length === 0 });
  if (!c) return { file, outputs: [], located: [] };
  const locator = new Locator();
  const located: LocatedDiagnostic[] = [];
  const report = (ds: readonly Diagnostic[], brief = false): void => {
    for (const d of ds) {
      const l = locator.locate(d, c.text(d), c.display(d), o.locale, c.lookup);
      located.push(brief ? { ...l, brief } : l);
    }
  };
  report(c.result.diagnostics);
  if (!o.draft && located.some((d) => d.diagnostic.severity === 'error')) return { file, outputs: [], located };
  const model = c.result.model;
  const outputs: Output[] = [];
  if (formats.length > 0) {
    const pdfs = await buildDocuments(model, c, t.name, o, formats);
    report(pdfs.diagnostics);
    outputs.push(...pdfs.outputs);
  }
  if (wantSla) {
    const { buildSlaDocument, locateInSource } = await import('../../backends/sla/from-model.ts');
    const { serializeSla } = await import('../../backends/sla/serialize.ts');
    const sla = buildSlaDocument(model, { path: model.program.entry.source.path, bytes: readFileSync(resolve(c.file)) });
    report(sla.diagnostics);
    if (sla.document) {
      if (o.sla) outputs.push({ path: join(o.outDir, `${t.name}.sla.json`), data: serializeSla(sla.document) });
      if (t.vendors.length > 0) {
        const { exportAll } = await import('../../backends/helpdesk/index.ts');
        // Each loss points at the statement stating the lost fact: one line per loss kind (tools losing
        // the same facts share it), or with --verbose one warning per fact, with its code frame.
        const file = model.program.entry.source.path;
        const exported = exportAll(sla.document, t.vendors, { name: t.name, locate: (ptr) => locateInSource(sla.sources, ptr, file) });
        if (o.verbose) report(exported.details);
        else report(exported.diagnostics, true);
        outputs.push(...exported.files.map((f) => ({ path: join(o.outDir, f.name), data: f.content })));
      }
    }
  }
  if (o.report) {
    // The waivers and the open findings go to the provider's note, in the CLI's language, never into the contract.
    const { renderCompliance } = await import('../render/compliance.ts');
    outputs.push({ path: join(o.outDir, `${t.name}.report.md`), data: renderCompliance(model, t.name, located, o.locale) });
  }
  return { file, outputs, located };
}

/** The formats of the written contract, by file extension; each renders the same document. */
type DocumentFormat = 'pdf' | 'docx' | 'html' | 'md';
const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'html', 'md'];

/** One renderer: the document → bytes. Loaded only when its format is asked. */
type Renderer = (doc: ContractDocument) => Promise<Uint8Array>;

async function renderers(formats: readonly DocumentFormat[]): Promise<Map<DocumentFormat, Renderer>> {
  const out = new Map<DocumentFormat, Renderer>();
  const needFonts = formats.includes('pdf') || formats.includes('docx');
  const { fontUrls, FONT_SPECIFIERS } = await import('../../backends/pdf/fonts.ts');
  const fonts = needFonts ? loadFonts(FONT_SPECIFIERS, fontUrls) : undefined;
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  for (const f of formats) {
    if (f === 'pdf') {
      const { renderPdf, toDefinition } = await import('../../backends/pdf/index.ts');
      out.set(f, (doc) => renderPdf(toDefinition(doc), fonts as PdfFonts));
    } else if (f === 'docx') {
      const { renderDocx } = await import('../../backends/docx/index.ts');
      out.set(f, (doc) => renderDocx(doc, fonts ? { fonts } : {}));
    } else if (f === 'html') {
      const { toHtml } = await import('../../backends/html/index.ts');
      out.set(f, (doc) => Promise.resolve(utf8(toHtml(doc))));
    } else {
      const { toMarkdown } = await import('../../backends/markdown/index.ts');
      out.set(f, (doc) => Promise.resolve(utf8(toMarkdown(doc))));
    }
  }
  return out;
}

async function buildDocuments(model: Model, c: CheckedFile, name: string, o: CompileOptions, formats: readonly DocumentFormat[]): Promise<{ outputs: Output[]; diagnostics: Diagnostic[] }> {
  const { buildDocument, unprintedFacts } = await import('../../backends/document/index.ts');
  const render = await renderers(formats);
  const host = new NodeHost(c.root, findStdlib(), todayFromEnvironment());
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [];
  const stated = model.contract?.children.find((c) => c.spec.keyword === 'language')?.values['language'];
  const langs: readonly Locale[] = o.langs ?? [stated?.kind === 'enum' && stated.value === 'en' ? 'en' : 'fr'];
  const { missingTranslations } = await import('../../backends/document/index.ts');
  for (const lang of langs) {
    // A document in a language the contract's prose is not given in would mix languages.
    const untranslated = missingTranslations(model, lang, o.draft ? 'warning' : 'error');
    diagnostics.push(...untranslated);
    if (untranslated.length > 0 && !o.draft) continue;
    const built = buildDocument(model, { lang, draft: o.draft, host, ...(Number.isFinite(epoch) && process.env['SOURCE_DATE_EPOCH'] ? { sourceDateEpoch: epoch } : {}) });
    const found = [...built.diagnostics, ...unprintedFacts(model, built.ledger, lang)];
    diagnostics.push(...found);
    const doc = built.document;
    // In draft mode the missing facts print as blanks and do not stop the documents.
    if (!doc || (!o.draft && found.some((d) => d.severity === 'error'))) continue;
    for (const f of formats) {
      const r = render.get(f);
      if (r) outputs.push({ path: join(o.outDir, langs.length > 1 ? `${name}.${lang}.${f}` : `${name}.${f}`), data: await r(doc) });
    }
  }
  return { outputs, diagnostics };
}

/**
 * The faces: copies shipped beside the bundle (`dist/fonts`, see scripts/build.mjs) when running
 * bundled, else the npm package's files.
 */
export function loadFonts(specifiers: Readonly<Record<FontStyle, string>>, urls: () => Readonly<Record<FontStyle, string>>): PdfFonts {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = [join(here, 'fonts'), join(here, '..', 'fonts')].find((d) => existsSync(join(d, basename(specifiers.normal))));
  const resolved = bundled ? undefined : urls();
  const read = (style: FontStyle): Uint8Array => readFileSync(bundled ? join(bundled, basename(specifiers[style])) : fileURLToPath(resolved?.[style] ?? ''));
  return { normal: read('normal'), bold: read('bold'), italics: read('italics'), bolditalics: read('bolditalics') };
}

async function parseVendors(arg: string, fr: boolean): Promise<VendorId[]> {
  const { parseVendorList } = await import('../../backends/helpdesk/index.ts');
  const { vendors, unknown } = parseVendorList(arg);
  if (unknown.length > 0 || vendors.length === 0) {
    throw new UsageError(fr ? `--export : outil inconnu ${unknown.join(', ') || arg} (zammad, glpi, itop, freshdesk, zendesk, znuny, rt, openslo, all)` : `--export: unknown tool ${unknown.join(', ') || arg} (zammad, glpi, itop, freshdesk, zendesk, znuny, rt, openslo, all)`, 'compile');
  }
  return vendors;
}

function failure(reported: readonly LocatedDiagnostic[], files: number, o: CompileOptions): CompileOutput {
  const summary = summarise(files, reported);
  const fr = o.locale === 'fr';
  const note = fr ? 'Aucun fichier écrit : corrigez les erreurs, ou utilisez --draft pour un projet de PDF.\n' : 'No file written: fix the errors, or use --draft for a draft PDF.\n';
  return { stdout: '', stderr: renderText(reported, summary, o.locale, o.colour ? COLOUR : PLAIN) + note, exitCode: 1 };
}
