// `infog diff <old> <new>` and `infog diff <file> --from <rev>`: what changed between two versions of a
// contract, fact by fact, as sentences of the contract's vocabulary (backends/diff), in text or JSON
// (docs/amendments.md, "JSON"). Exit status: 0 whether or not something changed (like `git diff`
// without --exit-code), 1 when a version has errors, 2 for usage.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { changeFindings, diffModels, type Change, type ContractDiff } from '../../backends/diff/index.ts';
import { helpdeskDelta, type HelpdeskDelta } from '../../backends/diff/helpdesk.ts';
import { buildSlaDocument } from '../../backends/sla/from-model.ts';
import type { SlaDocument } from '../../backends/sla/schema.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import { checkFile } from '../../model/check-file.ts';
import type { CheckResult } from '../../model/index.ts';
import { checkFiles } from '../check-files.ts';
import { UsageError } from '../files.ts';
import { GitRevisionHost, gitShow, revisionExists } from '../git-host.ts';
import { findProjectRoot } from '../node-host.ts';
import { Locator, summarise } from '../render/located.ts';
import { printable } from '../render/printable.ts';
import { PLAIN, renderText } from '../render/text.ts';

export interface DiffOptions {
  readonly files: readonly string[];
  readonly from: string | undefined;
  readonly json: boolean;
  /** Also the helpdesk delta: what the SLA document and each export change, and from which day. */
  readonly helpdesk?: boolean;
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
  /** The entry file's path in its project and its bytes, for the SLA document's `source`. */
  readonly path: string;
  readonly bytes: Uint8Array;
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
  const findings = changeFindings(old.result.model, now.result.model, diff);
  const stderr = findings.length > 0 ? now.render(findings) : '';
  const delta = o.helpdesk ? helpdesk(old, now) : undefined;
  if (delta && 'failed' in delta) return { stdout: '', stderr: delta.failed, exitCode: 1 };
  if (o.json) return { stdout: diffJson(diff, old.label, now.label, delta), stderr, exitCode: 0 };
  return { stdout: diffText(diff, old.label, now.label, o.locale) + (delta ? helpdeskText(delta, o.locale) : ''), stderr, exitCode: 0 };
}

function fromFile(file: string, locale: Locale): Side {
  const [checked] = checkFiles([file], locale === 'fr');
  if (!checked) throw new UsageError(locale === 'fr' ? `lecture impossible : ${file}` : `cannot read ${file}`);
  const locator = new Locator();
  const root = findProjectRoot(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(locale === 'fr' ? `lecture impossible : ${file}` : `cannot read ${file}`);
  }
  return {
    label: file,
    path: relative(root, resolve(file)).split(sep).join('/'),
    bytes,
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
    path: rel,
    bytes: gitShow(root, rev, rel) ?? new Uint8Array(),
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
export function diffJson(diff: ContractDiff, oldLabel: string, newLabel: string, delta?: HelpdeskDelta): string {
  return `${JSON.stringify({
    version: 1,
    old: oldLabel,
    new: newLabel,
    ...(delta ? { helpdesk: delta } : {}),
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

/** Both SLA documents, then what a helpdesk changes between them. */
function helpdesk(old: Side, now: Side): HelpdeskDelta | { failed: string } {
  const docs = [old, now].map((s) => ({ s, built: buildSlaDocument(s.result.model, { path: s.path, bytes: s.bytes }) }));
  const broken = docs.filter((d) => !d.built.document);
  if (broken.length > 0) return { failed: broken.map((d) => d.s.render(d.built.diagnostics.filter((x) => x.severity === 'error'))).join('\n') };
  const [a, b] = docs.map((d) => d.built.document as SlaDocument);
  return helpdeskDelta(a as SlaDocument, b as SlaDocument);
}

const SECTION_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  fr: { calendars: 'Calendriers', priorities: 'Priorités et délais', escalation: 'Escalades', penalties: 'Pénalités', quota: 'Forfait', clock: 'Décompte', channels: 'Canaux', availability: 'Disponibilité' },
  en: { calendars: 'Calendars', priorities: 'Priorities and targets', escalation: 'Escalations', penalties: 'Penalties', quota: 'Quota', clock: 'Clock', channels: 'Channels', availability: 'Availability' },
};

/** The helpdesk section of the text output: the day, the SLA fields by section, the exports touched. */
export function helpdeskText(d: HelpdeskDelta, locale: Locale): string {
  const fr = locale === 'fr';
  const out: string[] = ['', fr
    ? `Support : à appliquer le ${d.effective}${d.amendment === undefined ? '' : ` (avenant n° ${d.amendment})`}`
    : `Helpdesk: to apply on ${d.effective}${d.amendment === undefined ? '' : ` (amendment No. ${d.amendment})`}`];
  if (d.changes.length === 0) out.push(fr ? '  Aucun changement pour le support.' : '  No change for the helpdesk.');
  let section = '';
  for (const c of d.changes) {
    if (c.section !== section) {
      section = c.section;
      out.push(`  ${SECTION_NAMES[locale][section] ?? section}${fr ? ' :' : ':'}`);
    }
    const v = (x: unknown): string => printable(JSON.stringify(x) ?? '');
    out.push(`    ${MARK[c.kind]} ${c.pointer}${c.kind === 'changed' ? ` ${v(c.old)} → ${v(c.new)}` : ` ${v(c.kind === 'added' ? c.new : c.old)}`}`);
  }
  if (d.exports.length > 0) {
    out.push(`  ${fr ? 'Exports à réimporter' : 'Exports to re-import'}${fr ? ' :' : ':'} ${d.exports.map((e) => e.vendor).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
