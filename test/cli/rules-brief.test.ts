import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';

// `infog rules --json` must list every checklist element of the domain specification §2 at its base
// level, with its code IG3000 + position. The list is committed (checklist.json) so the test runs in
// every clone; where the specification itself is at hand (../shared, beside the repository), the
// committed list is also checked against it.

interface Element {
  readonly number: number;
  readonly rule: string;
  readonly level: string;
}

const CHECKLIST = (JSON.parse(readFileSync(join(import.meta.dirname, 'checklist.json'), 'utf8')) as { rules: Element[] }).rules;
const SPEC = join(REPO, '..', 'shared', 'domain', 'brief.md');

describe('infog rules against the checklist', () => {
  it('lists all 79 checklist elements at their base level and code', () => {
    expect(CHECKLIST).toHaveLength(79);
    expect(CHECKLIST.map((e) => e.number)).toEqual(Array.from({ length: 79 }, (_, i) => i + 1));
    const listed = JSON.parse(infog(['rules', '--json']).stdout) as { rule: string; code: string; level: string }[];
    const byRule = new Map(listed.map((r) => [r.rule, r]));
    const problems = CHECKLIST.flatMap((e) => {
      const r = byRule.get(e.rule);
      if (!r) return [`${e.rule}: missing`];
      const code = `IG${3000 + e.number}`;
      return [r.level !== e.level ? `${e.rule}: level ${r.level}, checklist says ${e.level}` : '', r.code !== code ? `${e.rule}: code ${r.code}, expected ${code}` : ''].filter(Boolean);
    });
    expect(problems).toEqual([]);
  });

  it.skipIf(!existsSync(SPEC))('the committed checklist is the specification’s (when ../shared is present)', () => {
    const text = readFileSync(SPEC, 'utf8');
    const fromSpec = [...text.matchAll(/^\*\*([a-z0-9.-]+)\*\* — (REQUIRED|RECOMMENDED|OPTIONAL)/gm)].map((m, i) => ({
      number: i + 1,
      rule: m[1] ?? '',
      level: (m[2] ?? '').toLowerCase(),
    }));
    expect(CHECKLIST).toEqual(fromSpec);
  });
});
