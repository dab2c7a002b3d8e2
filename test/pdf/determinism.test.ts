import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildDocument } from '../../compiler/src/backends/document/index.ts';
import { toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import { infog, type Run } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';
import { checkExample, exampleHost } from './helpers.ts';

// Every example, in French and in English, compiled by the CLI as a user runs it, twice: once on one
// thread in UTC, once on the main thread and a worker thread (`--jobs 2`, one file per worker) in
// another process at UTC+14, in another locale and without SOURCE_DATE_EPOCH. The bytes must be the
// same (a difference in either respect shows; two runs instead of three keep the test affordable).
// Read back with pdfjs, each PDF is a complete document (its pages, the first article). What the
// text says is checked by the PDF fidelity tests; this file makes sure every example gets there, and
// that bytes do not drift.

const EXAMPLES = ['cabinet-dupont', 'geneve-atelier-rochat', 'namur-dentisterie', 'nantes-paiements', 'strasbourg-clinique'];
const LANGS = ['fr', 'en'] as const;
const OUTPUTS = EXAMPLES.flatMap((e) => [...LANGS.map((l) => `${e}.${l}.pdf`), `${e}.sla.json`, `${e}.zammad.json`]).sort();

interface Compiled {
  readonly run: Run;
  readonly dir: string;
  readonly codes: string;
}

function compile(project: string, jobs: number, env: Record<string, string>): Compiled {
  const dir = mkdtempSync(join(tmpdir(), 'infog-det-out-'));
  const codes = mkdtempSync(join(tmpdir(), 'infog-det-codes-'));
  // The Zammad export reports what the tool cannot hold (IG70xx warnings) for every example, so each
  // thread that compiles a contract records codes: that is how the test sees the worker thread work.
  const run = infog(['compile', project, '-o', dir, '--pdf', '--sla', '--export', 'zammad', '--lang', 'fr,en', '--jobs', String(jobs)], {
    env: { INFOG_FILES_PER_WORKER: '1', INFOG_RECORD_CODES: codes, ...env },
    timeout: 240_000,
  });
  return { run, dir, codes };
}

const bytesOf = (c: Compiled, file: string): Buffer => readFileSync(join(c.dir, file));

/** Text of each page, spaces of every kind folded, so phrases can be searched across lines. */
async function pages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out.push(flat(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('')));
  }
  await task.destroy();
  return out;
}

const flat = (s: string): string => s.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
const squash = (s: string): string => s.replace(/[\s\u00A0\u202F\u2002]+/gu, '');

type Node = { text?: unknown; stack?: Node[]; tocItem?: boolean };
const textOf = (n: unknown): string => (typeof n === 'string' ? n : Array.isArray(n) ? n.map(textOf).join('') : n !== null && typeof n === 'object' && 'text' in n ? textOf((n as Node).text) : '');

/** The first article's heading and first paragraph, from the document definition the CLI renders. */
function firstArticle(example: string, lang: 'fr' | 'en'): { heading: string; paragraph: string } {
  const host = exampleHost();
  const built = buildDocument(checkExample(`${example}.infog`, host).model, { lang, draft: false, host });
  if (!built.document) throw new Error(`no document for ${example}`);
  const definition = toDefinition(built.document);
  const article = (definition['content'] as Node[]).find((n) => n.stack?.[0]?.tocItem === true);
  return { heading: flat(textOf(article?.stack?.[0])), paragraph: flat(textOf(article?.stack?.[1])) };
}

describe('PDFs of every example, through the CLI', () => {
  let project = '';
  let one: Compiled;
  let elsewhere: Compiled;

  beforeAll(() => {
    // The examples alone (examples/incomplete/ has errors, so nothing would be written), under
    // examples/ as in the repository, so their SLA documents name the same source file.
    const root = mkdtempSync(join(tmpdir(), 'infog-det-'));
    writeFileSync(join(root, 'infog.json'), '{}\n');
    project = join(root, 'examples');
    mkdirSync(project);
    for (const e of EXAMPLES) copyFileSync(join(REPO, 'examples', `${e}.infog`), join(project, `${e}.infog`));
    one = compile(project, 1, { TZ: 'UTC', LANG: 'C.UTF-8' });
    elsewhere = compile(project, 2, { TZ: 'Pacific/Kiritimati', LANG: 'fr_FR.UTF-8', SOURCE_DATE_EPOCH: '' });
  }, 600_000);

  it('compiles exactly the five examples, each in both languages (and the SLA JSON and a Zammad export), on each run', () => {
    expect(readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.infog')).sort()).toEqual(EXAMPLES.map((e) => `${e}.infog`));
    for (const c of [one, elsewhere]) {
      expect(c.run.status, c.run.stderr).toBe(0);
      expect(readdirSync(c.dir).sort()).toEqual(OUTPUTS);
    }
    for (const e of EXAMPLES) expect(bytesOf(one, `${e}.sla.json`).toString('utf8'), e).toBe(readFileSync(join(REPO, 'examples', `${e}.sla.json`), 'utf8'));
  });

  it('compiled on a worker thread too with --jobs 2, on the main thread only with --jobs 1', () => {
    // Each thread that compiles a contract records the codes it emits (IG70xx for every example's export).
    const workerCodes = (c: Compiled, thread: string): string[] => readdirSync(c.codes).filter((f) => f.split(/[-.]/)[1] === thread).flatMap((f) => readFileSync(join(c.codes, f), 'utf8').split('\n'));
    expect(readdirSync(elsewhere.codes).map((f) => f.split(/[-.]/)[1]).sort()).toEqual(['0', '1']);
    expect(workerCodes(elsewhere, '1')).toContain('IG7001');
    expect(readdirSync(one.codes).map((f) => f.split(/[-.]/)[1])).toEqual(['0']);
  });

  it('writes the same bytes with --jobs 2, in another process, time zone (UTC+14), locale and clock', () => {
    for (const f of OUTPUTS) expect(bytesOf(elsewhere, f).equals(bytesOf(one, f)), f).toBe(true);
  });

  for (const example of EXAMPLES) {
    for (const lang of LANGS) {
      it(`${example}.${lang}.pdf reads back as a complete document`, async () => {
        const bytes = bytesOf(one, `${example}.${lang}.pdf`);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
        const text = await pages(new Uint8Array(bytes));
        expect(text.length).toBeGreaterThan(10);
        const last = text.length;
        expect(text[last - 1]).toContain(lang === 'fr' ? `Page ${last} sur ${last}` : `Page ${last} of ${last}`);
        const { heading, paragraph } = firstArticle(example, lang);
        expect(heading).toMatch(lang === 'fr' ? /^Article 1 – / : /^Article 1 – |^Clause 1 – /);
        expect(paragraph.length).toBeGreaterThan(80);
        // Compared without spacing: pdfjs splits runs (a fact, a no-break space) into items of its own.
        const body = squash(text.slice(2).join(' '));
        expect(body).toContain(squash(heading));
        expect(body).toContain(squash(paragraph));
      }, 60_000);
    }
  }
});
