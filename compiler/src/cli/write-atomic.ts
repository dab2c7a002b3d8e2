import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './files.ts';
import { printable } from './render/printable.ts';

// Every output is written atomically: the bytes go to a temporary file in the same folder (same file
// system, so the rename is atomic), are flushed, then renamed over the target. A failure at any point
// leaves the earlier output untouched and no partial file behind.
//
// The outputs of one contract are one set (issue 17): `<name>.pdf` (or `.fr.pdf`, `.en.pdf`; the same
// for `.docx`, `.html`, `.md`),
// `<name>.sla.json`, `<name>.<tool>.<ext>`. A compile that writes a contract's outputs replaces its
// whole set: every file of the set is first staged as a temporary, then the previous set is removed,
// then the temporaries are renamed. A folder therefore never holds a PDF of one version beside the SLA
// JSON of another (`--draft` on a broken contract leaves its draft PDF alone, without the previous
// version's SLA JSON and exports); an interruption between the last two steps leaves the set
// incomplete, never mixed. Temporaries of a process that died (`kill -9`) are removed by the next
// compile into the folder.

let counter = 0;

/** `.<file>.<pid>.<n>.tmp`: the temporary name of an output, tied to the process writing it. */
const TEMPORARY = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/u;

const temporaryFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporaries that dead processes left in `dir`; a live process's are its own business. */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (m && !alive(Number(m[2]))) rmSync(join(dir, name), { force: true });
  }
}

function ioError(fr: boolean, action: { fr: string; en: string }, path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
  return new UsageError(fr ? `${action.fr} ${printable(path)} (${code})` : `${action.en} ${printable(path)} (${code})`);
}

/**
 * Checks, before any work, that `dir` is or can become a folder: its nearest existing ancestor must be a
 * folder. An existing file (`-o out.pdf`, `-o /proc/version/out`) is an I/O problem (exit 2), found
 * here rather than by a failing write.
 */
export function checkOutputFolder(dir: string, fr: boolean): void {
  for (let at = resolve(dir); ; at = dirname(at)) {
    let isDir: boolean;
    try {
      isDir = statSync(at).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && dirname(at) !== at) continue;
      if (code === 'ENOTDIR') continue; // a file further up answers below
      throw ioError(fr, { fr: 'dossier de sortie inaccessible :', en: 'output folder not accessible:' }, dir, e);
    }
    if (isDir) return;
    throw new UsageError(fr
      ? `-o ${printable(dir)} : ${printable(at)} est un fichier, pas un dossier ; indiquez un dossier de sortie.`
      : `-o ${printable(dir)}: ${printable(at)} is a file, not a folder; name an output folder.`);
  }
}

/**
 * Creates `dir` one level at a time. Node's recursive mkdir loops for ever on some special file systems
 * (`/proc/x`); a plain mkdir of each missing level fails at once instead.
 */
function makeFolder(dir: string, fr: boolean): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    try {
      if (statSync(at).isDirectory()) break;
      throw new UsageError(fr ? `${printable(at)} est un fichier, pas un dossier` : `${printable(at)} is a file, not a folder`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      if (dirname(at) === at) throw ioError(fr, { fr: 'impossible de créer le dossier de sortie', en: 'cannot create the output folder' }, dir, e);
      missing.unshift(at);
    }
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(fr, { fr: 'impossible de créer le dossier de sortie', en: 'cannot create the output folder' }, d, e);
    }
  }
}

function stage(path: string, data: string | Uint8Array): string {
  const tmp = temporaryFor(path);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

export interface Output {
  readonly path: string;
  readonly data: string | Uint8Array;
}

/** The outputs of one contract, and the names (in the same folder) its set may hold. */
export interface OutputSet {
  readonly outputs: readonly Output[];
  /** Every file name of the contract's set, written now or by an earlier compile with other flags. */
  readonly family: readonly string[];
}

/**
 * Writes each set in place of the previous one (see the header). Nothing is removed or replaced until
 * every new file is complete; I/O failures are usage-level errors (exit 2) with the path and the cause.
 */
export function replaceOutputSets(sets: readonly OutputSet[], fr: boolean): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    const dirs = [...new Set(sets.flatMap((s) => s.outputs.map((o) => dirname(o.path))))];
    for (const d of dirs) {
      makeFolder(d, fr);
      removeStaleTemporaries(d);
    }
    for (const s of sets) {
      for (const o of s.outputs) {
        try {
          staged.push({ tmp: stage(o.path, o.data), path: o.path });
        } catch (e) {
          throw ioError(fr, { fr: 'écriture impossible :', en: 'cannot write' }, o.path, e);
        }
      }
    }
    for (const s of sets) {
      const dir = dirname(s.outputs[0]?.path ?? '.');
      if (s.outputs.length > 0) for (const name of s.family) rmSync(join(dir, name), { force: true });
    }
    for (const s of staged) renameSync(s.tmp, s.path);
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    if (e instanceof UsageError) throw e;
    throw ioError(fr, { fr: 'écriture impossible :', en: 'cannot write' }, staged[staged.length - 1]?.path ?? '', e);
  }
}
