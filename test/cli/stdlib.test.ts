import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';

// The standard library is checked like any project: every module (presets, clauses, indexes) is clean.
describe('infog check stdlib', () => {
  it('reports nothing', () => {
    const r = infog(['check', 'stdlib', '--format', 'json']);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
    expect(r.status).toBe(0);
  });
});
