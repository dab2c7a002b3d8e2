import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';

// `infog check <dir>` over many files: worker threads give the same report as one thread, in the same
// order, and the throughput line goes to stderr.

describe('batch check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infog-batch-'));
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  mkdirSync(join(dir, 'contracts'));
  for (let i = 0; i < 40; i++) {
    writeFileSync(join(dir, 'contracts', `c${String(i).padStart(2, '0')}.infog`), `contract "C${i}" {\n  law ${i % 3 === 0 ? 'XX' : 'FR'}\n  referense "R${i}"\n}\n`);
  }

  it('gives identical output with 1 and 2 workers, and reports throughput', () => {
    const one = infog(['check', 'contracts', '--format', 'json', '--jobs', '1', '--locale', 'en'], { cwd: dir });
    const two = infog(['check', 'contracts', '--format', 'json', '--jobs', '2', '--locale', 'en'], { cwd: dir });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).summary.files).toBe(40);
    expect(two.stderr).toMatch(/^40 files in [\d.]+ s \(\d+ files\/s, 2 workers\)$/m);
    expect(one.stderr).toMatch(/1 worker\)/);
  });

  it('rejects a bad --jobs value', () => {
    expect(infog(['check', 'contracts', '--jobs', '0'], { cwd: dir }).status).toBe(2);
  });
});
