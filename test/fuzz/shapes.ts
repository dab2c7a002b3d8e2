import { checkSource } from '../../compiler/src/index.ts';
import { buildDocument } from '../../compiler/src/backends/document/index.ts';
import { toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import { findLongWord } from '../../compiler/src/text/index.ts';
import { MemoryHost } from '../helpers/host.ts';
import type { Random } from './random.ts';

// The two blow-up shapes of issue 17, for the fuzzer and its fixed-seed slice in `npm test`:
//  - one huge token (string, text block, comment, run of line breaks, name, number…) of a few million
//    characters, which once overflowed V8's regexp stack;
//  - one long word in a contract's text, taken through compile up to what the layout receives, which
//    once made the PDF take minutes and gigabytes.

const SHAPES: readonly ((n: number) => string)[] = [
  (n) => `x "${'a'.repeat(n)}"\n`,
  (n) => `x "${'a'.repeat(n)}\n`,
  (n) => `x """${'ab\n'.repeat(n / 3)}"""\n`,
  (n) => `x """${'a'.repeat(n)}`,
  (n) => `/*${'*'.repeat(n)}*/\nx 1\n`,
  (n) => `x 1\n/*${'a'.repeat(n)}`,
  (n) => `// ${'a'.repeat(n)}\nx 1\n`,
  (n) => `x 1${'\n'.repeat(n)}y 2\n`,
  (n) => `x 1${'\r\n \t'.repeat(n / 4)}\ny 2\n`,
  (n) => `${'n'.repeat(n)} 1\n`,
  (n) => `x ${'1'.repeat(n)}.5%\n`,
  (n) => `x "${'\\n'.repeat(n / 2)}"\n`,
  (n) => `x "pwd ${'aB3$'.repeat(n / 4)}"\n`,
];

/** A contract (or a fragment) made of one token of one to three million characters. */
export function hugeToken(r: Random): string {
  const n = 1_000_000 + r.int(2_000_000);
  const token = r.pick(SHAPES)(n - (n % 12));
  return r.chance(0.5) ? `contract "X" {\n  law FR\n}\n${token}` : token;
}

/** The flagship with one word of 300 to 300,000 characters put into one of its strings. */
export function longWordContract(r: Random, flagship: string): string {
  const quotes = [...flagship.matchAll(/"[^"\n]{3,}"/gu)];
  const at = r.pick(quotes);
  const inside = (at.index ?? 0) + 1 + r.int(at[0].length - 2);
  const word = r.pick(['x', 'é', '😀', '9', 'ab-']).repeat(Math.ceil((300 + r.int(300_000)) / 2));
  return flagship.slice(0, inside) + word + flagship.slice(inside);
}

/**
 * A long word taken through compile: the checker refuses it (IG2013) and a draft document definition
 * — what the layout receives — holds no word over the limit, within a time budget.
 */
export function longWordViolations(text: string): string[] {
  const out: string[] = [];
  const t0 = performance.now();
  try {
    const host = new MemoryHost({ 'c.infog': text });
    const checked = checkSource({ path: 'c.infog', text }, host);
    if (!checked.diagnostics.some((d) => d.code === 'IG2013')) out.push('long word not reported (IG2013)');
    const { document } = buildDocument(checked.model, { lang: 'fr', draft: true, host });
    const definition = document ? toDefinition(document) : {};
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(definition);
    // What the layout's text runs receive (runNodes); furniture such as the header gets the same treatment.
    const long = strings.map((x) => findLongWord(x)).find((x) => x !== undefined);
    if (long) out.push(`the document definition holds a word of ${long.length} characters`);
  } catch (e) {
    out.push(`threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ms = performance.now() - t0;
  if (ms > 20_000) out.push(`slow: ${ms.toFixed(0)} ms`);
  return out;
}
