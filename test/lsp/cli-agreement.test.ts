import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { REPO } from '../helpers/host.ts';
import { FLAGSHIP, tempProject } from './fixtures.ts';
import { startServer } from './harness.ts';

// The editor and CI must show the same findings (issue 17: the CLI dropped distinct diagnostics that
// shared a code and a range, the server did not). Random edits from texts that produce such pairs —
// a contract without parties (missing provider and client at one place), unclosed nested blocks —
// with a snapshot of the server's published diagnostics every few edits; every snapshot's text is
// then checked by one `infog check` run, and the two sets must be equal, diagnostic for diagnostic.

const EDITS = Number(process.env['INFOG_AGREEMENT_EDITS'] ?? 400);
const EVERY = 20;
const SEED = Number(process.env['INFOG_FUZZ_SEED'] ?? 17);

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

const START = 'contract "x" { law FR }\n';
const FRAGMENTS = ['{', '}', '\n', ' ', 'contract "y" { law BE }\n', 'party provider a {', 'term {', 'sla {', 'priority P1 {', '"', '//',
  'law CH', 'hours b { days mon..fri }', 'referense "R"', 'fee 10 EUR', FLAGSHIP.slice(0, 400), FLAGSHIP.slice(2000, 2600)];

function position(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

type Seen = { code: string; message: string; range: Diagnostic['range'] };
const key = (d: Seen): string => JSON.stringify([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.code, d.message]);

const project = tempProject('agreement', {});
afterAll(() => project.remove());

it(`publishes the set infog check prints, at every ${EVERY}th of ${EDITS} random edits`, async () => {
  const random = rng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const s = await startServer({ initializationOptions: { locale: 'en', debounceMs: 0, documentDelayMs: 5 } });
  const uri = new URL(`file://${join(project.dir, 'edited.infog')}`).href;
  let text = START;
  let version = 1;
  await s.open(uri, text, version);
  const snapshots: { text: string; diagnostics: Seen[] }[] = [];
  for (let i = 1; i <= EDITS; i++) {
    const start = Math.floor(random() * (text.length + 1));
    const end = random() < 0.4 ? Math.min(text.length, start + Math.floor(random() * 30)) : start;
    const insert = random() < 0.8 ? pick(FRAGMENTS) : '';
    s.change(uri, ++version, [{ range: { start: position(text, start), end: position(text, end) }, text: insert }]);
    text = text.slice(0, start) + insert + text.slice(end);
    if (text.length > 20_000) {
      text = START;
      s.change(uri, ++version, [{ text }]);
    }
    if (i % EVERY === 0) {
      let published = await s.diagnostics(uri, version);
      // A text without errors gets a second publication with its document findings (IG6011, IG6012).
      if (!published.some((d) => d.severity === 1)) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        published = s.published.get(uri)?.diagnostics ?? published;
      }
      snapshots.push({ text, diagnostics: published.map((d) => ({ code: String(d.code), message: typeof d.message === 'string' ? d.message : d.message.value, range: d.range })) });
    }
  }
  expect(s.stderr()).toBe('');
  await s.stop();

  snapshots.forEach((snap, i) => writeFileSync(join(project.dir, `snapshot-${String(i).padStart(3, '0')}.infog`), snap.text));
  const cli = spawnSync(process.execPath, [join(REPO, 'compiler', 'bin', 'infog.js'), 'check', '.', '--format', 'json', '--locale', 'en'], {
    cwd: project.dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH: '1795392000' }, maxBuffer: 64 * 1024 * 1024,
  });
  const json = JSON.parse(cli.stdout) as { diagnostics: { file: string; code: string; message: string; rule?: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[] };
  let sharedPlace = 0;
  snapshots.forEach((snap, i) => {
    const file = `snapshot-${String(i).padStart(3, '0')}.infog`;
    const printed = json.diagnostics.filter((d) => d.file === file).map((d): Seen => ({
      code: d.code,
      message: d.rule ? `${d.message} [${d.rule}]` : d.message,
      range: { start: { line: d.range.start.line - 1, character: d.range.start.column - 1 }, end: { line: d.range.end.line - 1, character: d.range.end.column - 1 } },
    }));
    expect(printed.map(key).sort(), `${file} after edit ${(i + 1) * EVERY}`).toEqual(snap.diagnostics.map(key).sort());
    const places = snap.diagnostics.map((d) => key({ ...d, message: '' }));
    sharedPlace += places.length - new Set(places).size;
  });
  // The edits did produce the case of the issue: distinct diagnostics sharing a code and a range.
  expect(sharedPlace).toBeGreaterThan(0);
}, 120_000);
