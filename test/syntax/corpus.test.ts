import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, printAst } from '../../compiler/src/ast/index.ts';
import { decodeDiagnostics } from '../../compiler/src/syntax/index.ts';
import { decodeUtf8 } from '../../compiler/src/text/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { expectInvariants, formatDiagnostics } from './helpers.ts';

const here = import.meta.dirname;

function load(dir: string, name: string) {
  const path = join(here, dir, name);
  const decoded = decodeUtf8(readFileSync(path));
  const result = parse({ path: `${dir}/${name}`, text: decoded.text });
  const diagnostics = [...decodeDiagnostics(`${dir}/${name}`, decoded), ...result.diagnostics];
  return { path, text: decoded.text, result, diagnostics };
}

function corpus(dir: string): string[] {
  return readdirSync(join(here, dir)).filter((f) => f.endsWith('.infog')).sort();
}

describe('valid corpus', () => {
  it('has its files (8 valid, 11 broken today)', () => {
    expect(corpus('valid').length).toBeGreaterThanOrEqual(8);
    expect(corpus('broken').length).toBeGreaterThanOrEqual(11);
  });

  for (const name of corpus('valid')) {
    it(name, () => {
      const { path, text, result, diagnostics } = load('valid', name);
      expect(formatDiagnostics(text, diagnostics)).toBe('');
      expectInvariants(text, result);
      expectGolden(path.replace(/\.infog$/, '.ast'), printAst(result.file));
    });
  }
});

describe('broken corpus (recovery)', () => {
  for (const name of corpus('broken')) {
    it(name, () => {
      const { path, text, result, diagnostics } = load('broken', name);
      expect(diagnostics.length).toBeGreaterThan(0);
      expectInvariants(text, result);
      expectGolden(path.replace(/\.infog$/, '.ast'), printAst(result.file));
      expectGolden(path.replace(/\.infog$/, '.diag'), formatDiagnostics(text, diagnostics));
    });
  }
});
