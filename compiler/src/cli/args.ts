import { parseArgs } from 'node:util';
import { suggestion, type Locale } from '../diagnostics/index.ts';
import { suggest } from '../model/index.ts';
import { COMMANDS, optionLabel, type CommandSpec } from './command-specs.ts';
import { UsageError } from './files.ts';

// Reads one command's arguments against its options in ./command-specs.ts. Node's `parseArgs` splits
// the words (tokens mode, lenient); every judgement — unknown option, missing value, value given to a
// flag, option given twice, argument in excess — is made here, so each one is said in the user's
// language with the command's usage, never as Node's English parser message.

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/** A word that reads as an option (`-o`, `--pdf`), not a value such as `-1` or `-`. */
const OPTION_LIKE = /^--?[A-Za-z]/u;

/**
 * The `--locale` the user asked for, read before anything else so that even a message about another
 * bad option is in that language. An invalid value is reported later, by the command.
 */
export function requestedLocale(args: readonly string[]): Locale | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') break;
    const v = a === '--locale' ? args[i + 1] : a.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (v === 'fr' || v === 'en') return v;
  }
  return undefined;
}

export function parseCommandArgs(spec: CommandSpec, args: readonly string[], locale: Locale): ParsedArgs {
  const fr = locale === 'fr';
  const fail = (fr_: string, en: string): never => {
    throw new UsageError(`${spec.name}${fr ? ' : ' : ': '}${fr ? fr_ : en}`, spec.name);
  };
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]));
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'option-terminator') continue;
    if (t.kind === 'positional') {
      positionals.push(t.value);
      continue;
    }
    const o = spec.options[t.name];
    if (!o) {
      const word = t.rawName;
      const own = Object.keys(spec.options).map((n) => `--${n}`);
      const hint = suggest(word, own);
      const elsewhere = word.startsWith('--') ? COMMANDS.filter((c) => c.name !== spec.name && t.name in c.options).map((c) => c.name) : [];
      const where = elsewhere.join(', ');
      const meant = (locale_: Locale): string => suggestion(hint, locale_);
      fail(`option inconnue ${word}${where ? ` (c’est une option de ${where})` : ''}.${meant('fr')}`,
        `unknown option ${word}${where ? ` (it is an option of ${where})` : ''}.${meant('en')}`);
      continue;
    }
    const label = optionLabel(t.name, o, fr);
    if (o.type === 'boolean') {
      if (t.value !== undefined) fail(`${t.rawName} ne prend pas de valeur (${t.rawName}=${t.value}).`, `${t.rawName} takes no value (${t.rawName}=${t.value}).`);
      values[t.name] = true;
      continue;
    }
    if (t.value === undefined) fail(`${t.rawName} attend une valeur : ${label}.`, `${t.rawName} needs a value: ${label}.`);
    const value = t.value ?? '';
    if (!t.inlineValue && OPTION_LIKE.test(value)) {
      fail(`${t.rawName} attend une valeur, pas l’option ${value} : ${label} (pour une valeur qui commence par « - », écrivez --${t.name}=…).`,
        `${t.rawName} needs a value, not the option ${value}: ${label} (for a value that starts with "-", write --${t.name}=…).`);
    }
    const before = values[t.name];
    if (typeof before === 'string' && before !== value) fail(`l’option --${t.name} est donnée deux fois (${before}, ${value}) : gardez-en une.`, `--${t.name} is given twice (${before}, ${value}): keep one.`);
    values[t.name] = value;
  }
  const help = values['help'] === true;
  if (!help && positionals.length > spec.maxPositionals) {
    const extra = positionals.slice(spec.maxPositionals).join(' ');
    fail(`argument en trop : ${extra}.`, `unexpected argument: ${extra}.`);
  }
  return { values, positionals, help };
}
