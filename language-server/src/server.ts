#!/usr/bin/env node
// The infog language server: `infog-language-server --stdio` (or `--node-ipc`). Handlers are thin:
// each asks the compiler's `ide` API (plain data, offsets) and converts the answer in convert.ts.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  createConnection, ErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
  type Connection, type Diagnostic as LspDiagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentFindings, formatRange, formatText, ide, lookupCode, type Diagnostic, type Locale } from '@infog/compiler';
import { findStdlib } from '@infog/compiler/node';
import { recordEmittedCodes } from '@infog/compiler/record-codes';
import * as convert from './convert.ts';
import { findInfogFiles, locateCli, locateStdlib, Workspace, type Analysis } from './workspace.ts';

export interface Settings {
  /** `auto` follows the editor's display language. */
  readonly locale: 'fr' | 'en' | 'auto';
  /** Where "Compile PDF" and "SLA JSON" write, relative to the project root. */
  readonly outputDirectory: string;
  /** Quiet time after a keystroke before diagnostics are computed. */
  readonly debounceMs: number;
  /**
   * Quiet time before the contract's document is drafted for its own findings (facts no clause prints,
   * prose without translation): longer than a check, so typing never waits for it.
   */
  readonly documentDelayMs: number;
  /** Documentation page of a diagnostic code; `{code}` is replaced. */
  readonly docsUrl: string;
  readonly cliPath?: string;
  readonly stdlibPath?: string;
  /** The git revision of the signed contract for "Compare with the signed version"; '' = the latest tag. */
  readonly signedRevision?: string;
}

const DEFAULTS: Settings = {
  locale: 'auto',
  outputDirectory: 'out',
  debounceMs: 0,
  documentDelayMs: 400,
  docsUrl: 'https://github.com/infog/infog/blob/main/docs/rules.md#{anchor}',
};

recordEmittedCodes(process.env);

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let settings: Settings = DEFAULTS;
let editorLocale: Locale = 'fr';
let workspace: Workspace;
let folders: string[] = [];
let canPullConfiguration = false;

const locale = (): Locale => (settings.locale === 'auto' ? editorLocale : settings.locale);
/** `{code}` and `{anchor}` (the heading of the code in docs/rules.md, as GitHub slugs it). */
const docsUrl = (code: string): string => {
  const spec = lookupCode(code);
  const heading = spec ? `${code} — ${spec.title.fr} / ${spec.title.en}` : code;
  const anchor = heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
  return settings.docsUrl.replace('{code}', code).replace('{anchor}', encodeURIComponent(anchor));
};

function merge(raw: unknown): Settings {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const str = (k: string): string | undefined => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined);
  const loc = str('locale');
  const debounce = typeof o['debounceMs'] === 'number' ? o['debounceMs'] : undefined;
  const documentDelay = typeof o['documentDelayMs'] === 'number' ? o['documentDelayMs'] : undefined;
  return {
    locale: loc === 'fr' || loc === 'en' || loc === 'auto' ? loc : settings.locale,
    outputDirectory: str('outputDirectory') ?? settings.outputDirectory,
    debounceMs: debounce !== undefined && debounce >= 0 && debounce <= 5000 ? debounce : settings.debounceMs,
    documentDelayMs: documentDelay !== undefined && documentDelay >= 0 && documentDelay <= 60000 ? documentDelay : settings.documentDelayMs,
    docsUrl: str('docsUrl') ?? settings.docsUrl,
    ...(str('cliPath') ?? settings.cliPath ? { cliPath: str('cliPath') ?? settings.cliPath } : {}),
    ...(str('stdlibPath') ?? settings.stdlibPath ? { stdlibPath: str('stdlibPath') ?? settings.stdlibPath } : {}),
    ...(str('signedRevision') ?? settings.signedRevision ? { signedRevision: str('signedRevision') ?? settings.signedRevision } : {}),
  } as Settings;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  editorLocale = params.locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  settings = merge(params.initializationOptions);
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  workspace = new Workspace(locateStdlib(settings.stdlibPath, findStdlib));
  folders = (params.workspaceFolders ?? []).flatMap((f) => workspace.fsPath(f.uri) ?? []);
  if (folders.length === 0 && params.rootUri) folders = [workspace.fsPath(params.rootUri) ?? ''].filter((x) => x !== '');
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      completionProvider: { triggerCharacters: [' ', '"', '/'], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: convert.SEMANTIC_LEGEND, full: true, range: false },
      documentLinkProvider: { resolveProvider: false },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
      executeCommandProvider: { commands: ['infog.server.compile', 'infog.server.checkWorkspace', 'infog.server.diff'] },
    },
    serverInfo: { name: 'infog-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) void pullConfiguration();
});

