import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';
import { packPackages, run, type Tarball } from './pack.ts';

// The CI recipes, offline: action.yml is a well-formed composite action whose expressions name its
// own inputs and steps, and whose shell steps, run here as GitHub would run them (inputs as
// environment variables, `npm install -g` into a temporary prefix), install the packed CLI, annotate,
// write the SARIF report and fail on errors; every YAML block of docs/ci.md parses, and every `infog`
// command it shows runs. The GitLab Code Quality format is checked field by field.

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, unknown>;
}
interface Action {
  readonly name: string;
  readonly description: string;
  readonly inputs: Record<string, { description: string; default?: string }>;
  readonly outputs: Record<string, { description: string; value: string }>;
  readonly runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const ciDoc = readFileSync(join(REPO, 'docs', 'ci.md'), 'utf8');
let tmp = '';
let tarball: Tarball;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'infog-ci-'));
  tarball = packPackages(tmp).compiler;
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('action.yml', () => {
  it('is a composite action whose expressions name its own inputs and steps', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['cli-tarball', 'locale', 'path', 'sarif', 'upload-sarif']);
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).not.toBe('');
    const text = readFileSync(join(REPO, 'action.yml'), 'utf8');
    const inputsUsed = [...text.matchAll(/\binputs\.([a-z-]+)/g)].map((m) => m[1]);
    expect(inputsUsed.filter((i) => i === undefined || !(i in action.inputs))).toEqual([]);
    const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const m of text.matchAll(/steps\.([a-z-]+)\.outputs\.([a-z-]+)/g)) {
      expect(ids.has(m[1]), m[0]).toBe(true);
      expect(text).toContain(`echo "${m[2]}=`);
    }
    for (const step of action.runs.steps) {
      if (step.run !== undefined) {
        expect(step.shell, step.name).toBe('bash');
        // Inputs reach scripts through env, never pasted into the script (no injection).
        expect(step.run, step.name).not.toContain('${{');
      } else expect(step.uses, step.name).toMatch(/^(actions\/setup-node|github\/codeql-action\/upload-sarif)@v\d+$/);
    }
    // The tarball the action packs is the one `npm run pack` writes.
    const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['pack']).toContain('--pack-destination dist');
    expect(text).toContain('dist/infog-compiler-*.tgz');
    expect(tarball.file).toMatch(/infog-compiler-\d+\.\d+\.\d+\.tgz$/);
  });

  it('installs the packed CLI, annotates, writes SARIF and fails on errors, run as GitHub runs it', () => {
    const workspace = join(tmp, 'workspace');
    mkdirSync(join(workspace, 'contracts'), { recursive: true });
    cpSync(join(REPO, 'examples', 'geneve-atelier-rochat.infog'), join(workspace, 'contracts', 'geneve.infog'));
    const prefix = join(tmp, 'prefix');
    const output = join(tmp, 'github-output');
    writeFileSync(output, '');
    const env: Record<string, string> = {
      PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
      npm_config_prefix: prefix,
      GITHUB_OUTPUT: output,
    };
    const inputs = (path: string): Record<string, string> => ({ path, locale: 'en', 'cli-tarball': tarball.file, sarif: 'infog.sarif', 'upload-sarif': 'false' });
    /** A step's script with its `env`, expressions resolved as GitHub resolves them. */
    const runStep = (name: string, path: string) => {
      const step = action.runs.steps.find((s) => s.name === name);
      if (!step?.run) throw new Error(`no step ${name}`);
      const resolved = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([a-z-]+)\s*\}\}/g, (_, i: string) => inputs(path)[i] ?? '').replace(/\$\{\{\s*github\.action_path\s*\}\}/g, REPO)]));
      return run(tmp, 'bash', ['-c', step.run], workspace, { ...env, ...resolved });
    };

    const install = runStep('Install the infog CLI', 'contracts');
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout.trim().split('\n').at(-1)).toBe('0.1.0');

    const clean = runStep('Check the contracts', 'contracts');
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).not.toContain('::error');
    expect(readFileSync(output, 'utf8')).toContain('sarif=infog.sarif');

    writeFileSync(join(workspace, 'contracts', 'draft.infog'), readFileSync(join(REPO, 'examples', 'geneve-atelier-rochat.infog'), 'utf8').replace('reference "', 'referense "'));
    const failing = runStep('Check the contracts', 'contracts');
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=contracts\/draft\.infog,line=\d+,col=\d+,.*title=IG2001::Unknown keyword/m);
    const sarif = JSON.parse(readFileSync(join(workspace, 'infog.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('IG2001');

    // A usage problem (no such folder) is not "the contracts have errors": the step fails with 2.
    expect(runStep('Check the contracts', 'missing').status).toBe(2);
  }, 240_000);
});

