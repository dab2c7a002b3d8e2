import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, parse, type Diagnostic, type Statement } from '../../compiler/src/index.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// Issue 17, completeness holes: a REQUIRED element removed from a clean example (or denied while the
// rest of the contract relies on it) must give an error. Each case removes or changes one statement
// of the real examples, which check clean as they are.

const EXAMPLES = ['cabinet-dupont', 'geneve-atelier-rochat', 'namur-dentisterie', 'nantes-paiements', 'strasbourg-clinique'];
const read = (name: string): string => readFileSync(join(REPO, 'examples', `${name}.infog`), 'utf8');
const errors = (text: string): Diagnostic[] =>
  checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics.filter((d) => d.severity === 'error');

/** The statement at a path of keywords from the contract (`['support', 'onsite']`), or undefined. */
function find(text: string, path: readonly string[]): Statement | undefined {
  let list: readonly Statement[] = parse({ path: 'c.infog', text }).file.items.filter((i): i is Statement => i.kind === 'statement');
  let found: Statement | undefined = list.find((s) => s.keyword.text === 'contract');
  for (const keyword of path) {
    list = found?.block?.statements ?? [];
    found = list.find((s) => s.keyword.text === keyword);
  }
  return found;
}

/** The text without the statement at `path` (its whole lines). */
function without(text: string, path: readonly string[]): string {
  const s = find(text, path);
  if (!s) throw new Error(`no ${path.join(' ')}`);
  const start = text.lastIndexOf('\n', s.range.start) + 1;
  const end = text.indexOf('\n', s.range.end);
  return text.slice(0, start) + text.slice(end + 1);
}

const errorsOf = (ds: readonly Diagnostic[], codeOrRule: string): Diagnostic[] => ds.filter((d) => d.code === codeOrRule || d.rule === codeOrRule);

describe('the examples check clean', () => {
  for (const name of EXAMPLES) it(name, () => expect(errors(read(name))).toEqual([]));
});

describe('a REQUIRED element removed gives an error', () => {
  for (const name of EXAMPLES) {
    const text = read(name);
    const cases: [string, readonly string[], string, string?][] = [
      ['support { onsite } while on-site support is still sold', ['support', 'onsite'], 'IG4121'],
      ['sla { onsite_zone }', ['sla', 'onsite_zone'], 'sla.onsite-delay', 'sla.onsite_zone'],
      ['term { renewal }', ['term', 'renewal'], 'term.renewal', 'term.renewal'],
      ['kind', ['kind'], 'IG4122'],
      ['personal_data { instructions { legal_requirement } } (GDPR art. 28(3)(a))', ['personal_data', 'instructions', 'legal_requirement'], 'data.gdpr-dpa', 'personal_data.instructions.legal_requirement'],
      ['personal_data { audits { by } } (GDPR art. 28(3)(h))', ['personal_data', 'audits', 'by'], 'data.gdpr-dpa', 'personal_data.audits.by'],
    ];
    // Art. 28 GDPR governs the French and Belgian contracts; the Swiss one is under the LPD.
    const gdpr = !text.includes('  law CH\n');
    for (const [what, path, code, fact] of cases) {
      it.skipIf(!find(text, path) || (code === 'data.gdpr-dpa' && !gdpr))(`${name}: ${what}`, () => {
        const found = errorsOf(errors(without(text, path)), code);
        expect(found.length, `${path.join(' ')} removed`).toBeGreaterThan(0);
        if (fact) expect(found.flatMap((d) => d.args['missing'] ?? [])).toContain(fact);
      });
    }
  }
});

describe('a statement that contradicts the rest of the contract is an error', () => {
  const flagship = read('cabinet-dupont');

  it('processing no, while the provider maintains mailboxes and backups (IG4119)', () => {
    const ds = errorsOf(errors(flagship.replace('    processing yes\n', '    processing no\n')), 'IG4119');
    expect(ds.map((d) => d.args['because'])).toEqual([['services { remote_access }', 'services { backup }', 'object { services … }']]);
  });

  it('a convenience notice longer than the whole initial term (IG4120)', () => {
    const text = flagship.replace('      notice 6 months\n      form registered_letter\n      fees', '      notice 48 months\n      form registered_letter\n      fees');
    expect(errorsOf(errors(text), 'IG4120').map((d) => d.args)).toEqual([expect.objectContaining({ notice: '48 month', initial: '36 month' })]);
  });

  it('a file that lost its contract block but keeps its stdlib imports (IG2012)', () => {
    const text = 'import "std/sla/tiers"\nimport "std/hours/5x10"\n';
    expect(errors(text).map((d) => d.code)).toEqual(['IG2012']);
    // An index of project modules is a valid file on its own.
    const index = 'import "./a"\n';
    expect(checkSource({ path: 'i.infog', text: index }, new MemoryHost({ 'i.infog': index, 'a.infog': 'preset hours h { timezone "Europe/Paris" }\n' })).diagnostics.filter((d) => d.code === 'IG2012')).toEqual([]);
  });
});
