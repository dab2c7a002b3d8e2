// "infog: Open Preview to the Side": a webview beside the contract showing the page the language
// server renders from the last analysis without errors (`infog/preview`), updated as the user types,
// scrolled to the section under the cursor (`infog/previewSection`); a click on the page opens the
// statement or clause that produced it (`infog/previewSource`). No language knowledge here.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { previewShell } from './preview-page.ts';

interface PreviewAnswer {
  readonly html: string | null;
  readonly stale: boolean;
  readonly banner: string | null;
}

/** Delay after a keystroke before the page is asked for: the server's check runs first. */
const UPDATE_DELAY_MS = 40;

export function registerPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const panels = new Map<string, vscode.WebviewPanel>();

  const open = async (arg?: vscode.Uri): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const uri = arg ?? (editor?.document.languageId === 'infog' ? editor.document.uri : undefined);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open an .infog contract first.'));
      return;
    }
    const key = uri.toString();
    const existing = panels.get(key);
    if (existing) {
      existing.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel('infog.preview', `${vscode.l10n.t('Preview')} — ${uri.path.split('/').pop() ?? ''}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true,
    });
    panels.set(key, panel);
    const nonce = randomBytes(16).toString('base64');
    panel.webview.html = previewShell(nonce, panel.webview.cspSource, vscode.l10n.t('Rendering the contract…'));
    let timer: NodeJS.Timeout | undefined;
    const update = async (): Promise<void> => {
      const answer = await client()?.sendRequest<PreviewAnswer | null>('infog/preview', { uri: key });
      if (answer) await panel.webview.postMessage({ type: 'update', html: answer.html, banner: answer.stale ? answer.banner : null });
    };
    const reveal = async (editor: vscode.TextEditor): Promise<void> => {
      const r = await client()?.sendRequest<{ id: string | null }>('infog/previewSection', { uri: key, position: editor.selection.active });
      if (r?.id) await panel.webview.postMessage({ type: 'reveal', id: r.id });
    };
    const subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== key) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void update(), UPDATE_DELAY_MS);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === key) void reveal(e.textEditor);
      }),
      panel.webview.onDidReceiveMessage(async (m: { type?: string; source?: string }) => {
        if (m.type === 'ready') return update();
        if (m.type !== 'source' || typeof m.source !== 'string') return;
        const loc = await client()?.sendRequest<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null>('infog/previewSource', { uri: key, source: m.source });
        if (!loc) return;
        const range = new vscode.Range(loc.range.start.line, loc.range.start.character, loc.range.end.line, loc.range.end.character);
        const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === loc.uri)?.viewColumn ?? vscode.ViewColumn.One;
        await vscode.window.showTextDocument(vscode.Uri.parse(loc.uri), { selection: range, viewColumn: column });
      }),
    ];
    panel.onDidDispose(() => {
      if (timer) clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      panels.delete(key);
    });
  };

  context.subscriptions.push(vscode.commands.registerCommand('infog.preview', open));
}
