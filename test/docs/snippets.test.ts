import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// The README's contract extract must be real `.infog`: it parses and every keyword and value is in the
// vocabulary (completeness findings are expected in an extract; syntax and vocabulary errors are not).

function infogBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```infog\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe('documentation snippets', () => {
  const blocks = infogBlocks(readFileSync(join(REPO, 'README.md'), 'utf8'));

  it('the README has a contract extract', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('README block %i parses and binds', (_i, text) => {
    const { diagnostics } = checkSource({ path: 'readme.infog', text }, new MemoryHost({ 'readme.infog': text }));
    const language = diagnostics.filter((d) => /^IG[012]/.test(d.code)).map((d) => `${d.code} at ${d.range.start}`);
    expect(language).toEqual([]);
  });
});
