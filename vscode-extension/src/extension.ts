// The VS Code extension: starts the infog language server and adds the commands that run the CLI
// through it. A thin shell — everything about `.infog` is in the server and the compiler.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview.ts';

// A larger young generation: a check of a large contract allocates a lot of short-lived objects, and
// fewer scavenges cut the keystroke latency's tail (docs/performance.md). Same flag as the server's bin.
const SERVER_EXEC_ARGV = ['--max-semi-space-size=32'];

interface CompileOutcome {
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly message: string;
  readonly outputs: readonly string[];
}

let client: LanguageClient | undefined;

function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('infog');
  return {
    locale: c.get('locale'),
    outputDirectory: c.get('outputDirectory'),
    debounceMs: c.get('debounceMs'),
    docsUrl: c.get('docsUrl'),
    cliPath: c.get('cliPath'),
    stdlibPath: c.get('stdlibPath'),
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'infog' }, { scheme: 'untitled', language: 'infog' }],
    initializationOptions: settings(),
    synchronize: { configurationSection: 'infog' },
  };
  client = new LanguageClient('infog', 'infog', serverOptions, clientOptions);
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('infog.compilePdf', (uri?: string | vscode.Uri) => compile(uri, 'pdf')),
    vscode.commands.registerCommand('infog.showSlaJson', (uri?: string | vscode.Uri) => compile(uri, 'sla')),
    vscode.commands.registerCommand('infog.compareSigned', (uri?: string | vscode.Uri) => compareSigned(uri)),
    vscode.commands.registerCommand('infog.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('infog.restartServer', async () => client?.restart()),
  );
  registerPreview(context, () => client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function targetUri(uri: string | vscode.Uri | undefined): vscode.Uri | undefined {
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  if (uri) return uri;
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'infog' ? doc.uri : undefined;
}

async function compile(arg: string | vscode.Uri | undefined, output: 'pdf' | 'sla'): Promise<void> {
  const uri = targetUri(arg);
  if (!uri || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an .infog contract first.'));
    return;
  }
  // The CLI reads the file from disk.
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: output === 'pdf' ? 'infog: PDF…' : 'infog: SLA JSON…' },
    () => client?.sendRequest<CompileOutcome | null>('workspace/executeCommand', { command: 'infog.server.compile', arguments: [{ uri: uri.toString(), output }] }) ?? Promise.resolve(null),
  );
  if (!outcome || !outcome.ok) {
    void vscode.window.showErrorMessage(`infog: ${outcome?.message ?? 'compile failed'}`);
    return;
  }
  const file = outcome.outputs[0];
  if (!file) {
    void vscode.window.showWarningMessage(`infog: ${outcome.message || 'no output written'}`);
    return;
  }
  if (output === 'pdf') await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(file));
  else await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)), { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

async function checkWorkspace(): Promise<void> {
  if (!client) return;
  const r = await client.sendRequest<{ files: number; errors: number; warnings: number } | null>('workspace/executeCommand', { command: 'infog.server.checkWorkspace', arguments: [] });
  if (!r) return;
  void vscode.window.showInformationMessage(`infog: ${r.files} file(s), ${r.errors} error(s), ${r.warnings} warning(s)`);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

let diffChannel: vscode.OutputChannel | undefined;

/** "Compare with the signed version": the server runs `infog diff --from <revision>`; shown as text. */
async function compareSigned(arg: string | vscode.Uri | undefined): Promise<void> {
  const uri = targetUri(arg);
  if (!uri || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an .infog contract first.'));
    return;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
  const r = await client.sendRequest<{ ok: boolean; revision: string; text: string } | null>('workspace/executeCommand', { command: 'infog.server.diff', arguments: [{ uri: uri.toString() }] });
  if (!r) return;
  diffChannel ??= vscode.window.createOutputChannel('infog diff');
  diffChannel.clear();
  diffChannel.appendLine(r.text);
  diffChannel.show(true);
  if (!r.ok) void vscode.window.showWarningMessage(`infog: ${r.text.split('\n')[0] ?? ''}`);
}
