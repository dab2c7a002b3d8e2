import { suggestion, type Locale } from '../diagnostics/index.ts';
import { suggest } from '../model/index.ts';
import { parseCommandArgs, requestedLocale } from './args.ts';
import { COMMANDS, commandSpec } from './command-specs.ts';
import { commandHelp, generalHelp, usageHint } from './help.ts';
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

/**
 * The language of messages when `--locale` is not given: the first non-empty of LC_ALL, LC_MESSAGES
 * and LANG, as POSIX orders them (INFOG_LOCALE first, for editors and tests). English for `en…`,
 * French otherwise (the product's authoritative language, and the usual answer for `C`/`POSIX`).
 */
export function defaultLocale(env: Io['env']): Locale {
  const lang = [env['INFOG_LOCALE'], env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function parseLocale(value: string | boolean | undefined, fallback: Locale, command: string): Locale {
  if (value === undefined) return fallback;
  if (value === 'fr' || value === 'en') return value;
  throw new UsageError(`--locale: fr | en (${String(value)})`, command);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const fallback = requestedLocale(argv) ?? defaultLocale(io.env);
  try {
    return await dispatch(argv, io, fallback);
  } catch (e) {
    if (e instanceof UsageError) {
      const spec = e.command === undefined ? undefined : commandSpec(e.command);
      io.stderr(`infog: ${printableLines(e.message)}\n${spec ? `${usageHint(spec, fallback)}\n` : ''}`);
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
  const fr = fallback === 'fr';
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined) {
    // A bare `infog` is a usage error: the help goes to stderr, stdout stays for results.
    io.stderr(generalHelp(fallback));
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest.find((a) => !a.startsWith('-')) : undefined;
    if (topic === undefined) {
      io.stdout(generalHelp(fallback));
      return 0;
    }
    const spec = commandSpec(topic);
    if (!spec) throw unknownCommand(topic, fr);
    io.stdout(commandHelp(spec, fallback));
    return 0;
  }
  if (command.startsWith('-')) {
    throw new UsageError(fr
      ? `${command} : indiquez d’abord une commande (${COMMANDS.map((c) => c.name).join(', ')}) ; voir infog --help`
      : `${command}: name a command first (${COMMANDS.map((c) => c.name).join(', ')}); see infog --help`);
  }
  const spec = commandSpec(command);
  if (!spec) throw unknownCommand(command, fr);
  const parsed = parseCommandArgs(spec, rest, fallback);
  const locale = parseLocale(parsed.values['locale'], fallback, spec.name);
  if (parsed.help) {
    io.stdout(commandHelp(spec, locale));
    return 0;
  }
  const str = (name: string): string | undefined => {
    const v = parsed.values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const flag = (name: string): boolean => parsed.values[name] === true;
  switch (spec.name) {
    case 'check': {
      const format = str('format') ?? 'text';
      if (!['text', 'json', 'sarif', 'github', 'gitlab'].includes(format)) throw new UsageError(`--format: text | json | sarif | github | gitlab (${format})`, 'check');
      if (parsed.positionals.length === 0) throw new UsageError(locale === 'fr' ? 'check : indiquez au moins un fichier ou dossier' : 'check: name at least one file or directory', 'check');
      const colour = io.isTty && io.env['NO_COLOR'] === undefined && format === 'text';
      const jobs = parseJobs(str('jobs'), locale, spec.name);
      const progress = io.stderrIsTty && io.env['CI'] === undefined ? progressBar(io.stderr) : undefined;
      const out = await runCheck(parsed.positionals, { format: format as CheckFormat, locale, colour, version: VERSION, jobs, progress });
      io.stdout(out.stdout);
      if (out.throughput) io.stderr(out.throughput);
      return out.exitCode;
    }
    case 'fmt': {
      const check = flag('check');
      const write = flag('write');
      if (check && write) throw new UsageError(locale === 'fr' ? 'fmt : --check ou --write, pas les deux' : 'fmt: --check or --write, not both', 'fmt');
      if (parsed.positionals.length === 0) throw new UsageError(locale === 'fr' ? 'fmt : indiquez au moins un fichier ou dossier' : 'fmt: name at least one file or directory', 'fmt');
      const colour = io.stderrIsTty && io.env['NO_COLOR'] === undefined;
      const { runFmt } = await import('./commands/fmt.ts');
      const out = runFmt(parsed.positionals, check ? 'check' : write ? 'write' : 'stdout', locale, colour);
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
    case 'compile': {
      const outputs = compileOutputs({
        pdf: flag('pdf'), docx: flag('docx'), html: flag('html'), md: flag('md'), sla: flag('sla'), exports: str('export'), lang: str('lang'), draft: flag('draft'), report: flag('report'),
      }, locale);
      const langs = parseLangs(str('lang'));
      const jobs = parseJobs(str('jobs'), locale, spec.name);
      const { runCompile } = await import('./commands/compile.ts');
      const out = await runCompile(parsed.positionals, {
        outDir: str('out') ?? 'out',
        ...outputs,
        langs,
        draft: flag('draft'),
        locale,
        colour: io.stderrIsTty && io.env['NO_COLOR'] === undefined,
        verbose: flag('verbose'),
        ...(str('amend-from') === undefined ? {} : { amendFrom: str('amend-from') as string }),
      }, jobs);
      io.stderr(out.stderr);
      io.stdout(out.stdout);
      return out.exitCode;
    }
    case 'diff': {
      const { runDiff } = await import('./commands/diff.ts');
      const out = runDiff({ files: parsed.positionals, from: str('from'), json: flag('json'), helpdesk: flag('helpdesk'), locale });
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
    case 'push': {
      const { runPush } = await import('./commands/push.ts');
      const out = await runPush(parsed.positionals, { url: str('url'), apply: flag('apply'), verbose: flag('verbose'), locale, env: io.env });
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
    case 'rules':
      io.stdout(renderRules(flag('json'), locale));
      return 0;
    case 'sla': {
      const [sub, file] = parsed.positionals;
      if (sub !== 'due') throw new UsageError(locale === 'fr' ? 'sla : sous-commande attendue : due <fichier>' : 'sla: expected subcommand: due <file>', 'sla');
      const { runSlaDue } = await import('./commands/sla-due.ts');
      const out = runSlaDue({ file, priority: str('priority'), metric: str('metric'), opened: str('opened'), json: flag('json'), locale });
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
    case 'explain': {
      const code = parsed.positionals[0];
      if (code === undefined) throw new UsageError(locale === 'fr' ? 'explain : indiquez un code (ex. IG2001)' : 'explain: name a code (e.g. IG2001)', 'explain');
      io.stdout(explain(code, locale));
      return 0;
    }
    case 'init': {
      const { runInit } = await import('./commands/init.ts');
      const out = runInit({ law: str('law'), kind: str('kind'), sector: str('sector'), out: str('out') }, locale);
      io.stdout(out.stdout);
      io.stderr(out.stderr);
      return out.exitCode;
    }
  }
}

function unknownCommand(command: string, fr: boolean): UsageError {
  const names = COMMANDS.map((c) => c.name);
  const locale = fr ? 'fr' : 'en';
  return new UsageError(`${fr ? `commande inconnue : ${command}.` : `unknown command: ${command}.`}${suggestion(suggest(command, names), locale)}\n${generalHelp(locale).trimEnd()}`);
}

export interface OutputFlags {
  readonly pdf: boolean;
  /** The contract document in other formats (Word, HTML, Markdown); absent counts as not asked. */
  readonly docx?: boolean;
  readonly html?: boolean;
  readonly md?: boolean;
  readonly sla: boolean;
  readonly exports: string | undefined;
  readonly lang: string | undefined;
  readonly draft: boolean;
  /** The provider's compliance note (`<name>.report.md`): an output like the others. */
  readonly report?: boolean;
}

/**
 * Which outputs `compile` writes (README, "Commands"): with no output flag, the PDF and the SLA
 * JSON; otherwise exactly the ones asked for. `--lang` (the documents' languages) and `--draft` (a
 * draft document) ask for the PDF unless another format of the document (--docx, --html, --md) is;
 * `--report` alone writes only the compliance note.
 * `--draft` writes a draft PDF only: combined with `--sla` or `--export` one of the two would be
 * dropped, so the combination is refused with the reason rather than half-honoured.
 */
export interface Outputs {
  readonly pdf: boolean;
  readonly docx: boolean;
  readonly html: boolean;
  readonly md: boolean;
  readonly sla: boolean;
  readonly exports: string | undefined;
  readonly report: boolean;
}

export function compileOutputs(f: OutputFlags, locale: Locale): Outputs {
  if (f.draft && (f.sla || f.exports !== undefined)) {
    const fr = locale === 'fr';
    const both = [f.sla ? '--sla' : '', f.exports !== undefined ? '--export' : ''].filter(Boolean).join(fr ? ' et ' : ' and ');
    throw new UsageError(fr
      ? `--draft écrit seulement un projet de PDF : il ne se combine pas avec ${both}, car le SLA JSON et les exports exigent un contrat sans erreur. Lancez compile sans --draft pour les obtenir.`
      : `--draft writes a draft PDF only: it does not combine with ${both}, because the SLA JSON and the exports need a contract without errors. Run compile without --draft to get them.`, 'compile');
  }
  const docx = f.docx === true;
  const html = f.html === true;
  const md = f.md === true;
  const report = f.report === true;
  const pdf = f.pdf || ((f.lang !== undefined || f.draft) && !docx && !html && !md);
  if (!pdf && !docx && !html && !md && !f.sla && f.exports === undefined && !report) return { pdf: true, docx: false, html: false, md: false, sla: true, exports: undefined, report };
  return { pdf, docx, html, md, sla: f.sla, exports: f.exports, report };
}

/** `--jobs N`: threads for a batch (the main thread counts); by default one per core. */
function parseJobs(value: string | undefined, locale: Locale, command: string): number {
  const jobs = value === undefined ? defaultJobs() : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: ${locale === 'fr' ? 'un entier ≥ 1' : 'a whole number ≥ 1'} (${value ?? ''})`, command);
  return jobs;
}

/** `--lang fr`, `en` or `fr,en`; by default (undefined) each contract's own `language`. */
function parseLangs(value: string | undefined): Locale[] | undefined {
  if (value === undefined) return undefined;
  const langs = [...new Set(value.split(',').map((s) => s.trim()))];
  if (langs.length === 0 || langs.some((l) => l !== 'fr' && l !== 'en')) throw new UsageError(`--lang: fr | en | fr,en (${value})`, 'compile');
  return langs as Locale[];
}