describe('docs/ci.md', () => {
  const blocks = [...ciDoc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));

  it('has YAML that parses, for GitHub and GitLab, using the action’s real inputs', () => {
    const yamls = blocks.filter((b) => b.lang === 'yaml').map((b) => parseYaml(b.body) as Record<string, unknown>);
    expect(yamls.length).toBeGreaterThanOrEqual(3);
    const uses = blocks.filter((b) => b.lang === 'yaml').flatMap((b) => [...b.body.matchAll(/uses: infog\/infog@\S+\n\s+with:\n((?:\s{10}\S.*\n)+)/g)].map((m) => m[1] ?? ''));
    expect(uses).toHaveLength(1);
    for (const line of (uses[0] ?? '').trim().split('\n')) expect(Object.keys(action.inputs), line).toContain(line.trim().split(':')[0]);
    const gitlab = yamls.find((y) => 'contracts' in y) as { contracts: { artifacts: { reports: { codequality: string } }; script: string[] } } | undefined;
    expect(gitlab?.contracts.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(gitlab?.contracts.script.some((l) => l.includes('--format gitlab'))).toBe(true);
  });

  it('shows only `infog` commands the CLI runs', () => {
    const workspace = join(tmp, 'doc-commands');
    mkdirSync(join(workspace, 'contracts'), { recursive: true });
    cpSync(join(REPO, 'examples', 'namur-dentisterie.infog'), join(workspace, 'contracts', 'namur.infog'));
    const commands = blocks.filter((b) => b.lang === 'yaml').flatMap((b) => [...b.body.matchAll(/(?:run: |- )(infog [^\n|]*?)(?:\s*\|\|.*)?$/gm)].map((m) => (m[1] ?? '').trim()));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const command of commands) {
      const [, ...args] = command.replace(/\s*>\s*\S+$/, '').split(/\s+/);
      const r = infog(args, { cwd: workspace });
      expect([0, 1], `${command}: ${r.stderr}`).toContain(r.status);
    }
  }, 180_000);
});

describe('infog check --format gitlab', () => {
  it('writes a Code Quality report: one issue per finding, line-independent fingerprints', () => {
    const dir = join(tmp, 'gitlab');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(join(REPO, 'examples', 'namur-dentisterie.infog'), 'utf8').replace('reference "', 'referense "').replace('  hardship statutory\n', '');
    writeFileSync(join(dir, 'c.infog'), text);
    const r = infog(['check', '--format', 'gitlab', 'c.infog'], { cwd: dir });
    expect(r.status).toBe(1);
    const issues = JSON.parse(r.stdout) as { check_name: string; description: string; severity: string; fingerprint: string; location: { path: string; positions: { begin: { line: number } } } }[];
    const json = JSON.parse(infog(['check', '--format', 'json', 'c.infog'], { cwd: dir }).stdout) as { diagnostics: { code: string; severity: string; message: string }[] };
    expect(issues.map((i) => i.check_name.split(' ')[0])).toEqual(json.diagnostics.map((d) => d.code));
    expect(issues.map((i) => i.description)).toEqual(json.diagnostics.map((d) => d.message));
    expect(issues.map((i) => i.severity)).toEqual(json.diagnostics.map((d) => ({ error: 'major', warning: 'minor', info: 'info' })[d.severity]));
    expect(issues.every((i) => i.location.path === 'c.infog' && i.location.positions.begin.line > 0 && /^[0-9a-f]{32}$/.test(i.fingerprint))).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // Lines added above keep the fingerprints; the positions move.
    writeFileSync(join(dir, 'c.infog'), `// one\n// two\n${text}`);
    const moved = JSON.parse(infog(['check', '--format', 'gitlab', 'c.infog'], { cwd: dir }).stdout) as typeof issues;
    expect(moved.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    expect(moved[0]?.location.positions.begin.line).toBe((issues[0]?.location.positions.begin.line ?? 0) + 2);
    // No finding: an empty report (a module of presets has none).
    expect(infog(['check', '--format', 'gitlab', join(REPO, 'stdlib', 'hours', '5x10.infog')]).stdout).toBe('[]\n');
  }, 120_000);
});
