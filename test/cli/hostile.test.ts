import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';

// Hostile inputs through the real binary: each yields diagnostics with ranges and exit status 1,
// within seconds, never a stack trace (spec/cli.md, issue "Foundation").

const dir = mkdtempSync(join(tmpdir(), 'infog-hostile-'));
writeFileSync(join(dir, 'infog.json'), '{}\n');

function seeded(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
}

const CASES: Record<string, string | Uint8Array> = {
  'empty.infog': '',
  'binary.infog': seeded(200_000, 42),
  'nul.infog': 'contract "X" {\n  law FR\0\0\0\n}\n',
  'latin1.infog': Buffer.from('contract "Soci\xe9t\xe9 g\xe9n\xe9rale" {\n  law FR\n}\n', 'latin1'),
  'long-line.infog': `contract "X" { reference "${'a'.repeat(3 * 1024 * 1024)}" }\n`,
  'long-name.infog': `${'n'.repeat(3 * 1024 * 1024)}\n`,
  'nested.infog': `contract "X" ${'{'.repeat(20_000)}${'}'.repeat(20_000)}\n`,
  'many-lines.infog': `contract "X" {\n${'  reference "R"\n'.repeat(200_000)}}\n`,
  'bidi.infog': 'contract "X" {\n  reference "abc\u202edcba"\n  law FR // \u2066 hidden \u2069\n}\n',
  'climb.infog': 'import "../../../../../../etc/passwd"\ncontract "X" { law FR }\n',
  'truncated.infog': 'contract "X" {\n  party provider ns {\n    name "Net',
  // Issue 17: one token of six million characters (under the 8 Mi file limit) was an internal error.
  'huge-string.infog': `contract "X" {\n  reference "${'a'.repeat(6_000_000)}"\n}\n`,
  'huge-comment.infog': `// ${'a'.repeat(6_000_000)}\ncontract "X" { law FR }\n`,
  'huge-blank-lines.infog': `contract "X" {${'\n'.repeat(6_000_000)}}\n`,
};

describe('hostile inputs through infog check', () => {
  for (const [name, content] of Object.entries(CASES)) {
    it(name, () => {
      writeFileSync(join(dir, name), content);
      const t0 = Date.now();
      const r = infog(['check', name, '--format', 'json', '--locale', 'en'], { cwd: dir });
      const elapsed = Date.now() - t0;
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const out = JSON.parse(r.stdout) as { diagnostics: { range: { start: { line: number; column: number }; end: { line: number; column: number } } }[] };
      expect(out.diagnostics.length).toBeGreaterThan(0);
      expect(r.stdout).not.toContain('IG0099'); // an internal error of the parser is never an answer
      for (const d of out.diagnostics) {
        expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        expect(d.range.start.column).toBeGreaterThanOrEqual(1);
        expect(d.range.end.line * 1e9 + d.range.end.column).toBeGreaterThanOrEqual(d.range.start.line * 1e9 + d.range.start.column);
      }
      // Generous bound for a loaded CI machine; typical runs take well under a second.
      expect(elapsed).toBeLessThan(20_000);
    });
  }
});
