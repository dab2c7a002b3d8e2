import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';

// `infog rules --json` must list every checklist element of the domain brief §2 (read from the
// brief itself, in ../shared) with the brief's base level and its code IG3000 + position.

const BRIEF = join(REPO, '..', 'shared', 'domain', 'brief.md');

function briefRules(): { rule: string; level: string; number: number }[] {
  const text = readFileSync(BRIEF, 'utf8');
  return [...text.matchAll(/^\*\*([a-z0-9.-]+)\*\* — (REQUIRED|RECOMMENDED|OPTIONAL)/gm)].map((m, i) => ({
    rule: m[1] ?? '',
    level: (m[2] ?? '').toLowerCase(),
    number: i + 1,
  }));
}

describe.runIf(existsSync(BRIEF))('infog rules against the domain brief', () => {
  it('lists all 79 checklist elements at their base level', () => {
    const expected = briefRules();
    expect(expected).toHaveLength(79);
    const listed = JSON.parse(infog(['rules', '--json']).stdout) as { rule: string; code: string; level: string }[];
    const byRule = new Map(listed.map((r) => [r.rule, r]));
    const problems = expected.flatMap((e) => {
      const r = byRule.get(e.rule);
      if (!r) return [`${e.rule}: missing`];
      const code = `IG${3000 + e.number}`;
      return [r.level !== e.level ? `${e.rule}: level ${r.level}, brief says ${e.level}` : '', r.code !== code ? `${e.rule}: code ${r.code}, expected ${code}` : ''].filter(Boolean);
    });
    expect(problems).toEqual([]);
  });
});