async function pullConfiguration(): Promise<void> {
  try {
    const raw: unknown = await connection.workspace.getConfiguration('infog');
    const before = locale();
    settings = merge(raw);
    if (locale() !== before) documents.all().forEach((d) => schedule(d.uri, 0));
  } catch {
    // A client without the section keeps the defaults.
  }
}

connection.onDidChangeConfiguration((change) => {
  const raw = (change.settings as Record<string, unknown> | null)?.['infog'];
  if (raw !== undefined) {
    settings = merge(raw);
    documents.all().forEach((d) => schedule(d.uri, 0));
  } else if (canPullConfiguration) void pullConfiguration();
});

// ---- diagnostics: debounced per document, tagged with the version, stale work dropped ----
// Two passes: the check (what is wrong in the contract) as soon as typing pauses, then, after a longer
// pause, the document's own findings: prose without translation (IG6012) and, for a contract without
// errors, what drafting it finds (IG6011, clause errors), which needs the clause library and takes
// longer. Both are published together once the second is done.

const timers = new Map<string, NodeJS.Timeout>();
const documentTimers = new Map<string, NodeJS.Timeout>();
const published = new WeakMap<Analysis, { locale: Locale; docsUrl: string; drafted: boolean; list: LspDiagnostic[] }>();
const drafted = new WeakMap<Analysis, readonly Diagnostic[]>();

function schedule(uri: string, delay: number = settings.debounceMs): void {
  const pending = timers.get(uri);
  if (pending) clearTimeout(pending);
  const pendingDocument = documentTimers.get(uri);
  if (pendingDocument) clearTimeout(pendingDocument);
  documentTimers.delete(uri);
  timers.set(uri, setTimeout(() => {
    timers.delete(uri);
    publish(uri);
  }, delay));
}

function scheduleDocument(uri: string): void {
  const pending = documentTimers.get(uri);
  if (pending) clearTimeout(pending);
  documentTimers.set(uri, setTimeout(() => {
    documentTimers.delete(uri);
    publishDocument(uri);
  }, settings.documentDelayMs));
}

function files(a: Analysis): convert.FileResolver {
  return {
    uri: (file) => (file === a.file ? a.uri : workspace.uriOf(file, a.root)),
    text: (file) => (file === a.file ? a.text : a.result.model.program.modules.get(file)?.source.text),
  };
}

/** The analysis's diagnostics, with its document findings once they are drafted. */
function allDiagnostics(a: Analysis): readonly Diagnostic[] {
  const extra = drafted.get(a);
  return extra ? [...a.result.diagnostics, ...extra] : a.result.diagnostics;
}

