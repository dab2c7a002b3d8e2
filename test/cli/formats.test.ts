import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';
import { EXAMPLE_NAMES } from '../document/helpers.ts';

// `infog compile --docx --html --md` end to end: every example, in French and English, one file per
// format and language, written as one set with the contract's other outputs (a later compile of the
// same contract replaces the whole set). The contents are checked by test/docx and test/formats.

describe('infog compile --docx --html --md', () => {
  it('writes every example as Word, HTML and Markdown in French and English', () => {
    const out = mkdtempSync(join(tmpdir(), 'infog-formats-'));
    const r = infog(['compile', ...EXAMPLE_NAMES.map((n) => join(REPO, 'examples', n)), '--docx', '--html', '--md', '--lang', 'fr,en', '-o', out, '--locale', 'en'], {});
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const expected = EXAMPLE_NAMES.flatMap((n) => ['fr', 'en'].flatMap((l) => ['docx', 'html', 'md'].map((f) => `${n.replace(/\.infog$/u, '')}.${l}.${f}`))).sort();
    expect(readdirSync(out).sort()).toEqual(expected);
    for (const f of expected) {
      const bytes = readFileSync(join(out, f));
      if (f.endsWith('.docx')) expect(bytes.subarray(0, 2).toString(), f).toBe('PK');
      else if (f.endsWith('.html')) expect(bytes.toString('utf8', 0, 15), f).toBe('<!DOCTYPE html>');
      else expect(bytes.toString('utf8').split('\n').some((l) => l.startsWith('## ')), f).toBe(true);
      expect(r.stdout).toContain(`wrote ${join(out, f)}`);
    }
    // The outputs of a contract are one set: compiling the flagship again with --pdf alone replaces it.
    const again = infog(['compile', join(REPO, 'examples', EXAMPLE_NAMES[0] as string), '--pdf', '-o', out]);
    expect(again.status, again.stderr.slice(-2000)).toBe(0);
    const flagship = EXAMPLE_NAMES[0]?.replace(/\.infog$/u, '') as string;
    expect(readdirSync(out).filter((f) => f.startsWith(`${flagship}.`))).toEqual([`${flagship}.pdf`]);
  }, 300_000);

  it('writes a watermarked draft in the formats asked, and no PDF', () => {
    const out = mkdtempSync(join(tmpdir(), 'infog-formats-'));
    const r = infog(['compile', join(REPO, 'examples', EXAMPLE_NAMES[0] as string), '--draft', '--html', '-o', out]);
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual([`${EXAMPLE_NAMES[0]?.replace(/\.infog$/u, '')}.html`]);
    expect(readFileSync(join(out, files[0] as string), 'utf8')).toContain('class="watermark"');
  }, 120_000);
});
