import { relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.ts';
import { checkFile } from '../model/check-file.ts';
import { sortDiagnostics, type CheckResult } from '../model/index.ts';
import { documentFindings } from '../backends/document/index.ts';

// The CLI imports the stages it uses, not the public API: `index.ts` also loads the editor (ide) and
// the formatter, which `infog check` does not need at start-up.
import { UsageError } from './files.ts';
import { findProjectRoot, NodeHost } from './node-host.ts';

// Runs the core on files named on the command line: one host per project root, display paths
// relative to the current directory (stdlib modules show as `std/…`).

export interface CheckedFile {
  readonly file: string;
  /** The project root the file was checked against. */
  readonly root: string;
  readonly result: CheckResult;
  /** Path a user sees for a diagnostic's file. */
  display(d: Diagnostic): string;
  /** Text of a diagnostic's file, for line numbers and code frames. */
  text(d: Diagnostic): string;
  /** Text and display path of any file of the program (for related places). */
  lookup(file: string): { text: string; display: string } | undefined;
}

export interface CheckFilesOptions {
  /**
   * Also draft the document of each contract without errors (no rendering): clause errors, facts no
   * clause prints, prose left untranslated (`infog check`; compile finds them while building).
   */
  readonly document?: boolean;
}

export function checkFiles(files: readonly string[], fr: boolean, options: CheckFilesOptions = {}): CheckedFile[] {
  const hosts = new Map<string, NodeHost>();
  return files.map((file) => {
    const root = findProjectRoot(file);
    let host = hosts.get(root);
    if (!host) {
      host = new NodeHost(root);
      hosts.set(root, host);
    }
    const rel = relative(root, resolve(file)).split(sep).join('/');
    const checked = checkFile(rel, host);
    if (!checked) throw new UsageError(fr ? `lecture impossible : ${file}` : `cannot read ${file}`);
    // A contract with errors is not drafted (backends run on a clean model), but its untranslated prose
    // is reported all the same.
    const clean = !checked.diagnostics.some((d) => d.severity === 'error');
    const result = options.document
      ? { ...checked, diagnostics: sortDiagnostics([...checked.diagnostics, ...documentFindings(checked.model, host, { draft: clean })]) }
      : checked;
    const toDisplay = (p: string): string => (p.startsWith('std/') ? p : relative(process.cwd(), resolve(root, p)).split(sep).join('/'));
    return {
      file,
      root,
      result,
      display: (d) => toDisplay(d.file),
      text: (d) => result.model.program.modules.get(d.file)?.source.text ?? '',
      lookup: (file) => {
        const text = result.model.program.modules.get(file)?.source.text;
        return text === undefined ? undefined : { text, display: toDisplay(file) };
      },
    };
  });
}