function lspDiagnostics(a: Analysis): LspDiagnostic[] {
  const cached = published.get(a);
  const withDocument = drafted.has(a);
  if (cached && cached.locale === locale() && cached.docsUrl === settings.docsUrl && cached.drafted === withDocument) return cached.list;
  const pos = convert.positionsOf(a.text);
  const out = allDiagnostics(a).filter((d) => d.file === a.file).map((d) => convert.diagnostic(d, locale(), pos, files(a), docsUrl));
  published.set(a, { locale: locale(), docsUrl: settings.docsUrl, drafted: withDocument, list: out });
  return out;
}

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  let a: Analysis | undefined;
  try {
    a = workspace.analyse(uri);
  } catch (e) {
    connection.console.error(`infog: internal error while checking ${uri}: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  // A newer edit arrived while checking: its own run will publish.
  if (!a || documents.get(uri)?.version !== a.version) return;
  void connection.sendDiagnostics({ uri, version: a.version, diagnostics: lspDiagnostics(a) });
  if (!drafted.has(a) && a.result.model.contract) scheduleDocument(uri);
}

function publishDocument(uri: string): void {
  const a = workspace.last(uri);
  if (!a || documents.get(uri)?.version !== a.version || drafted.has(a)) return;
  try {
    const clean = !a.result.diagnostics.some((d) => d.severity === 'error');
    drafted.set(a, documentFindings(a.result.model, workspace.hostFor(a.root), { draft: clean }));
  } catch (e) {
    connection.console.error(`infog: internal error while drafting ${uri}: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (documents.get(uri)?.version !== a.version) return;
  void connection.sendDiagnostics({ uri, version: a.version, diagnostics: lspDiagnostics(a) });
}

documents.onDidOpen((e) => {
  workspace.set({ uri: e.document.uri, text: e.document.getText(), version: e.document.version });
  schedule(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  workspace.set({ uri: e.document.uri, text: e.document.getText(), version: e.document.version });
  schedule(e.document.uri);
  for (const dep of workspace.dependents(e.document.uri)) schedule(dep, Math.max(settings.debounceMs, 150));
});
documents.onDidClose((e) => {
  const pending = timers.get(e.document.uri);
  if (pending) clearTimeout(pending);
  timers.delete(e.document.uri);
  const pendingDocument = documentTimers.get(e.document.uri);
  if (pendingDocument) clearTimeout(pendingDocument);
  documentTimers.delete(e.document.uri);
  workspace.close(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** Runs a request on the current analysis; a request cancelled meanwhile, or an internal error, answers `fallback`. */
function withAnalysis<T>(uri: string, fallback: T, fn: (a: Analysis, pos: convert.Positions) => T): T {
  try {
    const a = workspace.analyse(uri);
    return a ? fn(a, convert.positionsOf(a.text)) : fallback;
  } catch (e) {
    if (e instanceof ResponseError) throw e;
    connection.console.error(`infog: internal error on ${uri}: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  }
}

connection.onCompletion((p, token) => withAnalysis(p.textDocument.uri, [], (a, pos) => {
  if (token.isCancellationRequested) return [];
  return ide.complete(a.result, a.file, pos.offset(p.position), locale(), { modules: workspace.stdlibModules() }).map((e) => convert.completionItem(e, pos));
}));

connection.onHover((p) => withAnalysis(p.textDocument.uri, null, (a, pos) => {
  const h = ide.hover(a.result, a.file, pos.offset(p.position), locale());
  return h ? convert.hover(h, pos) : null;
}));

connection.onDefinition((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.definition(a.result, a.file, pos.offset(p.position)).flatMap((l) => convert.location(l, files(a)) ?? [])));

connection.onReferences((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.references(a.result, a.file, pos.offset(p.position), p.context.includeDeclaration).flatMap((l) => convert.location(l, files(a)) ?? [])));

connection.onDocumentHighlight((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.highlights(a.result, a.file, pos.offset(p.position)).map((r) => ({ range: pos.range(r) }))));

connection.onPrepareRename((p) => withAnalysis(p.textDocument.uri, null, (a, pos) => {
  const r = ide.prepareRename(a.result, a.file, pos.offset(p.position));
  if (!r) return null;
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error[locale()]);
  return { range: pos.range(r.range), placeholder: r.placeholder };
}));

connection.onRenameRequest((p) => withAnalysis(p.textDocument.uri, null, (a, pos) => {
  const r = ide.rename(a.result, a.file, pos.offset(p.position), p.newName);
  if (!r) return null;
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error[locale()]);
  return convert.workspaceEdit(r.edits, files(a));
}));

connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.documentSymbols(a.result, a.file).map((s) => convert.documentSymbol(s, pos))));

connection.onWorkspaceSymbol((p) => {
  const analyses = documents.all().flatMap((d) => workspace.analyse(d.uri) ?? []);
  const results = analyses.map((a) => a.result);
  return ide.workspaceSymbols(results, p.query).flatMap((s) => {
    const owner = analyses.find((a) => a.result.model.program.modules.has(s.file));
    return owner ? (convert.workspaceSymbol(s, files(owner)) ?? []) : [];
  });
});

connection.onFoldingRanges((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.foldingRanges(a.result, a.file).flatMap((f) => convert.foldingRange(f, pos) ?? [])));

connection.languages.semanticTokens.on((p) => withAnalysis(p.textDocument.uri, { data: [] }, (a, pos) =>
  convert.semanticTokens(ide.semanticTokens(a.result, a.file), pos)));

connection.onDocumentLinks((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.documentLinks(a.result, a.file).flatMap((l) => convert.documentLink(l, pos, files(a)) ?? [])));

connection.onCodeLens((p) => withAnalysis(p.textDocument.uri, [], (a, pos) =>
  ide.codeLenses(a.result, a.file).map((l) => convert.codeLens(l, pos, a.uri, locale()))));

connection.onCodeAction((p) => withAnalysis(p.textDocument.uri, [], (a, pos) => {
  const range = { start: pos.offset(p.range.start), end: pos.offset(p.range.end) };
  const only = p.context.only;
  return ide.codeActions({ ...a.result, diagnostics: allDiagnostics(a) }, a.file, range, { host: workspace.hostFor(a.root) })
    .filter((x) => !only || only.some((k) => x.kind === k || x.kind.startsWith(`${k}.`)))
    .map((x) => convert.codeAction(x, locale(), files(a), p.context.diagnostics, pos));
}));

// ---- formatting: the printer shared with `infog fmt` and the Prettier plugin (compiler/src/format) ----

connection.onDocumentFormatting((p) => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return [];
  const text = doc.getText();
  // A file that does not parse is left alone: formatting never loses text.
  const r = formatText(text, { endOfLine: 'auto' });
  if (!r.ok || r.text === text) return [];
  return convert.textEdits([{ range: { start: 0, end: text.length }, newText: r.text }], convert.positionsOf(text));
});
connection.onDocumentRangeFormatting((p) => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return [];
  const text = doc.getText();
  const pos = convert.positionsOf(text);
  const r = formatRange(text, { start: pos.offset(p.range.start), end: pos.offset(p.range.end) });
  return r.ok ? convert.textEdits(r.edits, pos) : [];
});

// ---- preview (issue 15): the contract as the HTML page, the last good one kept through errors ----
// The page, the section under the cursor and the source of a click all come from the compiler's
// `ide.preview`, `ide.sectionAt` and `ide.parseSource`; the server only keeps the last good page per
// document and converts offsets.

interface PreviewState extends ide.Preview {
  readonly version: number;
  readonly requested: Locale;
}
const previews = new Map<string, PreviewState>();

export interface PreviewAnswer {
  /** The page; null when there has never been a version without errors. */
  readonly html: string | null;
  readonly lang: Locale | null;
  /** The document version the page shows. */
  readonly version: number | null;
  /** True when the page is older than the text (the text has errors). */
  readonly stale: boolean;
  /** What to tell the reader when the page is stale, in the editor's language. */
  readonly banner: string | null;
}

connection.onRequest('infog/preview', (p: { uri?: unknown; lang?: unknown }): PreviewAnswer | null => {
  if (typeof p.uri !== 'string') return null;
  const uri = p.uri;
  const want: Locale = p.lang === 'fr' || p.lang === 'en' ? p.lang : locale();
  return withAnalysis(uri, null, (a) => {
    const kept = previews.get(uri);
    if (kept && kept.version === a.version && kept.requested === want) return { html: kept.html, lang: kept.lang, version: kept.version, stale: false, banner: null };
    const next = ide.preview(a.result, workspace.hostFor(a.root), want);
    if (next) {
      previews.set(uri, { ...next, version: a.version, requested: want });
      return { html: next.html, lang: next.lang, version: a.version, stale: false, banner: null };
    }
    const errors = a.result.diagnostics.filter((d) => d.severity === 'error' && d.file === a.file).length;
    const fr = locale() === 'fr';
    const banner = !a.result.model.contract
      ? (fr ? 'Ce fichier ne contient pas de contrat : rien à prévisualiser.' : 'This file holds no contract: nothing to preview.')
      : fr
        ? `Le contrat contient ${errors} erreur${errors > 1 ? 's' : ''} : l’aperçu montre la dernière version sans erreur.`
        : `The contract has ${errors} error${errors > 1 ? 's' : ''}: the preview shows the last version without errors.`;
    return { html: kept?.html ?? null, lang: kept?.lang ?? null, version: kept?.version ?? null, stale: true, banner };
  });
});

connection.onRequest('infog/previewSection', (p: { uri?: unknown; position?: { line: number; character: number } }): { id: string | null } => {
  if (typeof p.uri !== 'string' || !p.position) return { id: null };
  const state = previews.get(p.uri);
  const a = workspace.last(p.uri);
  if (!state || !a) return { id: null };
  const offset = convert.positionsOf(a.text).offset(p.position);
  return { id: ide.sectionAt(state.document, a.file, offset) ?? null };
});

connection.onRequest('infog/previewSource', (p: { uri?: unknown; source?: unknown }) => {
  if (typeof p.uri !== 'string' || typeof p.source !== 'string') return null;
  const a = workspace.last(p.uri);
  const range = ide.parseSource(p.source);
  if (!a || !range) return null;
  const resolver = files(a);
  const uri = resolver.uri(range.file);
  // A clause of the library is not a module of the program: its text comes through the host.
  const host = workspace.hostFor(a.root);
  const bytes = range.file.startsWith('std/') ? host.readFile('stdlib', range.file.slice(4)) : undefined;
  const text = resolver.text(range.file) ?? (bytes ? new TextDecoder().decode(bytes) : undefined);
  if (!uri || text === undefined) return null;
  const pos = convert.positionsOf(text);
  return { uri, range: pos.range({ start: Math.min(range.start, text.length), end: Math.min(range.end, text.length) }) };
});

documents.onDidClose((e) => previews.delete(e.document.uri));

// ---- commands: the CLI compiles; the check of the workspace publishes every file's diagnostics ----

export interface CompileOutcome {
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly message: string;
  readonly outputs: readonly string[];
}

function runCli(args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = locateCli(settings.cliPath);
  if (!cli) return Promise.resolve({ code: null, stdout: '', stderr: locale() === 'fr' ? 'CLI infog introuvable' : 'infog CLI not found' });
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', INFOG_STDLIB: workspace.stdlibRoot }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : err ? null : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

async function compile(uri: string, output: 'pdf' | 'sla'): Promise<CompileOutcome> {
  const a = workspace.analyse(uri) ?? workspace.last(uri);
  const path = workspace.fsPath(uri);
  const fr = locale() === 'fr';
  if (!path) return { ok: false, exitCode: null, message: fr ? 'Enregistrez le contrat avant de le compiler.' : 'Save the contract before compiling it.', outputs: [] };
  const root = a?.root ?? resolve(path, '..');
  const outDir = resolve(root, settings.outputDirectory);
  const r = await runCli(['compile', path, output === 'pdf' ? '--pdf' : '--sla', '-o', outDir, '--locale', locale()], root);
  const name = basename(path).replace(/\.infog$/, '');
  const expected = output === 'pdf' ? [`${name}.pdf`, `${name}.fr.pdf`, `${name}.en.pdf`] : [`${name}.sla.json`];
  const outputs = r.code === 0 ? expected.map((f) => resolve(outDir, f)).filter((f) => existsSync(f)) : [];
  const detail = (r.stderr || r.stdout).trim().split('\n').slice(0, 8).join('\n');
  if (r.code === 0) return { ok: true, exitCode: 0, message: outputs.join('\n'), outputs };
  const why = r.code === 1 ? (fr ? 'le contrat contient des erreurs' : 'the contract has errors') : fr ? `échec de la compilation (code ${String(r.code)})` : `compilation failed (exit ${String(r.code)})`;
  return { ok: false, exitCode: r.code, message: detail ? `${why} : ${detail}`.replace(' : ', fr ? ' : ' : ': ') : why, outputs: [] };
}

function checkWorkspace(): { files: number; errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  const all = folders.flatMap((f) => findInfogFiles(f));
  for (const path of all) {
    const a = workspace.analyseFile(path);
    if (!a) continue;
    const ds = lspDiagnostics(a);
    errors += ds.filter((d) => d.severity === 1).length;
    warnings += ds.filter((d) => d.severity === 2).length;
    if (!documents.get(a.uri)) void connection.sendDiagnostics({ uri: a.uri, diagnostics: ds });
  }
  return { files: all.length, errors, warnings };
}

export interface DiffOutcome {
  readonly ok: boolean;
  /** The revision compared with (the setting, else the latest tag); '' when none was found. */
  readonly revision: string;
  /** `infog diff` text output, or why there is none. */
  readonly text: string;
}

/** The latest tag reachable from HEAD, by `git describe`; undefined outside a repository or untagged. */
function latestTag(cwd: string): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', ['describe', '--tags', '--abbrev=0'], { cwd, timeout: 10_000 }, (err, stdout) => done(err ? undefined : String(stdout).trim() || undefined));
  });
}

/** "Compare with the signed version": the CLI's `infog diff <file> --from <revision>`, as text. */
async function diffWithSigned(uri: string, revision: string | undefined): Promise<DiffOutcome> {
  const path = workspace.fsPath(uri);
  const fr = locale() === 'fr';
  if (!path) return { ok: false, revision: '', text: fr ? 'Enregistrez le contrat avant de le comparer.' : 'Save the contract before comparing it.' };
  const root = workspace.analyse(uri)?.root ?? resolve(path, '..');
  const rev = revision ?? settings.signedRevision ?? (await latestTag(root));
  if (!rev) return { ok: false, revision: '', text: fr ? 'Aucune étiquette git ne marque la version signée : créez-en une (git tag v1.0) ou réglez infog.signedRevision.' : 'No git tag marks the signed version: create one (git tag v1.0) or set infog.signedRevision.' };
  const r = await runCli(['diff', path, '--from', rev, '--locale', locale()], root);
  return { ok: r.code === 0, revision: rev, text: (r.code === 0 ? r.stdout : r.stderr || r.stdout).trimEnd() };
}

connection.onExecuteCommand(async (p) => {
  const arg = (p.arguments?.[0] ?? {}) as { uri?: unknown; output?: unknown; revision?: unknown };
  if (p.command === 'infog.server.compile' && typeof arg.uri === 'string') return compile(arg.uri, arg.output === 'sla' ? 'sla' : 'pdf');
  if (p.command === 'infog.server.diff' && typeof arg.uri === 'string') return diffWithSigned(arg.uri, typeof arg.revision === 'string' && arg.revision !== '' ? arg.revision : undefined);
  if (p.command === 'infog.server.checkWorkspace') return checkWorkspace();
  return null;
});

documents.listen(connection);
connection.listen();
