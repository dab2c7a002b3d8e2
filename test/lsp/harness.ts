import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  type Diagnostic, type InitializeResult, type Position, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { REPO } from '../helpers/host.ts';
import { recordingEnv } from '../helpers/record.ts';

// A JSON-RPC client that drives the bundled server over stdio, as an editor does: no VS Code.

export const SERVER = join(REPO, 'language-server', 'dist', 'server.js');

export interface Session {
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly init: InitializeResult;
  /** Last diagnostics published per URI, with their version. */
  readonly published: Map<string, PublishDiagnosticsParams>;
  /** Resolves with the first diagnostics published for `uri` at `version` (or later). */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, version?: number): Promise<Diagnostic[]>;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  stderr(): string;
  stop(): Promise<void>;
}

export async function startServer(options: { initializationOptions?: unknown; rootUri?: string; locale?: string; env?: Record<string, string>; server?: string } = {}): Promise<Session> {
  // Started as the extension and the server's bin start it (same V8 flag). `server`: another copy of
  // the server (an installed package's bin, the .vsix's bundle).
  const proc = spawn(process.execPath, ['--max-semi-space-size=32', options.server ?? SERVER, '--stdio'], {
    env: { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH: '1795392000', ...recordingEnv(), ...options.env },
    stdio: 'pipe',
  });
  let err = '';
  proc.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; version: number | undefined; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || (p.version ?? -1) >= w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  connection.listen();
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? pathToFileURL(REPO).href,
    workspaceFolders: [{ uri: options.rootUri ?? pathToFileURL(REPO).href, name: 'root' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true } } },
    initializationOptions: options.initializationOptions ?? { locale: 'en' },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const session: Session = {
    connection,
    process: proc,
    init,
    published,
    diagnostics(uri, version, timeoutMs = 10_000) {
      const now = published.get(uri);
      if (now && (version === undefined || (now.version ?? -1) >= version)) return Promise.resolve(now.diagnostics);
      return new Promise((resolve, reject) => {
        const w = { uri, version, resolve: (d: Diagnostic[]) => { clearTimeout(timer); resolve(d); } };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no diagnostics for ${uri} v${String(version)} after ${timeoutMs} ms; stderr: ${err.slice(-2000)}`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    async open(uri, text, version = 1) {
      published.delete(uri);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'infog', version, text } });
      return session.diagnostics(uri, version);
    },
    change(uri, version, changes) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    stderr: () => err,
    async stop() {
      try {
        await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // The server may already be gone.
      }
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const t = setTimeout(() => {
          proc.kill();
          resolve();
        }, 2000);
        proc.on('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
  return session;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function readExample(name: string): string {
  return readFileSync(join(REPO, 'examples', name), 'utf8');
}

/** The LSP position of the `n`-th occurrence (0-based) of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, n = 0): Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = (before.match(/\r\n|\r|\n/g) ?? []).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - lastBreak - 1 };
}
