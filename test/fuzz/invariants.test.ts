import type { IRecognitionException, IToken } from 'chevrotain';
import { describe, expect, it, vi } from 'vitest';
import { parse, renderMessage, type Diagnostic } from '../../compiler/src/index.ts';
import { minimise } from './fuzz.ts';
import { violations } from './invariants.ts';

// The fuzz invariants must see the defects the fuzzer exists to find. A build with defects injected
// (here, through mocks of the syntax stage: a parser that throws, a grammar that reports an error of
// its own, a diagnostic outside its text) makes each of them visible, and the product's last-resort
// paths (IG0099, IG1020) are exercised on the way.

vi.mock('../../compiler/src/syntax/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/src/syntax/index.ts')>();
  return {
    ...real,
    parseCst: (source: { path: string; text: string }) => {
      if (source.text.includes('BOOM')) throw new Error('injected parser defect');
      const result = real.parseCst(source);
      const at = source.text.indexOf('RANGE');
      if (at < 0) return result;
      const wrong: Diagnostic = { code: 'IG1001', severity: 'error', file: source.path, range: { start: at, end: source.text.length + 3 }, args: { char: 'R' } };
      return { ...result, diagnostics: [...result.diagnostics, wrong] };
    },
  };
});

vi.mock('../../compiler/src/syntax/parser.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/src/syntax/parser.ts')>();
  return {
    ...real,
    parseTokens: (tokens: IToken[]) => {
      const result = real.parseTokens(tokens);
      const token = tokens.find((t) => t.image === 'CHEVROTAIN');
      if (!token) return result;
      const injected = { name: 'NoViableAltException', message: 'injected grammar defect', token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } } as IRecognitionException;
      return { ...result, errors: [...result.errors, injected] };
    },
  };
});

const CONTRACT = (line: string): string => `contract "X" {\n  law FR\n  ${line}\n}\n`;

describe('the fuzz invariants on a build with injected defects', () => {
  it('count a parser crash caught at the last resort (IG0099) as a violation', () => {
    const text = CONTRACT('BOOM');
    const { file, diagnostics } = parse({ path: 'x.infog', text });
    // The product's last resort: a tree for the whole text and one located diagnostic, in both languages.
    expect(file.range).toEqual({ start: 0, end: text.length });
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([['IG0099', { start: 0, end: 0 }]]);
    expect(renderMessage(diagnostics[0]!, 'fr')).toContain('injected parser defect');
    expect(renderMessage(diagnostics[0]!, 'en')).toBe('Internal parser error ("injected parser defect"); the file could not be read. Please report this problem with the file attached.');
    expect(violations(text).map((v) => v.signature)).toContain('internal parse IG0099');
    expect(violations(CONTRACT('fine'))).toEqual([]);
  });

  it('count an error the total grammar should never report (IG1020) as a violation', () => {
    const text = CONTRACT('CHEVROTAIN');
    const { diagnostics } = parse({ path: 'x.infog', text });
    const d = diagnostics.find((x) => x.code === 'IG1020');
    expect(text.slice(d?.range.start, d?.range.end)).toBe('CHEVROTAIN');
    expect(renderMessage(d!, 'fr')).toBe('« CHEVROTAIN » est inattendu ici ; vérifiez l\'orthographe et la ponctuation de la ligne.');
    expect(violations(text).map((v) => v.signature)).toContain('internal parse IG1020');
  });

  it('count a range outside the text, and the minimiser shrinks it to the input that matters', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `  site s${i} { address "Rue ${i}" }`).join('\n');
    const text = `contract "X" {\n${filler}\n  RANGE\n${filler}\n}\n`;
    const found = violations(text);
    expect(found[0]?.signature).toBe('range parse IG1001');
    // The signature holds no offset or length, so a shorter input fails "the same way".
    expect(minimise(text, 'range parse IG1001')).toBe('RANGE');
  });
});
