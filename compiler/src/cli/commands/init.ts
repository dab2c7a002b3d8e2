import { existsSync } from 'node:fs';
import type { Locale } from '../../diagnostics/index.ts';
import { formatText } from '../../format/index.ts';
import { TO_COMPLETE } from '../../model/to-complete.ts';
import { UsageError } from '../files.ts';
import { LAWS, type InitLaw } from '../init/laws.ts';
import { findSector, SECTORS } from '../init/sectors.ts';
import { buildTemplate, type InitKind } from '../init/template.ts';
import { todayFromEnvironment } from '../node-host.ts';
import { replaceOutputSets } from '../write-atomic.ts';

// `infog init [--law FR|CH|BE] [--kind infogerance|maintenance] [--sector <id>] [--locale fr|en]
// [-o <file>]` (options in ../command-specs.ts): a starting contract for that country and kind
// (init/template.ts), formatted as `infog fmt` would, on stdout or into a new file (never over an
// existing one).

export interface InitOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface InitArgs {
  readonly law: string | undefined;
  readonly kind: string | undefined;
  readonly sector: string | undefined;
  readonly out: string | undefined;
}

const KINDS: readonly InitKind[] = ['infogerance', 'maintenance'];

export function runInit(args: InitArgs, locale: Locale): InitOutput {
  const fr = locale === 'fr';
  const bad = (option: string, expected: string, got: string): never => {
    throw new UsageError(fr ? `init ${option} : ${expected} (${got})` : `init ${option}: ${expected} (${got})`, 'init');
  };
  const law = (args.law ?? 'FR').toUpperCase();
  if (!(law in LAWS)) bad('--law', 'FR | CH | BE', args.law ?? '');
  const kind = args.kind ?? 'infogerance';
  if (!KINDS.includes(kind as InitKind)) bad('--kind', KINDS.join(' | '), kind);
  const sector = args.sector === undefined ? undefined : findSector(args.sector);
  if (args.sector !== undefined && !sector) bad('--sector', SECTORS.map((s) => s.id).join(' | '), args.sector);
  if (args.out === '') bad('-o', fr ? 'un nom de fichier' : 'a file name', '');

  const text = buildTemplate({ law: law as InitLaw, kind: kind as InitKind, sector, locale, today: todayFromEnvironment() });
  const formatted = formatText(text, { path: args.out ?? 'contract.infog' });
  // The template is ours: if it does not parse, that is a bug, reported as one (exit 3).
  if (!formatted.ok) throw new Error(`init template does not parse: ${formatted.diagnostics.map((d) => d.code).join(', ')}`);
  if (args.out === undefined || args.out === '-') return { stdout: formatted.text, stderr: '', exitCode: 0 };
  if (existsSync(args.out)) {
    throw new UsageError(fr ? `init : ${args.out} existe déjà ; choisissez un autre nom ou supprimez-le d’abord` : `init: ${args.out} already exists; choose another name or remove it first`, 'init');
  }
  // Written atomically like every output; an I/O failure is a usage error naming the path and the cause.
  replaceOutputSets([{ outputs: [{ path: args.out, data: formatted.text }], family: [] }], fr);
  const markers = formatted.text.split('\n').filter((l) => l.includes(`// ${TO_COMPLETE[locale]}`)).length;
  return {
    stdout: '',
    stderr: fr
      ? `écrit ${args.out} : ${markers} faits à compléter (« infog check ${args.out} » les liste).\n`
      : `wrote ${args.out}: ${markers} facts to complete ("infog check ${args.out}" lists them).\n`,
    exitCode: 0,
  };
}
