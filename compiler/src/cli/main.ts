import { parseArgs } from 'node:util';
import type { Locale } from '../diagnostics/index.ts';
import { defaultJobs, progressBar } from './batch.ts';
import { runCheck, type CheckFormat } from './commands/check.ts';
import { explain } from './commands/explain.ts';
import { renderRules } from './commands/rules.ts';
import { UsageError } from './files.ts';
import { printable, printableLines } from './render/printable.ts';

// Only `check`, `rules` and `explain` are loaded up front: the other commands (and zod, the formatter,
// the PDF and export backends behind them) load when asked for, so `infog check` starts fast.

// The `infog` command line (spec/cli.md). Exit status: 0 success, 1 the input has errors, 2 usage
// or I/O problem, 3 internal bug — never a stack trace for bad input.

export const VERSION = '0.1.0';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly isTty: boolean;
  /** Progress bars go to stderr, and only to a terminal outside CI. */
  readonly stderrIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const USAGE = {
  fr: `Usage : infog <commande> [options]

  check <fichier|dossier>… [--format text|json|sarif|github] [--locale fr|en] [--jobs N]
  compile <fichier|dossier>… [-o <dossier>] [--pdf] [--sla] [--export <outils|all>] [--lang fr|en|fr,en] [--draft] [--jobs N]
  fmt [--check|--write] <fichier|dossier>…
  rules [--json]
  sla due <contrat.infog|fichier.sla.json> --priority <id> --metric <métrique> --opened <instant> [--json]
  explain <CODE|règle>
  --version, --help`,
  en: `Usage: infog <command> [options]

  check <file|dir>… [--format text|json|sarif|github] [--locale fr|en] [--jobs N]
  compile <file|dir>… [-o <dir>] [--pdf] [--sla] [--export <vendors|all>] [--lang fr|en|fr,en] [--draft] [--jobs N]
  fmt [--check|--write] <file|dir>…
  rules [--json]
  sla due <contract.infog|file.sla.json> --priority <id> --metric <metric> --opened <instant> [--json]
  explain <CODE|rule>
  --version, --help`,
};

export function defaultLocale(env: Io['env']): Locale {
  const lang = env['INFOG_LOCALE'] ?? env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG'] ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function parseLocale(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  if (value === 'fr' || value === 'en') return value;
  throw new UsageError(`--locale: fr | en (${value})`);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const fallback = defaultLocale(io.env);
  try {
    return await dispatch(argv, io, fallback);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`infog: ${printableLines(e.message)}\n`);
      return 2;
    }
    const detail = printable(e instanceof Error ? e.message : String(e));
    io.stderr(fallback === 'fr'
      ? `infog : erreur interne (${detail.slice(0, 200)}). C'est un bogue d'infog : merci de le signaler avec le fichier en cause.\n`
      : `infog: internal error (${detail.slice(0, 200)}). This is a bug in infog: please report it with the input file.\n`);
    if (io.env['INFOG_DEBUG'] && e instanceof Error) io.stderr(`${e.stack ?? ''}\n`);
    return 3;
  }
}

