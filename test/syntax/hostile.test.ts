import { describe, expect, it } from 'vitest';
import { parse } from '../../compiler/src/ast/index.ts';
import type { ParseResult } from '../../compiler/src/ast/index.ts';
import { decodeDiagnostics, MAX_DIAGNOSTICS, MAX_FILE_CHARS, MAX_NESTING_DEPTH } from '../../compiler/src/syntax/index.ts';
import { decodeUtf8 } from '../../compiler/src/text/index.ts';
import { checkSource } from '../../compiler/src/model/index.ts';
import { expectInvariants } from './helpers.ts';

// Inputs an editor or a CI job will eventually feed the parser. None may throw, every range must stay in
// the text, and each must finish quickly (not asserted: the suite's timeout is the guard).

/** A small seeded PRNG (mulberry32) so the "random" inputs are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(text: string): ParseResult {
  const result = parse({ path: 'hostile.infog', text });
  expectInvariants(text, result);
  return result;
}

const codes = (r: ParseResult): string[] => r.diagnostics.map((d) => d.code);

describe('hostile inputs', () => {
  it('empty file', () => {
    const r = run('');
    expect(r.file.items).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('only blanks and separators', () => {
    expect(run(' \n\r\n\t;;\u00A0\u202F\n').diagnostics).toEqual([]);
  });

  it('binary garbage (seeded random bytes)', () => {
    const rand = prng(42);
    for (const size of [16, 1000, 200_000]) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = Math.floor(rand() * 256);
      const decoded = decodeUtf8(bytes);
      const r = run(decoded.text);
      expect(r.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
      for (const d of decodeDiagnostics('bin', decoded)) {
        expect(d.range.start).toBeGreaterThanOrEqual(0);
        expect(d.range.end).toBeLessThanOrEqual(decoded.text.length);
      }
    }
  });

  it('NUL bytes are one diagnostic per run and do not break the statement', () => {
    const r = run('name\0\0\0 "x"\nfee 10 EUR\0\n');
    expect(codes(r)).toEqual(['IG0007', 'IG0007']);
    expect(r.file.items).toHaveLength(2);
  });

  it('Latin-1 bytes are reported as invalid UTF-8', () => {
    const bytes = new Uint8Array(Buffer.from('name "Société Générale"\n', 'latin1'));
    const decoded = decodeUtf8(bytes);
    const diags = decodeDiagnostics('latin1.infog', decoded);
    expect(diags.map((d) => d.code)).toEqual(['IG0001', 'IG0001', 'IG0001', 'IG0001']);
    expect(diags[0]?.args).toEqual({ byteOffset: 10 });
    run(decoded.text);
  });

  it('a 3 MB single line', () => {
    const line = 'fee 1450.00 EUR per month excl_vat, '.repeat(85_000);
    expect(line.length).toBeGreaterThan(3_000_000);
    const r = run(`x ${line}`);
    expect(codes(r)).toEqual(['IG1013']); // the trailing comma
    run(`x "${'a'.repeat(3_000_000)}`); // unterminated, and over the literal limit
    run(`${'@'.repeat(3_000_000)}`);
    run(`${'a'.repeat(3_000_000)}`); // one huge name
  });

  it('20,000 nested braces, balanced and unbalanced', () => {
    const depth = 20_000;
    const balanced = run(`${'a {'.repeat(depth)}${'}'.repeat(depth)}\nafter 1`);
    expect(codes(balanced)).toEqual(['IG0003']);
    expect(balanced.file.items.map((i) => i.kind)).toEqual(['statement', 'statement']);
    const open = run('{'.repeat(depth));
    expect(codes(open).filter((c) => c === 'IG0003')).toHaveLength(1);
    const closing = run('}'.repeat(depth));
    expect(closing.diagnostics.length).toBe(MAX_DIAGNOSTICS + 1);
  });

  it('exactly the maximum nesting depth is accepted', () => {
    const r = run(`${'a {'.repeat(MAX_NESTING_DEPTH)}${'}'.repeat(MAX_NESTING_DEPTH)}`);
    expect(r.diagnostics).toEqual([]);
  });

  it('200,000 lines of valid statements', () => {
    const text = 'fee 1450.00 EUR per month excl_vat\n'.repeat(200_000);
    const r = run(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.file.items).toHaveLength(200_000);
  });

  it('bidirectional controls are reported in code, strings and comments', () => {
    const r = run('name "abc\u202Edef" // \u2066hidden\u2069\nx\u202Ay 1\n');
    expect(codes(r)).toEqual(['IG0006', 'IG0006', 'IG0006', 'IG0006']);
  });

  it('a file over the size limit is not lexed', () => {
    const r = run('a\n'.repeat(MAX_FILE_CHARS / 2 + 1));
    expect(codes(r)).toEqual(['IG0002']);
    expect(r.diagnostics[0]?.range).toEqual({ start: 0, end: 0 });
    expect(r.file.items).toEqual([]);
  });

  it('names and literals over their limits', () => {
    expect(codes(run(`${'n'.repeat(300)} 1`))).toEqual(['IG0004']);
    expect(codes(run(`x "${'s'.repeat(1_100_000)}"`))).toEqual(['IG0005']);
  });

  it('caps the diagnostics of one file', () => {
    const r = run('@ '.repeat(5000));
    expect(r.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(r.diagnostics[MAX_DIAGNOSTICS]?.code).toBe('IG0008');
    expect(r.diagnostics[MAX_DIAGNOSTICS]?.args).toEqual({ max: MAX_DIAGNOSTICS, hidden: 4800 });
  });

  it('lone surrogates and unusual whitespace', () => {
    run('name "\uD800" \uDC00 x\u2028y \uFEFF z\u3000');
    run('\uD83D\uDE00 emoji 1\n\u0301 combining');
  });
});

describe('one huge token (issue 17)', () => {
  // Below the 8 Mi file limit, one token of six million characters: regexps with a repeated group
  // overflowed V8's stack here ("Maximum call stack size exceeded", exit 3 in the CLI).
  const N = 6_000_000;
  const host = { readFile: () => undefined, today: () => '2026-11-23' };
  const SHAPES: Record<string, { text: string; codes: string[] }> = {
    string: { text: `x "${'a'.repeat(N)}"\n`, codes: ['IG0005'] },
    'string of escapes': { text: `x "${'\\n'.repeat(N / 2)}"\n`, codes: ['IG0005'] },
    'unterminated string': { text: `x "${'a'.repeat(N)}\n`, codes: ['IG1003', 'IG0005'] },
    'text block': { text: `x """${'a'.repeat(N)}"""\n`, codes: ['IG0005'] },
    'unclosed text block': { text: `x """${'a'.repeat(N)}`, codes: ['IG1005', 'IG0005'] },
    'block comment': { text: `/*${'a'.repeat(N)}*/\nx 1\n`, codes: [] },
    'unclosed block comment': { text: `x 1\n/*${'a'.repeat(N)}`, codes: ['IG1002'] },
    'line comment': { text: `//${'a'.repeat(N)}\nx 1\n`, codes: [] },
    'run of line breaks': { text: `x 1${'\n'.repeat(N)}y 2\n`, codes: [] },
    'run of blank lines': { text: `x 1${'\n \t\n'.repeat(N / 4)}y 2\n`, codes: [] },
  };
  for (const [name, { text, codes: expected }] of Object.entries(SHAPES)) {
    it(`${name}: parsed and checked, never an internal error`, () => {
      expect(codes(run(text)).filter((c) => c.startsWith('IG0') || c.startsWith('IG1'))).toEqual(expected);
      const checked = checkSource({ path: 'hostile.infog', text }, host);
      expect(checked.diagnostics.map((d) => d.code)).not.toContain('IG0099');
    });
  }
});
