import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { lookupCode } from '../../compiler/src/diagnostics/index.ts';
import { formatRange, formatText } from '../../compiler/src/format/index.ts';
import plugin from '../../compiler/src/format/prettier-plugin.ts';
import { expectGolden } from '../helpers/golden.ts';
import { fmt, invariantProblem, parseOk } from './support.ts';

// Golden tests per feature (golden/<feature>.infog → <feature>.formatted), and for every input: idempotence,
// the same tree, every comment kept, CRLF input, and Prettier with the plugin printing the same text.

const DIR = join(import.meta.dirname, 'golden');
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.infog')).sort();

describe('format goldens', () => {
  it('has its inputs, each with its golden output', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(8);
    expect(readdirSync(DIR).filter((f) => f.endsWith('.formatted')).sort()).toEqual(inputs.map((f) => f.replace(/\.infog$/, '.formatted')));
  });

  for (const name of inputs) {
    const input = readFileSync(join(DIR, name), 'utf8');
    describe(name, () => {
      const out = fmt(input);

      it('matches the golden file', () => {
        expectGolden(join(DIR, name.replace(/\.infog$/, '.formatted')), out);
      });

      it('is idempotent and keeps the tree', () => {
        expect(invariantProblem(input)).toBeUndefined();
        expect(fmt(out)).toBe(out);
      });

      it('loses no comment', () => {
        const before = parseOk(input).comments.map((c) => c.text.trimEnd());
        const after = parseOk(out).comments.map((c) => c.text.trimEnd());
        expect(after).toEqual(before);
      });

      it('reads CRLF and writes the line breaks endOfLine asks for', () => {
        const crlf = input.replace(/\n/g, '\r\n');
        expect(fmt(crlf)).toBe(out);
        expect(fmt(crlf, { endOfLine: 'auto' })).toBe(out.replace(/\n/g, '\r\n'));
        expect(fmt(input, { endOfLine: 'crlf' })).toBe(out.replace(/\n/g, '\r\n'));
      });

      it('prints the same text through Prettier and the plugin', async () => {
        expect(await prettier.format(input, { parser: 'infog', plugins: [plugin] })).toBe(out);
        const crlf = input.replace(/\n/g, '\r\n');
        expect(await prettier.format(crlf, { parser: 'infog', plugins: [plugin], endOfLine: 'crlf' })).toBe(out.replace(/\n/g, '\r\n'));
      });
    });
  }
});

describe('formatText', () => {
  it('refuses a file with syntax errors, with located diagnostics, never half-formatted', () => {
    const r = formatText('contract "x" {\n  fee 12 EUR\n', { path: 'broken.infog' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics.map((d) => d.code)).toContain('IG1009');
      expect(r.diagnostics[0]?.file).toBe('broken.infog');
    }
  });

  it('honours the print width', () => {
    const text = 'a {\n  l aaaa, bbbb, cccc\n}\n';
    expect(fmt(text, { printWidth: 10 })).toBe('a {\n  l aaaa,\n    bbbb,\n    cccc\n}\n');
  });

  it('has a catalogue code for a formatter defect (IG6900)', () => {
    expect(lookupCode('IG6900')?.severity).toBe('error');
  });
});

describe('formatRange', () => {
  const text = 'a {\n  x    1\n  y  "2"\n}\nb {\n  z     3\n  w "4"\n}\n';

  it('changes only the lines of the range', () => {
    const r = formatRange(text, { start: text.indexOf('z'), end: text.indexOf('z') + 1 });
    expect(r.ok && r.edits).toEqual([{ range: { start: text.indexOf('  z'), end: text.indexOf('  w') }, newText: '  z 3\n' }]);
  });

  it('returns no edit for an already formatted range, and refuses broken text', () => {
    const r = formatRange(fmt(text), { start: 0, end: 3 });
    expect(r.ok && r.edits).toEqual([]);
    expect(formatRange('a {', { start: 0, end: 1 }).ok).toBe(false);
  });
});

describe('Prettier plugin', () => {
  it('reports syntax errors with a location', async () => {
    await expect(prettier.format('a {\n  b "x\n}\n', { parser: 'infog', plugins: [plugin] })).rejects.toThrow(/IG10/);
  });

  it('finds the parser from the file name', async () => {
    expect(await prettier.format('a   1\n', { filepath: 'x.infog', plugins: [plugin] })).toBe('a 1\n');
  });
});
