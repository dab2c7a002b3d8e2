import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';

// `infog check` end to end (spec/cli.md): formats, locales, exit codes, directories.

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'infog-cli-'));
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const BROKEN = 'contract "X" {\n  law FR\n  referense "A"\n}\n';

describe('infog check', () => {
  it('exits 0 on the flagship example with a French summary by default', () => {
    const r = infog(['check', 'examples/cabinet-dupont.infog']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('1 fichier vérifié : 0 erreur');
    expect(r.status).toBe(0);
  });

  it('prints text diagnostics with a code frame and exits 1', () => {
    const dir = project({ 'c.infog': BROKEN });
    const r = infog(['check', 'c.infog', '--locale', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^c\.infog:3:3 error IG2001 Unknown keyword "referense" in block "contract"\. Did you mean "reference"\?$/m);
    expect(r.stdout).toContain('3 |   referense "A"\n  |   ^^^^^^^^^');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('prints related places as notes under the code frame', () => {
    const dir = project({ 'c.infog': 'contract "X" {\n  law FR\n  party provider ns { name "A" }\n  party client ns { name "B" }\n}\n' });
    const r = infog(['check', 'c.infog', '--locale', 'en'], { cwd: dir });
    expect(r.stdout).toMatch(/^c\.infog:4:16 error IG2102 .*\n4 \|.*\n *\| +\^\^\n  = First declared here \(c\.infog:3:18\)$/m);
  });

  it('emits the JSON shape of the spec, 1-based UTF-16 columns', () => {
    const dir = project({ 'c.infog': '// é€😀\ncontract "😀" {\n  law FR\n  😀 x\n}\n' });
    const r = infog(['check', 'c.infog', '--format', 'json', '--locale', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; severity: string; rule?: string; range: { start: { line: number; column: number } } }[]; summary: { files: number; errors: number } };
    expect(out.summary.files).toBe(1);
    expect(out.summary.errors).toBeGreaterThan(0);
    const ruleDiag = out.diagnostics.find((d) => d.code === 'IG3001');
    expect(ruleDiag?.rule).toBe('parties.identification');
    expect(out.diagnostics.every((d) => d.file === 'c.infog')).toBe(true);
    const syntax = out.diagnostics.filter((d) => d.code.startsWith('IG0') || d.code.startsWith('IG1'));
    for (const d of syntax) expect(d.rule).toBeUndefined();
  });

  it('keeps distinct diagnostics that share a code and a range (issue 17)', () => {
    const dir = project({ 'a.infog': 'contract "x" { law FR }\n', 'b.infog': 'contract "x" {\n  party provider a {\n  term {\n' });
    const r = infog(['check', 'a.infog', 'b.infog', '--format', 'json', '--locale', 'en'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    const of = (file: string, code: string): string[] => out.diagnostics.filter((d) => d.file === file && d.code === code).map((d) => d.message);
    // The missing provider and the missing client: one code, one range, two findings.
    expect(of('a.infog', 'IG3001')).toEqual([expect.stringContaining('a provider party'), expect.stringContaining('a client party')]);
    // Three unclosed blocks, all reported at the end of the file.
    expect(of('b.infog', 'IG1009')).toHaveLength(3);
    // The same module checked twice (named twice) still reports each of its diagnostics once.
    const twice = infog(['check', 'a.infog', './a.infog', '--format', 'json', '--locale', 'en'], { cwd: dir });
    const once = infog(['check', 'a.infog', '--format', 'json', '--locale', 'en'], { cwd: dir });
    expect((JSON.parse(twice.stdout) as typeof out).diagnostics).toEqual((JSON.parse(once.stdout) as typeof out).diagnostics);
  });

  it('says once that a UTF-16 file must be saved as UTF-8, LE or BE (issue 17)', () => {
    const text = readFileSync(join(REPO, 'examples', 'cabinet-dupont.infog'), 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
    const dir = project({});
    writeFileSync(join(dir, 'le.infog'), le);
    writeFileSync(join(dir, 'be.infog'), be);
    const r = infog(['check', 'le.infog', 'be.infog', '--format', 'json', '--locale', 'en'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    expect(out.diagnostics.map((d) => [d.file, d.code])).toEqual([['le.infog', 'IG0009'], ['be.infog', 'IG0009']]);
    expect(out.diagnostics[1]?.message).toContain('UTF-16 BE');
    expect(r.status).toBe(1);
    // The formatter does not rewrite it either.
    expect(infog(['fmt', '--check', 'le.infog', '--locale', 'en'], { cwd: dir }).stdout + infog(['fmt', '--check', 'le.infog', '--locale', 'en'], { cwd: dir }).stderr).toContain('IG0009');
  });

  it('emits SARIF 2.1.0 with rules and UTF-16 column kind', () => {
    const dir = project({ 'c.infog': BROKEN });
    const r = infog(['check', 'c.infog', '--format', 'sarif'], { cwd: dir });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as { version: string; runs: { columnKind: string; tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run?.columnKind).toBe('utf16CodeUnits');
    const unknown = run?.results.find((x) => x.ruleId === 'IG2001');
    expect(unknown?.level).toBe('error');
    expect(unknown?.locations[0]?.physicalLocation.region.startLine).toBe(3);
    expect(run?.tool.driver.rules.map((x) => x.id)).toContain('IG2001');
  });

  it('emits GitHub workflow commands, escaping properties', () => {
    const dir = project({ 'a,b.infog': BROKEN });
    const r = infog(['check', 'a,b.infog', '--format', 'github', '--locale', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=a%2Cb\.infog,line=3,col=3,endLine=3,endColumn=12,title=IG2001::Unknown keyword/m);
    expect(r.stdout).toMatch(/^::warning file=a%2Cb\.infog,.*title=IG3012 termination\.convenience::/m);
  });

  it('checks every .infog below a directory', () => {
    const dir = project({ 'a/one.infog': BROKEN, 'a/b/two.infog': BROKEN, 'a/node_modules/skip.infog': 'garbage', 'a/notes.txt': 'x' });
    const r = infog(['check', 'a', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { diagnostics: { file: string }[]; summary: { files: number } };
    expect(out.summary.files).toBe(2);
    expect([...new Set(out.diagnostics.map((d) => d.file))].sort()).toEqual(['a/b/two.infog', 'a/one.infog']);
  });

  it('exits 2 on usage and I/O problems, without a stack trace', () => {
    for (const args of [['check'], ['check', 'no-such-file.infog'], ['check', 'examples', '--format', 'xml'], ['check', 'examples', '--locale', 'de'], ['check', '--bogus', 'x'], ['frobnicate'], []]) {
      const r = infog(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
    }
  });

  it('accepts --locale fr|en and defaults to the environment language', () => {
    const dir = project({ 'c.infog': BROKEN });
    expect(infog(['check', 'c.infog'], { cwd: dir }).stdout).toContain('Mot-clé « referense » inconnu');
    expect(infog(['check', 'c.infog'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } }).stdout).toContain('Unknown keyword "referense"');
    expect(infog(['check', 'c.infog', '--locale', 'fr'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } }).stdout).toContain('Vouliez-vous dire « reference »');
  });

  it('never reads outside the project through an import', () => {
    const dir = project({ 'p/infog.json': '{}', 'p/c.infog': 'import "../secret"\ncontract "X" { law FR }\n', 'secret.infog': 'contract "S" {}' });
    const r = infog(['check', 'p/c.infog', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string }[] };
    expect(out.diagnostics.map((d) => d.code)).toContain('IG2104');
    expect(r.status).toBe(1);
  });
});

describe('infog rules and explain', () => {
  it('lists the rules from the registry, as JSON', () => {
    const r = infog(['rules', '--json']);
    expect(r.status).toBe(0);
    const rules = JSON.parse(r.stdout) as { rule: string; code: string; level: string; title: { fr: string; en: string } }[];
    expect(rules.find((x) => x.rule === 'parties.identification')).toEqual({
      rule: 'parties.identification', code: 'IG3001', level: 'required',
      title: { fr: 'Identification des parties', en: 'Identification of the parties' },
    });
    expect(new Set(rules.map((x) => x.code)).size).toBe(rules.length);
    expect(infog(['rules']).stdout).toMatch(/^IG3001 {2}parties\.identification/m);
  });

  it('explains a code or a rule id, in both languages', () => {
    const fr = infog(['explain', 'IG2001']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('Mot-clé inconnu');
    expect(fr.stdout).toContain('efective 2027-01-01');
    const en = infog(['explain', 'term.renewal', '--locale', 'en']);
    expect(en.stdout).toContain('IG3011 [term.renewal]');
    expect(en.stdout).toContain('C. civ. 1214');
  });

  it('exits 2 on an unknown code with a suggestion', () => {
    const r = infog(['explain', 'IG2O01', '--locale', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Did you mean .*"IG2001"/);
  });

  it('prints its version', () => {
    expect(infog(['--version']).stdout).toBe('0.1.0\n');
  });
});
