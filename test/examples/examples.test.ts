import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, LineIndex, renderMessage, sortDiagnostics, type Diagnostic } from '../../compiler/src/index.ts';
import { infog } from '../helpers/cli.ts';
import { expectGolden } from '../helpers/golden.ts';
import { MemoryHost, REPO } from '../helpers/host.ts';

// The shipped examples. `examples/*.infog` are complete contracts the documentation, the PDF and the
// SLA backends rely on: no error and no warning. `examples/incomplete/*.infog` are realistic drafts
// that show the checker at work: each pins its diagnostics in `<name>.expected`, one per line,
// `line:col severity CODE [rule] message` (English). Regenerate with `npm run update-golden` and
// review the diff line by line.

const EXAMPLES = join(REPO, 'examples');
const INCOMPLETE = join(EXAMPLES, 'incomplete');

const infogFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.infog')).sort();

/** The examples folder is one project: paths are relative to it, the stdlib is the real one. */
function loadProject(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of infogFiles(EXAMPLES)) files[f] = readFileSync(join(EXAMPLES, f), 'utf8');
  for (const f of infogFiles(INCOMPLETE)) files[`incomplete/${f}`] = readFileSync(join(INCOMPLETE, f), 'utf8');
  return files;
}

const project = loadProject();
const host = new MemoryHost(project);

function check(path: string): readonly Diagnostic[] {
  const text = project[path];
  if (text === undefined) throw new Error(`not in the project: ${path}`);
  return sortDiagnostics(checkSource({ path, text }, host).diagnostics);
}

/** `line:col severity CODE [rule] message`, prefixed with the file when it is not the draft itself. */
function describeDiagnostic(path: string, d: Diagnostic): string {
  const text = d.file === path ? project[path] : project[d.file];
  const where = text === undefined ? '?:?' : (() => {
    const p = new LineIndex(text).position(d.range.start);
    return `${p.line}:${p.column}`;
  })();
  const file = d.file === path ? '' : `${d.file}:`;
  const rule = d.rule === undefined ? '' : ` [${d.rule}]`;
  return `${file}${where} ${d.severity} ${d.code}${rule} ${renderMessage(d, 'en')}`;
}

describe('examples/*.infog: complete contracts', () => {
  const complete = infogFiles(EXAMPLES);

  it('ships the flagship, the three jurisdiction examples and the regulated financial client', () => {
    expect(complete).toEqual(expect.arrayContaining([
      'cabinet-dupont.infog',
      'geneve-atelier-rochat.infog',
      'namur-dentisterie.infog',
      'nantes-paiements.infog',
      'strasbourg-clinique.infog',
    ]));
  });

  for (const path of complete) {
    it(`${path} has no error and no warning`, () => {
      const found = check(path).filter((d) => d.severity === 'error' || d.severity === 'warning');
      expect(found.map((d) => describeDiagnostic(path, d))).toEqual([]);
    });
  }

  it('states its law, kind and profile facts as the documentation says', () => {
    const facts = (path: string): { law: string | undefined; kind: string | undefined } => {
      const { model } = checkSource({ path, text: project[path] ?? '' }, host);
      return { law: model.law, kind: model.kind };
    };
    expect(facts('geneve-atelier-rochat.infog')).toEqual({ law: 'CH', kind: 'infogerance' });
    expect(facts('namur-dentisterie.infog')).toEqual({ law: 'BE', kind: 'maintenance' });
    expect(facts('strasbourg-clinique.infog')).toEqual({ law: 'FR', kind: 'infogerance' });
    expect(facts('nantes-paiements.infog')).toEqual({ law: 'FR', kind: 'infogerance' });
  });
});

describe('examples/incomplete/*.infog: drafts with pinned diagnostics', () => {
  const drafts = infogFiles(INCOMPLETE);

  it('has drafts to show', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of drafts) {
    const path = `incomplete/${name}`;
    it(`${path} matches ${name.replace(/\.infog$/, '.expected')}`, () => {
      const ds = check(path);
      expect(ds.some((d) => d.severity === 'error'), 'a draft shows at least one error').toBe(true);
      const actual = ds.map((d) => `${describeDiagnostic(path, d)}\n`).join('');
      expectGolden(join(INCOMPLETE, name.replace(/\.infog$/, '.expected')), actual);
    });
  }
});

describe('infog check examples', () => {
  it('reports errors only under examples/incomplete/', () => {
    const run = infog(['check', 'examples', '--locale', 'en', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    const out = JSON.parse(run.stdout) as { diagnostics: { file: string; severity: string; code: string }[]; summary: { files: number; errors: number } };
    expect(out.summary.files).toBe(infogFiles(EXAMPLES).length + infogFiles(INCOMPLETE).length);
    expect(out.summary.errors).toBeGreaterThan(0);
    // Nothing outside the drafts, document findings included: every declared fact is printed (IG6011)
    // and every prose text has its translation (IG6012).
    const outside = out.diagnostics.filter((d) => !d.file.startsWith('examples/incomplete/') && d.severity !== 'info');
    expect(outside).toEqual([]);
    const draftsWithErrors = new Set(out.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    expect([...draftsWithErrors].sort()).toEqual(infogFiles(INCOMPLETE).map((f) => `examples/incomplete/${f}`));
  });
});
