import { parentPort, workerData } from 'node:worker_threads';
import { checkAndLocate, type WorkerTask } from './batch.ts';

// The worker side of `runPool` (batch.ts): the same bundle, started as a thread, answering one task
// at a time. Compiling loads its backends only in the threads that compile.

/** True when this thread was started by `runPool`. */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { infogWorker?: boolean } | undefined)?.infogWorker === true;
}

export function runCheckWorker(): void {
  parentPort?.on('message', (t: WorkerTask) => {
    void answer(t).then((r) => parentPort?.postMessage(r));
  });
}

async function answer(t: WorkerTask): Promise<unknown> {
  if (t.kind === 'check') return checkAndLocate([t.file], t.locale);
  const { compileOne } = await import('./commands/compile.ts');
  return compileOne(t.file, t.task);
}
