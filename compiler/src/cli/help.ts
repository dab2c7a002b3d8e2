import type { Locale } from '../diagnostics/index.ts';
import { COMMANDS, optionLabel, type CommandSpec } from './command-specs.ts';

// `infog --help` and `infog <command> --help`, generated from the command table in the user's language.

const EXIT = {
  fr: 'Codes de sortie : 0 succès, 1 le contrat a des erreurs, 2 problème d’usage ou d’entrée-sortie, 3 bogue interne.',
  en: 'Exit status: 0 success, 1 the contract has errors, 2 usage or I/O problem, 3 internal bug.',
};

/** One usage line: `Usage : infog check <fichier|dossier>… [options]`. */
export function usageLine(spec: CommandSpec, locale: Locale): string {
  return `${locale === 'fr' ? 'Usage : ' : 'Usage: '}infog ${spec.name} ${spec.synopsis[locale]}`;
}

/** What a usage error ends with: the command's usage and where to read more. */
export function usageHint(spec: CommandSpec, locale: Locale): string {
  return `${usageLine(spec, locale)}\n${locale === 'fr' ? `Aide : infog ${spec.name} --help` : `Help: infog ${spec.name} --help`}`;
}

export function commandHelp(spec: CommandSpec, locale: Locale): string {
  const fr = locale === 'fr';
  const labels = Object.entries(spec.options).map(([name, o]) => ({ label: optionLabel(name, o, fr), help: o.help[locale] }));
  const width = Math.max(...labels.map((x) => x.label.length));
  const out = [
    `infog ${spec.name} — ${spec.summary[locale]}`,
    '',
    usageLine(spec, locale),
    ...spec.details.flatMap((d) => ['', d[locale]]),
    '',
    fr ? 'Options :' : 'Options:',
    ...labels.map((x) => `  ${x.label.padEnd(width)}  ${x.help}`),
    '',
    fr ? 'Exemples :' : 'Examples:',
    ...spec.examples.map((e) => `  ${e.command[locale]}\n      ${e.what[locale]}`),
    '',
    EXIT[locale],
  ];
  return `${out.join('\n')}\n`;
}

export function generalHelp(locale: Locale): string {
  const fr = locale === 'fr';
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const out = [
    fr ? 'infog — contrats d’infogérance et de maintenance informatique écrits comme du code' : 'infog — IT outsourcing and maintenance contracts written as code',
    '',
    fr ? 'Usage : infog <commande> [options]' : 'Usage: infog <command> [options]',
    '',
    fr ? 'Commandes :' : 'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`),
    '',
    fr ? 'Options de toutes les commandes :' : 'Options of every command:',
    `  --locale fr|en  ${fr ? 'langue des messages (par défaut celle de LC_ALL, LC_MESSAGES ou LANG ; le français sinon)' : 'language of messages (by default that of LC_ALL, LC_MESSAGES or LANG; French otherwise)'}`,
    `  -h, --help      ${fr ? 'aide de la commande' : 'help of the command'}`,
    `  --version       ${fr ? 'version d’infog' : 'version of infog'}`,
    '',
    fr ? 'Aide d’une commande : infog <commande> --help (ou infog help <commande>).' : 'Help of a command: infog <command> --help (or infog help <command>).',
    EXIT[locale],
  ];
  return `${out.join('\n')}\n`;
}
