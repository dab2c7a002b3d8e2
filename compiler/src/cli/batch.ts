import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../diagnostics/index.ts';
import { checkFiles } from './check-files.ts';
import { Locator, type LocatedDiagnostic } from './render/located.ts';

// Checking many files: the files are shared among worker threads (one per core, at most one per
// few files), each worker checks and locates its share and sends back plain data. A progress bar is
// drawn on a terminal only; CI logs stay clean.

export interface FileResult {
  readonly file: string;
  readonly located: readonly LocatedDiagnostic[];
}

/** Checks and locates one file's diagnostics (what a worker does for each file of its share). */
export function checkAndLocate(files: readonly string[], locale: Locale): FileResult[] {
  const locator = new Locator();
  return checkFiles(files, locale === 'fr').map((c) => ({
    file: c.file,
    located: c.result.diagnostics.map((d) => locator.locate(d, c.text(d), c.display(d), locale)),
  }));
}

export interface BatchOptions {
  readonly jobs: number;
  readonly locale: Locale;
  readonly progress: ((done: number, total: number) => void) | undefined;
}

/** Files per worker below which a thread costs more than it saves. */
const MIN_FILES_PER_WORKER = 4;

export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}

export async function checkBatch(files: readonly string[], options: BatchOptions): Promise<FileResult[]> {
  // The main thread works too: `jobs` counts it, so two cores mean the main thread and one worker.
  const workers = Math.min(options.jobs, Math.floor(files.length / MIN_FILES_PER_WORKER)) - 1;
  const results = new Map<string, FileResult>();
  let next = 0;
  let done = 0;
  const record = (r: readonly FileResult[]): void => {
    for (const x of r) results.set(x.file, x);
    options.progress?.(++done, files.length);
  };
  const entry = process.argv[1] ?? fileURLToPath(import.meta.url);
  const pool = Array.from({ length: Math.max(0, workers) }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { infogCheckWorker: true, locale: options.locale }, argv: [] });
    const feed = (): void => {
      const file = files[next++];
      if (file === undefined) void worker.terminate().then(() => resolve());
      else worker.postMessage(file);
    };
    worker.on('message', (r: FileResult[]) => {
      record(r);
      feed();
    });
    worker.on('error', reject);
    feed();
  }));
  // The main thread takes files between the workers' messages; yielding lets their answers in.
  const main = (async (): Promise<void> => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      record(checkAndLocate([file], options.locale));
      if (workers > 0) await new Promise((r) => setImmediate(r));
    }
  })();
  await Promise.all([main, ...pool]);
  return files.map((f) => results.get(f) ?? { file: f, located: [] });
}

/** A one-line progress bar on stderr, redrawn in place; erased when done. */
export function progressBar(write: (s: string) => void): (done: number, total: number) => void {
  const width = 30;
  return (done, total) => {
    const filled = Math.round((done / total) * width);
    write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) write(`\r${' '.repeat(width + 24)}\r`);
  };
}
