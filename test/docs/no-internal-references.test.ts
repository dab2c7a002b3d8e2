import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../compiler/src/cli/command-specs.ts';
import { HOLIDAY_SETS } from '../../compiler/src/calendar/index.ts';
import { allCodes } from '../../compiler/src/diagnostics/index.ts';
import { allStatements } from '../../compiler/src/schema/index.ts';
import { REPO } from '../helpers/host.ts';
import { renderSamples } from '../helpers/messages.ts';

// What users read — `infog explain`, hover, messages, `--help`, the generated and written docs —
// cites law, never the project's internal documents: no "Brief §3.4", no source tags such as [S000]
// or [P-GTI-GTR], and no "§" at all (French, Swiss and Belgian citations say "art." and "al.").

const INTERNAL = /\bbrief\b|§|\[S\d{3}\]|\[P-[A-Z]/i;

/** Every string reachable from `value` (objects, arrays), and what its message functions render. */
function texts(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => texts(v, seen));
}

function offending(where: string, all: readonly string[]): string[] {
  return all.filter((t) => INTERNAL.test(t)).map((t) => `${where}: ${t.slice(0, 160)}`);
}

describe('no internal reference in user-visible text', () => {
  it('holds for the catalogue: titles, messages, explanations, legal bases, examples', () => {
    const found = allCodes().flatMap((c) => offending(c.code, [
      ...texts({ title: c.title, doc: c.doc, rule: c.rule ?? '' }),
      ...renderSamples(c, 'fr'),
      ...renderSamples(c, 'en'),
    ]));
    expect(found).toEqual([]);
  });

  it('holds for the vocabulary shown on hover and in completion', () => {
    const found = allStatements().flatMap(({ path, spec }) => offending(path, texts({ doc: spec.doc, legalBasis: spec.legalBasis ?? '', example: spec.example, args: spec.args })));
    expect(found).toEqual([]);
  });

  it('holds for the holiday sets and the command-line help', () => {
    expect(offending('holiday sets', texts(HOLIDAY_SETS))).toEqual([]);
    expect(offending('commands', texts(COMMANDS))).toEqual([]);
  });

  it('holds for the README and every document under docs/', () => {
    const docs = readdirSync(join(REPO, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f));
    expect(docs).toContain(join('docs', 'rules.md'));
    const found = ['README.md', ...docs].flatMap((f) => offending(f, readFileSync(join(REPO, f), 'utf8').split('\n')));
    expect(found).toEqual([]);
  });
});
