import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../diagnostics/index.ts';
import { checkFiles } from './check-files.ts';
import type { CompileTask } from './commands/compile.ts';
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
  return checkFiles(files, locale === 'fr', { document: true }).map((c) => ({
    file: c.file,
    located: c.result.diagnostics.map((d) => locator.locate(d, c.text(d), c.display(d), locale, c.lookup)),
  }));
}

export interface BatchOptions {
  readonly jobs: number;
  readonly locale: Locale;
  readonly progress: ((done: number, total: number) => void) | undefined;
}

/**
 * Files per thread below which a worker costs more than it saves (it needs ~0.5 s to start).
 * `INFOG_FILES_PER_WORKER` overrides it: the tests set 1 so that a few contracts already run on
 * worker threads (test/pdf/determinism.test.ts compares those PDFs with one thread's).
 */
export const MIN_FILES_PER_WORKER = filesPerWorker(process.env['INFOG_FILES_PER_WORKER']);

function filesPerWorker(setting: string | undefined): number {
  const n = Number(setting);
  return setting && Number.isInteger(n) && n >= 1 ? n : 16;
}

export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}

/** A unit of work sent to a worker thread (see worker-entry.ts). */
export type WorkerTask =
  | { readonly kind: 'check'; readonly file: string; readonly locale: Locale }
  | { readonly kind: 'compile'; readonly file: string; readonly task: CompileTask };

export interface Pool<T> {
  /** Does one item on the main thread. */
  readonly local: (item: string, index: number) => T | Promise<T>;
  /** Describes one item for a worker, which answers with the same `T`. */
  readonly task: (item: string, index: number) => WorkerTask;
  readonly progress: ((done: number, total: number) => void) | undefined;
}

/**
 * Shares `items` between the main thread and `jobs − 1` worker threads (fewer for small batches),
 * each taking the next item when it is free; results come back in the order of `items`.
 */
export async function runPool<T>(items: readonly string[], jobs: number, pool: Pool<T>): Promise<T[]> {
  const workers = Math.min(jobs, Math.floor(items.length / MIN_FILES_PER_WORKER)) - 1;
  const results = new Array<T>(items.length);
  let next = 0;
  let done = 0;
  const record = (i: number, r: T): void => {
    results[i] = r;
    pool.progress?.(++done, items.length);
  };
  const entry = process.argv[1] ?? fileURLToPath(import.meta.url);
  const threads = Array.from({ length: Math.max(0, workers) }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { infogWorker: true }, argv: [] });
    let current = -1;
    const feed = (): void => {
      current = next++;
      const item = items[current];
      if (item === undefined) void worker.terminate().then(() => resolve());
      else worker.postMessage(pool.task(item, current));
    };
    worker.on('message', (r: T) => {
      record(current, r);
      feed();
    });
    worker.on('error', reject);
    feed();
  }));
  // The main thread takes items between the workers' messages; yielding lets their answers in.
  const main = (async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      record(i, await pool.local(items[i] ?? '', i));
      if (workers > 0) await new Promise((r) => setImmediate(r));
    }
  })();
  await Promise.all([main, ...threads]);
  return results;
}

export async function checkBatch(files: readonly string[], options: BatchOptions): Promise<FileResult[]> {
  const out = await runPool(files, options.jobs, {
    local: (file) => checkAndLocate([file], options.locale),
    task: (file) => ({ kind: 'check', file, locale: options.locale }),
    progress: options.progress,
  });
  return out.flat();
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
