import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, optionLabel } from '../../compiler/src/cli/command-specs.ts';
import { compileOutputs } from '../../compiler/src/cli/main.ts';
import { UsageError } from '../../compiler/src/cli/files.ts';
import { main } from '../../compiler/src/cli/main.ts';
import { infog, type Run } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';
import { foreignWords } from '../helpers/language.ts';

// The command line as a user meets it: `--help` for the tool and every command (exit 0, in the
// user's language), and every misuse — unknown option, missing value, value given to a flag, option
// given twice, argument in excess — answered in that language with the command's usage (exit 2),
// never with Node's English parser message.

const FLAGSHIP = join(REPO, 'examples', 'cabinet-dupont.infog');
/** Words of the CLI itself, not English: `--format` values and the default output folder. */
const CLI_WORDS = new Set(['text', 'json', 'sarif', 'github', 'out', 'all', 'help']);

/** The CLI in this process (no start-up cost), as `infog` would run with this environment. */
async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    isTty: false,
    stderrIsTty: false,
    env: { LANG: 'C', ...env },
  });
  return { status, stdout, stderr };
}
const NODE_PARSER = /Unknown option|argument missing|To specify a positional|ERR_PARSE_ARGS|Unexpected argument/;

/** Every message line of a usage error: quotes balanced, no Node wording, one language. */
function expectLocalised(text: string, locale: 'fr' | 'en'): void {
  expect(text).not.toMatch(NODE_PARSER);
  expect((text.match(/'/g) ?? []).length % 2, text).toBe(0);
  expect(foreignWords(text, locale, CLI_WORDS), text).toEqual([]);
}

describe('infog --help', () => {
  it('prints the general help on stdout with exit 0, in French by default and in English on request', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const fr = await cli(args);
      expect(fr.status, args.join(' ')).toBe(0);
      expect(fr.stdout).toContain('Usage : infog <commande> [options]');
      for (const c of COMMANDS) expect(fr.stdout).toMatch(new RegExp(`^  ${c.name} +\\S`, 'm'));
      expectLocalised(fr.stdout, 'fr');
    }
    const en = await cli(['--help', '--locale', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Usage: infog <command> [options]');
    expectLocalised(en.stdout, 'en');
    expect((await cli(['--help'], { LANG: 'en_US.UTF-8' })).stdout).toContain('Usage: infog <command>');
  });

  it('follows LC_ALL over LANG, and skips variables set to the empty string', async () => {
    expect((await cli(['--help'], { LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8' })).stdout).toContain('Commands:');
    expect((await cli(['--help'], { LANG: 'en_GB.UTF-8', LC_ALL: '' })).stdout).toContain('Commands:');
    expect((await cli(['--help'], { LANG: 'en_GB.UTF-8', LC_MESSAGES: 'fr_CH.UTF-8' })).stdout).toContain('Commandes :');
  });

  for (const c of COMMANDS) {
    it(`documents every option of ${c.name}, with exit 0, in both languages`, async () => {
      for (const [args, locale] of [[[c.name, '--help'], 'fr'], [[c.name, '-h', '--locale', 'en'], 'en'], [['help', c.name], 'fr']] as const) {
        const r = await cli([...args]);
        expect(r.status, args.join(' ')).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain(`infog ${c.name} ${c.synopsis[locale]}`);
        for (const [name, o] of Object.entries(c.options)) expect(r.stdout).toContain(optionLabel(name, o, locale === 'fr'));
        expectLocalised(r.stdout, locale);
      }
    });
  }

  it('is what the installed binary prints', () => {
    const help = infog(['check', '--help', '--locale', 'en']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: infog check <file|dir>… [options]');
    const bad = infog(['check', 'x', '--frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('infog: check : option inconnue --frobnicate.\nUsage : infog check <fichier|dossier>… [options]\nAide : infog check --help\n');
  });

  it('answers a bare infog with the help on stderr and exit 2', async () => {
    const r = await cli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage : infog <commande>');
  });
});

describe('infog usage errors', () => {
  for (const c of COMMANDS) {
    it(`refuses an unknown option of ${c.name} in the user's language, with the usage`, async () => {
      const fr = await cli([c.name, 'x', '--frobnicate']);
      expect(fr.status).toBe(2);
      expect(fr.stderr).toContain(`infog: ${c.name} : option inconnue --frobnicate.`);
      expect(fr.stderr).toContain(`Usage : infog ${c.name} ${c.synopsis.fr}`);
      expect(fr.stderr).toContain(`Aide : infog ${c.name} --help`);
      expectLocalised(fr.stderr, 'fr');
      const en = await cli([c.name, 'x', '--frobnicate', '--locale', 'en']);
      expect(en.status).toBe(2);
      expect(en.stderr).toContain(`infog: ${c.name}: unknown option --frobnicate.`);
      expect(en.stderr).toContain(`Usage: infog ${c.name} ${c.synopsis.en}`);
      expectLocalised(en.stderr, 'en');
    });

    const strings = Object.entries(c.options).filter(([, o]) => o.type === 'string');
    it(`asks for the value of each string option of ${c.name}`, async () => {
      for (const [name, o] of strings) {
        const r = await cli([c.name, 'x', `--${name}`]);
        expect(r.status, name).toBe(2);
        expect(r.stderr, name).toContain(`--${name} attend une valeur : ${optionLabel(name, o, true)}.`);
        expect(r.stderr).toContain(`Usage : infog ${c.name}`);
        expectLocalised(r.stderr, 'fr');
        const followed = await cli([c.name, 'x', `--${name}`, '--help', '--locale', 'en']);
        expect(followed.status, name).toBe(2);
        expect(followed.stderr, name).toContain(`--${name} needs a value, not the option --help`);
        expectLocalised(followed.stderr, 'en');
      }
    });
  }

  it('refuses a value given to a flag, a string option given twice and an option of another command', async () => {
    const flag = await cli(['compile', FLAGSHIP, '--pdf=yes', '--locale', 'en']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('compile: --pdf takes no value (--pdf=yes).');
    const twice = await cli(['check', FLAGSHIP, '--format', 'json', '--format=sarif']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('l’option --format est donnée deux fois (json, sarif)');
    const other = await cli(['check', FLAGSHIP, '--pdf']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('check : option inconnue --pdf (c’est une option de compile).');
    const typo = await cli(['check', FLAGSHIP, '--fromat', 'json', '--locale', 'en']);
    expect(typo.stderr).toContain('unknown option --fromat. Did you mean "--format"?');
  });

  it('refuses arguments in excess instead of ignoring them', async () => {
    for (const [args, extra] of [[['rules', 'foo'], 'foo'], [['explain', 'IG2001', 'IG2002'], 'IG2002'], [['sla', 'due', FLAGSHIP, 'more'], 'more']] as const) {
      const r = await cli([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`argument en trop : ${extra}.`);
    }
  });

  it('says which command is unknown, with a suggestion and the command list', async () => {
    const r = await cli(['chek', '--locale', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command: chek. Did you mean "check"?');
    expect(r.stderr).toContain('Commands:');
  });
});

describe('infog compile: no flag silently ignored', () => {
  const combos = [...Array(64).keys()].map((n) => ({
    pdf: (n & 1) !== 0, sla: (n & 2) !== 0, exports: (n & 4) !== 0 ? 'zammad' : undefined, lang: (n & 8) !== 0 ? 'fr,en' : undefined, draft: (n & 16) !== 0, report: (n & 32) !== 0,
  }));

  it('writes every output asked for, or refuses the combination with the reason', () => {
    for (const f of combos) {
      let outputs: ReturnType<typeof compileOutputs> | undefined;
      try {
        outputs = compileOutputs(f, 'en');
      } catch (e) {
        expect(e, JSON.stringify(f)).toBeInstanceOf(UsageError);
        expect(f.draft && (f.sla || f.exports !== undefined), JSON.stringify(f)).toBe(true);
        expect((e as Error).message).toMatch(/--draft writes a draft PDF only: it does not combine with (--sla|--export)/);
        continue;
      }
      const asked = f.pdf || f.sla || f.exports !== undefined || f.lang !== undefined || f.draft || f.report;
      if (f.pdf || f.lang !== undefined || f.draft) expect(outputs.pdf, JSON.stringify(f)).toBe(true);
      if (f.sla) expect(outputs.sla, JSON.stringify(f)).toBe(true);
      if (f.exports !== undefined) expect(outputs.exports, JSON.stringify(f)).toBe('zammad');
      if (!asked) expect(outputs).toEqual({ pdf: true, docx: false, html: false, md: false, sla: true, exports: undefined, report: false });
      // The compliance note is one more output: asked for, it is written; alone, it is all that is written.
      expect(outputs.report, JSON.stringify(f)).toBe(f.report);
      if (f.report && !(f.pdf || f.lang !== undefined || f.draft)) expect(outputs.pdf, JSON.stringify(f)).toBe(false);
      // Nothing beyond what was asked (a request is exact once any output flag is given).
      if (asked && !f.sla) expect(outputs.sla, JSON.stringify(f)).toBe(false);
    }
  });

  it('writes the PDF in the language asked and the export for --lang en --export zammad', () => {
    const out = mkdtempSync(join(tmpdir(), 'infog-flags-'));
    const r = infog(['compile', FLAGSHIP, '-o', out, '--lang', 'en', '--export', 'zammad']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.pdf', 'cabinet-dupont.zammad.json']);
  });

  it('refuses --draft with --sla or --export, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'infog-flags-'));
    for (const extra of [['--sla'], ['--export', 'all']]) {
      const r = infog(['compile', FLAGSHIP, '-o', out, '--draft', ...extra]);
      expect(r.status, extra.join(' ')).toBe(2);
      expect(r.stderr).toContain('--draft écrit seulement un projet de PDF');
      expect(r.stderr).toContain('Usage : infog compile');
    }
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('npm run infog', () => {
  it('resolves paths from the folder the user runs it in (INIT_CWD)', () => {
    const r = spawnSync('npm', ['run', '-s', 'infog', '--', 'check', 'cabinet-dupont.infog'], {
      cwd: join(REPO, 'examples'),
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir(), LANG: 'C' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).not.toContain('introuvable');
    expect(r.stdout).toContain('1 fichier vérifié : 0 erreur');
    expect(r.status).toBe(0);
  });
});