async function dispatch(argv: readonly string[], io: Io, fallback: Locale): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE[fallback]}\n`);
    return command === undefined ? 2 : 0;
  }
  const parsed = parse(rest);
  const locale = parseLocale(parsed.values.locale, fallback);
  switch (command) {
    case 'check': {
      const format = parsed.values.format ?? 'text';
      if (!['text', 'json', 'sarif', 'github'].includes(format)) throw new UsageError(`--format: text | json | sarif | github (${format})`);
      if (parsed.positionals.length === 0) throw new UsageError(locale === 'fr' ? 'check : indiquez au moins un fichier ou dossier' : 'check: name at least one file or directory');
      const colour = io.isTty && io.env['NO_COLOR'] === undefined && format === 'text';
      const jobs = parseJobs(parsed.values.jobs, locale);
      const progress = io.stderrIsTty && io.env['CI'] === undefined ? progressBar(io.stderr) : undefined;
      const out = await runCheck(parsed.positionals, { format: format as CheckFormat, locale, colour, version: VERSION, jobs, progress });
      io.stdout(out.stdout);
      if (out.throughput) io.stderr(out.throughput);
      return out.exitCode;
    }
    case 'fmt': {
      const { check, write } = parsed.values;
      if (check === true && write === true) throw new UsageError(locale === 'fr' ? 'fmt : --check ou --write, pas les deux' : 'fmt: --check or --write, not both');
      if (parsed.positionals.length === 0) throw new UsageError(locale === 'fr' ? 'fmt : indiquez au moins un fichier ou dossier' : 'fmt: name at least one file or directory');
      const colour = io.stderrIsTty && io.env['NO_COLOR'] === undefined;
      const { runFmt } = await import('./commands/fmt.ts');
      const out = runFmt(parsed.positionals, check === true ? 'check' : write === true ? 'write' : 'stdout', locale, colour);
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
    case 'compile': {
      const { runCompile } = await import('./commands/compile.ts');
      const out = await runCompile(parsed.positionals, {
        outDir: parsed.values.out ?? 'out',
        pdf: parsed.values.pdf === true,
        sla: parsed.values.sla === true,
        exports: parsed.values.export,
        langs: parseLangs(parsed.values.lang),
        draft: parsed.values.draft === true,
        locale,
        colour: io.stderrIsTty && io.env['NO_COLOR'] === undefined,
      }, parseJobs(parsed.values.jobs, locale));
      io.stderr(out.stderr);
      io.stdout(out.stdout);
      return out.exitCode;
    }
    case 'rules':
      io.stdout(renderRules(parsed.values.json === true, locale));
      return 0;
    case 'sla': {
      const [sub, file, ...extra] = parsed.positionals;
      if (sub !== 'due' || extra.length > 0) throw new UsageError(locale === 'fr' ? 'sla : sous-commande attendue : due <fichier>' : 'sla: expected subcommand: due <file>');
      const { priority, metric, opened, json } = parsed.values;
      const { runSlaDue } = await import('./commands/sla-due.ts');
      const out = runSlaDue({ file, priority, metric, opened, json: json === true, locale });
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
    case 'explain': {
      const code = parsed.positionals[0];
      if (code === undefined) throw new UsageError(locale === 'fr' ? 'explain : indiquez un code (ex. IG2001)' : 'explain: name a code (e.g. IG2001)');
      io.stdout(explain(code, locale));
      return 0;
    }
    default:
      throw new UsageError(`${locale === 'fr' ? 'commande inconnue' : 'unknown command'}: ${command}\n${USAGE[locale]}`);
  }
}

function parse(args: readonly string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

const OPTIONS = {
  format: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  jobs: { type: 'string' },
  check: { type: 'boolean' },
  write: { type: 'boolean' },
  priority: { type: 'string' },
  metric: { type: 'string' },
  opened: { type: 'string' },
  out: { type: 'string', short: 'o' },
  pdf: { type: 'boolean' },
  sla: { type: 'boolean' },
  export: { type: 'string' },
  lang: { type: 'string' },
  draft: { type: 'boolean' },
} as const;

/** `--jobs N`: threads for a batch (the main thread counts); by default one per core. */
function parseJobs(value: string | undefined, locale: Locale): number {
  const jobs = value === undefined ? defaultJobs() : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: ${locale === 'fr' ? 'un entier ≥ 1' : 'a whole number ≥ 1'} (${value ?? ''})`);
  return jobs;
}

/** `--lang fr`, `en` or `fr,en`; by default (undefined) each contract's own `language`. */
function parseLangs(value: string | undefined): Locale[] | undefined {
  if (value === undefined) return undefined;
  const langs = [...new Set(value.split(',').map((s) => s.trim()))];
  if (langs.length === 0 || langs.some((l) => l !== 'fr' && l !== 'en')) throw new UsageError(`--lang: fr | en | fr,en (${value})`);
  return langs as Locale[];
}
