import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import { formatText } from '../../format/index.ts';
import { decodeDiagnostics } from '../../syntax/index.ts';
import { decodeUtf8 } from '../../text/index.ts';
import { printable } from '../render/printable.ts';
import { expandInputs, UsageError } from '../files.ts';
import { Locator, summarise, type LocatedDiagnostic } from '../render/located.ts';
import { COLOUR, PLAIN, renderText } from '../render/text.ts';

// `infog fmt [--check|--write] <file|dir>…` (spec/cli.md). With neither flag, one file's formatted text
// goes to stdout. A file with syntax errors is reported and never written, and then nothing is written
// at all: a formatting run either applies to every file or to none.

export type FmtMode = 'stdout' | 'check' | 'write';

export interface FmtOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

interface Formatted {
  readonly file: string;
  readonly original: string;
  readonly bom: boolean;
  readonly text: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

function formatFile(file: string, fr: boolean): Formatted {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(fr ? `lecture impossible : ${file}` : `cannot read ${file}`);
  }
  const decoded = decodeUtf8(bytes);
  const invalid = decodeDiagnostics(file, decoded);
  if (invalid.length > 0) return { file, original: decoded.text, bom: decoded.hadBom, text: undefined, diagnostics: invalid };
  const result = formatText(decoded.text, { path: file });
  return result.ok
    ? { file, original: decoded.text, bom: decoded.hadBom, text: result.text, diagnostics: [] }
    : { file, original: decoded.text, bom: decoded.hadBom, text: undefined, diagnostics: result.diagnostics };
}

/** Temporary file beside the target, then rename: an interrupted run never leaves half a contract. */
function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.infog-fmt.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UsageError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function runFmt(inputs: readonly string[], mode: FmtMode, locale: Locale, colour: boolean): FmtOutput {
  const fr = locale === 'fr';
  const files = expandInputs(inputs, fr);
  if (mode === 'stdout' && files.length > 1) {
    throw new UsageError(fr
      ? 'fmt : plusieurs fichiers, choisissez --check ou --write'
      : 'fmt: several files, choose --check or --write');
  }
  const results = files.map((f) => formatFile(f, fr));
  const broken = results.filter((r) => r.text === undefined);
  if (broken.length > 0) {
    const locator = new Locator();
    const located: LocatedDiagnostic[] = broken.flatMap((r) => r.diagnostics.map((d) => locator.locate(d, r.original, r.file, locale)));
    return { stdout: '', stderr: renderText(located, summarise(broken.length, located), locale, colour ? COLOUR : PLAIN), exitCode: 1 };
  }
  const changed = results.filter((r) => r.text !== r.original);
  switch (mode) {
    case 'stdout':
      return { stdout: results[0]?.text ?? '', stderr: '', exitCode: 0 };
    case 'check': {
      const stdout = changed.map((r) => `${printable(r.file)}\n`).join('');
      const stderr = changed.length === 0 ? '' : fr
        ? `${changed.length} fichier(s) à mettre en forme : lancez infog fmt --write.\n`
        : `${changed.length} file(s) need formatting: run infog fmt --write.\n`;
      return { stdout, stderr, exitCode: changed.length > 0 ? 1 : 0 };
    }
    case 'write':
      for (const r of changed) writeAtomically(r.file, (r.bom ? '\uFEFF' : '') + (r.text ?? ''));
      return { stdout: changed.map((r) => `${printable(r.file)}\n`).join(''), stderr: '', exitCode: 0 };
  }
}
