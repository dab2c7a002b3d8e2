// `infog compile <contract> --amend-from <old.infog|revision>`: the amendment (« Avenant n° N ») from
// the signed version to this one, as a PDF per language (`<name>.avenant-<N>.pdf`, or `.fr.pdf` and
// `.en.pdf`), written atomically like every output; the changes that need more than an amendment
// (IG8002–IG8005) are reported with the contract's diagnostics. Nothing is written on an error.
import { existsSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { buildAmendment } from '../../backends/amendment/index.ts';
import { changeFindings } from '../../backends/diff/index.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import { checkFile } from '../../model/check-file.ts';
import type { CheckResult } from '../../model/index.ts';
import { checkFiles } from '../check-files.ts';
import { UsageError } from '../files.ts';
import { GitRevisionHost, revisionExists } from '../git-host.ts';
import { findProjectRoot, findStdlib, NodeHost, todayFromEnvironment } from '../node-host.ts';
import { Locator, summarise, type LocatedDiagnostic } from '../render/located.ts';
import { printable } from '../render/printable.ts';
import { COLOUR, PLAIN, renderText } from '../render/text.ts';
import { checkOutputFolder, replaceOutputSets, type Output } from '../write-atomic.ts';
import type { CompileOptions, CompileOutput } from './compile.ts';

/** The signed version: a file when one exists at that path, else a git revision of the contract. */
export function signedVersion(file: string, from: string, locale: Locale): { result: CheckResult; label: string; display: (d: Diagnostic) => string } {
  const fr = locale === 'fr';
  if (existsSync(from) && statSync(from).isFile()) {
    const [c] = checkFiles([from], fr);
    if (!c) throw new UsageError(fr ? `lecture impossible : ${from}` : `cannot read ${from}`);
    return { result: c.result, label: from, display: (d) => c.display(d) };
  }
  const root = findProjectRoot(file);
  if (!revisionExists(root, from)) {
    throw new UsageError(fr ? `--amend-from : ni fichier ni révision git : ${printable(from)}` : `--amend-from: neither a file nor a git revision: ${printable(from)}`, 'compile');
  }
  const rel = relative(root, resolve(file)).split(sep).join('/');
  const result = checkFile(rel, new GitRevisionHost(root, from));
  if (!result) throw new UsageError(fr ? `${printable(file)} n’existe pas à la révision ${printable(from)}` : `${printable(file)} does not exist at revision ${printable(from)}`, 'compile');
  return { result, label: `${file}@${from}`, display: (d) => `${d.file}@${from}` };
}

export async function runAmend(inputs: readonly string[], from: string, o: CompileOptions): Promise<CompileOutput> {
  const fr = o.locale === 'fr';
  if (inputs.length !== 1) throw new UsageError(fr ? 'compile --amend-from : indiquez un seul contrat' : 'compile --amend-from: name exactly one contract', 'compile');
  const file = inputs[0] as string;
  checkOutputFolder(o.outDir, fr);
  const [c] = checkFiles([file], fr);
  if (!c) throw new UsageError(fr ? `lecture impossible : ${file}` : `cannot read ${file}`);
  const old = signedVersion(file, from, o.locale);
  const locator = new Locator();
  const located: LocatedDiagnostic[] = [];
  const oldText = (d: Diagnostic): string => old.result.model.program.modules.get(d.file)?.source.text ?? '';
  for (const d of old.result.diagnostics.filter((x) => x.severity === 'error')) located.push(locator.locate(d, oldText(d), old.display(d), o.locale));
  for (const d of c.result.diagnostics) located.push(locator.locate(d, c.text(d), c.display(d), o.locale, c.lookup));
  const failed = (): CompileOutput => ({ stdout: '', stderr: renderText(located, summarise(2, located), o.locale, o.colour ? COLOUR : PLAIN), exitCode: 1 });
  if (located.some((d) => d.diagnostic.severity === 'error')) return failed();

  const model = c.result.model;
  const host = new NodeHost(c.root, findStdlib(), todayFromEnvironment());
  const stated = model.contract?.children.find((x) => x.spec.keyword === 'language')?.values['language'];
  const langs: readonly Locale[] = o.langs ?? [stated?.kind === 'enum' && stated.value === 'en' ? 'en' : 'fr'];
  const { renderPdf, toDefinition, fontUrls, FONT_SPECIFIERS } = await import('../../backends/pdf/index.ts');
  const { loadFonts } = await import('./compile.ts');
  const fonts = loadFonts(FONT_SPECIFIERS, fontUrls);
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  const outputs: Output[] = [];
  const name = basename(file).replace(/\.infog$/u, '');
  let findingsDone = false;
  for (const lang of langs) {
    const r = buildAmendment(old.result.model, model, { lang, draft: false, host, ...(Number.isFinite(epoch) && process.env['SOURCE_DATE_EPOCH'] ? { sourceDateEpoch: epoch } : {}) });
    const ds = [...r.diagnostics, ...(findingsDone ? [] : changeFindings(old.result.model, model, r.diff))];
    findingsDone = true;
    for (const d of ds) {
      if (lang !== langs[0] && d.code === 'IG8006') continue;
      located.push(locator.locate(d, c.text(d), c.display(d), o.locale, c.lookup));
    }
    if (!r.document || ds.some((d) => d.severity === 'error')) continue;
    const number = /\d+/u.exec(r.document.cover.kind)?.[0] ?? '1';
    const stem = `${name}.avenant-${number}`;
    outputs.push({ path: join(o.outDir, langs.length > 1 ? `${stem}.${lang}.pdf` : `${stem}.pdf`), data: await renderPdf(toDefinition(r.document), fonts) });
  }
  if (located.some((d) => d.diagnostic.severity === 'error')) return failed();
  const family = [...new Set(outputs.map((x) => basename(x.path)))];
  replaceOutputSets([{ outputs, family }], fr);
  const summary = summarise(1, located);
  const diagnostics = located.length > 0 ? renderText(located, summary, o.locale, o.colour ? COLOUR : PLAIN) : '';
  const written = outputs.map((x) => `${fr ? 'écrit' : 'wrote'} ${printable(x.path)}`).join('\n');
  return { stdout: written ? `${written}\n` : '', stderr: diagnostics, exitCode: 0 };
}
