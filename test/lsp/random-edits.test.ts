import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CompletionRequest, HoverRequest, SemanticTokensRequest, DocumentSymbolRequest, CodeActionRequest, type Position } from 'vscode-languageserver-protocol';
import { REPO } from '../helpers/host.ts';
import { recordingEnv } from '../helpers/record.ts';
import { FLAGSHIP, SLA_PART, tempProject } from './fixtures.ts';
import { startServer } from './harness.ts';

// Thousands of random edits — insertions, deletions, pastes of other files, undos — with requests in
// between: the server must survive them all, and after the last edit publish exactly what
// `infog check` reports on the same text. `INFOG_FUZZ_EDITS=20000 npm run fuzz` runs a longer session.

const EDITS = Number(process.env['INFOG_FUZZ_EDITS'] ?? 5000);
const SEED = Number(process.env['INFOG_FUZZ_SEED'] ?? 20270101);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stdlibFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? stdlibFiles(join(dir, e.name)) : e.name.endsWith('.infog') ? [readFileSync(join(dir, e.name), 'utf8')] : []);
const PASTES = [SLA_PART, FLAGSHIP, ...stdlibFiles(join(REPO, 'stdlib'))];
const FRAGMENTS = ['{', '}', '"', '"""', '\n', ' ', ';', ',', '..', '//', '/*', '*/', 'party', 'provider', 'priority P1', '30 min', '4 business_hours',
  '2027-01-01', '08:00-12:00', '99.5%', 'import "std/hours/5x10"', 'é', '\u202e', '\r\n', '\t', 'from', 'sla', 'hours business', 'x'.repeat(70), '🙂', '\\u{1F600}', 'waive "sla.penalties" because "x"'];

function position(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

const project = tempProject('fuzz', {});
afterAll(() => project.remove());

it(`survives ${EDITS} random edits and ends with the diagnostics of infog check`, async () => {
  const random = rng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const s = await startServer({ initializationOptions: { locale: 'en', debounceMs: 5, documentDelayMs: 5 } });
  const path = join(project.dir, 'fuzz.infog');
  const uri = new URL(`file://${path}`).href;
  let text = FLAGSHIP;
  let version = 1;
  await s.open(uri, text, version);
  const history: string[] = [];
  for (let i = 0; i < EDITS; i++) {
    const r = random();
    let start = Math.floor(random() * (text.length + 1));
    // Never split a surrogate pair or a CRLF: editors do not produce such edits.
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') || (text[start] === '\n' && text[start - 1] === '\r')) start--;
    let end = start;
    let insert = '';
    if (r < 0.4) insert = pick(FRAGMENTS);
    else if (r < 0.7) end = Math.min(text.length, start + Math.floor(random() * 40));
    else if (r < 0.8) {
      const p = pick(PASTES);
      const a = Math.floor(random() * p.length);
      insert = p.slice(a, a + Math.floor(random() * 800));
    } else if (r < 0.9 && history.length > 0) {
      // Undo: the editor sends the whole previous text back.
      const previous = history.pop() ?? text;
      text = previous;
      s.change(uri, ++version, [{ text }]);
      continue;
    } else {
      end = Math.min(text.length, start + Math.floor(random() * 5));
      insert = pick(FRAGMENTS) + pick(FRAGMENTS);
    }
    while (/[\uDC00-\uDFFF]/.test(text[end] ?? '') || (text[end] === '\n' && text[end - 1] === '\r')) end++;
    if (text.length > 60_000) {
      start = 0;
      end = text.length - 20_000;
    }
    history.push(text);
    if (history.length > 50) history.shift();
    s.change(uri, ++version, [{ range: { start: position(text, start), end: position(text, end) }, text: insert }]);
    text = text.slice(0, start) + insert + text.slice(end);
    if (i % 97 === 0) {
      const at = { textDocument: { uri }, position: position(text, Math.floor(random() * text.length)) };
      await Promise.all([
        s.connection.sendRequest(CompletionRequest.type, at),
        s.connection.sendRequest(HoverRequest.type, at),
        s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
        s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
        s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at.position, end: at.position }, context: { diagnostics: [] } }),
      ]);
    }
    if (i % 500 === 0) await s.diagnostics(uri, version);
  }
  await s.diagnostics(uri, version, 20_000);
  // A contract without errors gets a second publication with its document findings (IG6011, IG6012),
  // which `infog check` reports too: let it arrive.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const final = s.published.get(uri)?.diagnostics ?? [];
  expect(s.process.exitCode).toBeNull();
  expect(s.stderr()).toBe('');
  await s.stop();

  writeFileSync(path, text);
  const cli = spawnSync(process.execPath, [join(REPO, 'compiler', 'bin', 'infog.js'), 'check', path, '--format', 'json', '--locale', 'en'], {
    encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH: '1795392000', ...recordingEnv() }, maxBuffer: 64 * 1024 * 1024,
  });
  const json = JSON.parse(cli.stdout) as { diagnostics: { file: string; code: string; message: string; rule?: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[] };
  const expected = json.diagnostics.filter((d) => d.file.endsWith('fuzz.infog')).map((d) => ({
    code: d.code, message: d.rule ? `${d.message} [${d.rule}]` : d.message,
    range: { start: { line: d.range.start.line - 1, character: d.range.start.column - 1 }, end: { line: d.range.end.line - 1, character: d.range.end.column - 1 } },
  }));
  expect(final.map((d) => ({ code: d.code, message: d.message, range: d.range }))).toEqual(expected);
}, 120_000);
