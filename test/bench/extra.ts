import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { formatText, parse } from '../../compiler/src/index.ts';
import { pdfVsPdfmake } from '../pdf/bench.ts';
import { startServer } from '../lsp/harness.ts';
import { generateContract } from './generate.ts';
import { percentile, ratio } from './measure.ts';

// The measurements of the PDF, the formatter and the language server (issues 5, 6, 7), each as the
// issue defines it. The server is the built bundle, driven over stdio like an editor does.

export async function extraMeasurements(o: { quick: boolean; log: (s: string) => void; pdf: boolean; format: boolean; lsp: boolean; preview: boolean }): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  if (o.pdf) {
    const pdf = await pdfVsPdfmake(o.quick ? 7 : 15);
    o.log(`PDF of the flagship: build ${pdf.buildMs.toFixed(0)} ms vs pdfmake alone ${pdf.pdfmakeMs.toFixed(0)} ms`);
    out['pdfVsPdfmake'] = pdf.ratio;
  }
  const text5k = generateContract(5000);
  if (o.format) {
    const fmt = ratio(() => formatText(text5k), () => parse({ path: 'bench.infog', text: text5k }), o.quick ? 5 : 9);
    o.log(`format 5,000 lines ${fmt.subjectMs.toFixed(1)} ms vs parse ${fmt.baselineMs.toFixed(1)} ms`);
    out['formatVsParse'] = Number(fmt.ratio.toFixed(2));
  }
  if (o.lsp) {
    const lsp = await lspLatencies(text5k, o.quick ? 60 : 200);
    o.log(`language server on 5,000 lines: first diagnostics ${lsp.firstMs.toFixed(0)} ms, keystroke→diagnostics median ${lsp.keystrokeMedian.toFixed(1)} ms, p95 ${lsp.keystrokeP95.toFixed(1)} ms, completion/hover p95 ${lsp.completionP95.toFixed(1)} ms`);
    out['lspKeystrokeP95Ms'] = Number(lsp.keystrokeP95.toFixed(1));
    out['lspCompletionP95Ms'] = Number(lsp.completionP95.toFixed(1));
  }
  if (o.preview) {
    const p = await previewLatency(o.quick ? 15 : 40);
    o.log(`live preview of the flagship: keystroke→page median ${p.median.toFixed(0)} ms, p95 ${p.p95.toFixed(0)} ms (${(p.bytes / 1024).toFixed(0)} KiB of HTML)`);
    out['previewUpdateMs'] = Number(p.median.toFixed(1));
  }
  return out;
}

/**
 * The editor preview (issue 15): the flagship open in the server, one character typed into a fact
 * (the contract's reference), then `infog/preview` asked, as the extension does after each keystroke;
 * the time from the edit to the page (the check and the document included).
 */
async function previewLatency(rounds: number): Promise<{ median: number; p95: number; bytes: number }> {
  const root = join(import.meta.dirname, '..', '..');
  const path = join(root, 'examples', 'cabinet-dupont.infog');
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  const session = await startServer({ rootUri: pathToFileURL(root).href, initializationOptions: { locale: 'fr', debounceMs: 0 } });
  try {
    await session.open(uri, text);
    const m = /reference\s+"/u.exec(text);
    if (!m) throw new Error('bench: the flagship has no reference');
    const at = m.index + m[0].length;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < rounds + 5; i++) {
      const edited = `${text.slice(0, at)}${'X'.repeat(i + 1)}${text.slice(at)}`;
      const t = performance.now();
      session.change(uri, i + 2, [{ text: edited }]);
      const page = await session.connection.sendRequest<{ html: string | null; stale: boolean }>('infog/preview', { uri });
      const ms = performance.now() - t;
      if (!page.html || page.stale) throw new Error('bench: the preview did not follow the edit');
      bytes = page.html.length;
      if (i >= 5) times.push(ms);
    }
    return { median: percentile(times, 50), p95: percentile(times, 95), bytes };
  } finally {
    await session.stop();
  }
}

async function lspLatencies(text: string, rounds: number): Promise<{ firstMs: number; keystrokeMedian: number; keystrokeP95: number; completionP95: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'infog-bench-lsp-'));
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  const path = join(dir, 'big.infog');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const session = await startServer({ rootUri: pathToFileURL(dir).href, initializationOptions: { locale: 'en', debounceMs: 0 } });
  try {
    const t0 = performance.now();
    await session.open(uri, text);
    const firstMs = performance.now() - t0;
    // Typing inside a site's label, one character after the other: every edit gives a text the
    // server has never seen, so nothing keyed by the text (position tables, …) is reused as it would
    // be if the edits went back and forth between two texts.
    const at = text.indexOf('label "Agence de');
    const line = text.slice(0, at).split('\n').length - 1;
    const start = at - text.lastIndexOf('\n', at) - 1 + 'label "'.length;
    const typed = 'Site principal, bâtiment B, 2e étage, salle serveur ';
    const keystrokes: number[] = [];
    let version = 1;
    // Twenty unrecorded edits first: like every figure of the bench, latencies are taken warm.
    for (let i = 0; i < rounds + 20; i++) {
      const character = start + i;
      const t = performance.now();
      session.change(uri, ++version, [{ range: { start: { line, character }, end: { line, character } }, text: typed[i % typed.length] ?? 'x' }]);
      await session.diagnostics(uri, version);
      if (i >= 20) keystrokes.push(performance.now() - t);
    }
    const requests: number[] = [];
    const at2 = text.indexOf('    equipment pc_3 {');
    const line2 = text.slice(0, at2).split('\n').length;
    for (let i = 0; i < rounds + 20; i++) {
      const t = performance.now();
      if (i % 2 === 0) await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: line2, character: 6 } });
      else await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: line2, character: 8 } });
      if (i >= 20) requests.push(performance.now() - t);
    }
    return { firstMs, keystrokeMedian: percentile(keystrokes, 50), keystrokeP95: percentile(keystrokes, 95), completionP95: percentile(requests, 95) };
  } finally {
    await session.stop();
  }
}
