// `infog diff <old> <new>` and `infog diff <file> --from <rev>`: what changed between two versions of a
// contract, fact by fact, as sentences of the contract's vocabulary (backends/diff), in text or JSON
// (docs/amendments.md, "JSON"). Exit status: 0 whether or not something changed (like `git diff`
// without --exit-code), 1 when a version has errors, 2 for usage.
import { relative, resolve, sep } from 'node:path';
import { diffModels, type Change, type ContractDiff } from '../../backends/diff/index.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import { checkFile } from '../../model/check-file.ts';
import type { CheckResult } from '../../model/index.ts';
import { checkFiles } from '../check-files.ts';
import { UsageError } from '../files.ts';
import { GitRevisionHost, revisionExists } from '../git-host.ts';
import { findProjectRoot } from '../node-host.ts';
import { Locator, summarise } from '../render/located.ts';
import { printable } from '../render/printable.ts';
import { PLAIN, renderText } from '../render/text.ts';

export interface DiffOptions {
  readonly files: readonly string[];
  readonly from: string | undefined;
  readonly json: boolean;
  readonly locale: Locale;
}

export interface DiffOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** One side, checked: from a file, or from the file at a git revision. */
interface Side {
  readonly label: string;
  readonly result: CheckResult;
  readonly render: (ds: readonly Diagnostic[]) => string;
}

export function runDiff(o: DiffOptions): DiffOutput {
  const fr = o.locale === 'fr';
  const [first, second] = o.files;
  if (first === undefined) throw new UsageError(fr ? 'diff : indiquez deux contrats, ou un contrat et --from <révision>' : 'diff: name two contracts, or one contract and --from <revision>', 'diff');
  if (o.from !== undefined && second !== undefined) throw new UsageError(fr ? 'diff : --from compare un seul fichier à sa révision ; ne donnez pas de second fichier' : 'diff: --from compares one file with its revision; do not name a second file', 'diff');
  if (o.from === undefined && second === undefined) throw new UsageError(fr ? 'diff : indiquez le second contrat, ou --from <révision>' : 'diff: name the second contract, or --from <revision>', 'diff');
  const old = o.from !== undefined ? atRevision(first, o.from, o.locale) : fromFile(first, o.locale);
  const now = fromFile(second ?? first, o.locale);
  const errors = [old, now].filter((s) => s.result.diagnostics.some((d) => d.severity === 'error'));
  if (errors.length > 0) {
    const head = (s: Side): string => (fr ? `${s.label} a des erreurs : la comparaison porte sur des contrats vérifiés.\n` : `${s.label} has errors: the comparison needs checked contracts.\n`);
    return { stdout: '', stderr: errors.map((s) => head(s) + s.render(s.result.diagnostics.filter((d) => d.severity === 'error'))).join('\n'), exitCode: 1 };
  }
  const diff = diffModels(old.result.model, now.result.model);
  return { stdout: o.json ? diffJson(diff, old.label, now.label) : diffText(diff, old.label, now.label, o.locale), stderr: '', exitCode: 0 };
}

function fromFile(file: string, locale: Locale): Side {
  const [checked] = checkFiles([file], locale === 'fr');
  if (!checked) throw new UsageError(locale === 'fr' ? `lecture impossible : ${file}` : `cannot read ${file}`);
  const locator = new Locator();
  return {
    label: file,
    result: checked.result,
    render: (ds) => {
      const located = ds.map((d) => locator.locate(d, checked.text(d), checked.display(d), locale));
      return renderText(located, summarise(1, located), locale, PLAIN);
    },
  };
}

function atRevision(file: string, rev: string, locale: Locale): Side {
  const fr = locale === 'fr';
  const root = findProjectRoot(file);
  if (!revisionExists(root, rev)) throw new UsageError(fr ? `--from : révision git inconnue : ${printable(rev)}` : `--from: unknown git revision: ${printable(rev)}`, 'diff');
  const rel = relative(root, resolve(file)).split(sep).join('/');
  const host = new GitRevisionHost(root, rev);
  const result = checkFile(rel, host);
  const label = `${file}@${rev}`;
  if (!result) throw new UsageError(fr ? `${printable(file)} n’existe pas à la révision ${printable(rev)}` : `${printable(file)} does not exist at revision ${printable(rev)}`, 'diff');
  const locator = new Locator();
  const textOf = (d: Diagnostic): string => result.model.program.modules.get(d.file)?.source.text ?? '';
  return {
    label,
    result,
    render: (ds) => {
      const located = ds.map((d) => locator.locate(d, textOf(d), `${d.file}@${rev}`, locale));
      return renderText(located, summarise(1, located), locale, PLAIN);
    },
  };
}

const MARK: Readonly<Record<Change['kind'], string>> = { added: '+', removed: '-', changed: '~' };

/** One line per change, `+`, `-` or `~` first; a header naming both versions. */
export function diffText(diff: ContractDiff, oldLabel: string, newLabel: string, locale: Locale): string {
  const fr = locale === 'fr';
  const n = diff.changes.length;
  const head = `${printable(oldLabel)} → ${printable(newLabel)}`;
  if (n === 0) return `${head}\n${fr ? 'Aucun changement.' : 'No change.'}\n`;
  const lines = diff.changes.map((c) => `${MARK[c.kind]} ${printable(c.text[locale])}`);
  const count = fr ? `${n} changement${n > 1 ? 's' : ''}` : `${n} change${n > 1 ? 's' : ''}`;
  return `${head}\n${lines.join('\n')}\n${count}.\n`;
}

/** The documented JSON (docs/amendments.md): version, the two sides, the changes in key order. */
export function diffJson(diff: ContractDiff, oldLabel: string, newLabel: string): string {
  return `${JSON.stringify({
    version: 1,
    old: oldLabel,
    new: newLabel,
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      key: c.key,
      path: c.path,
      ...(c.slots.length > 0 ? { slots: c.slots } : {}),
      ...(c.old ? { old: { file: c.old.file, start: c.old.start, end: c.old.end, values: c.old.values } } : {}),
      ...(c.new ? { new: { file: c.new.file, start: c.new.start, end: c.new.end, values: c.new.values } } : {}),
      text: c.text,
    })),
  }, null, 2)}\n`;
}
