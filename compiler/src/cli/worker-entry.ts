import { parentPort, workerData } from 'node:worker_threads';
import type { Locale } from '../diagnostics/index.ts';
import { checkAndLocate } from './batch.ts';

/** True when this thread was started by `checkBatch` to check files. */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { infogCheckWorker?: boolean } | undefined)?.infogCheckWorker === true;
}

export function runCheckWorker(): void {
  const locale = (workerData as { locale: Locale }).locale;
  parentPort?.on('message', (file: string) => {
    parentPort?.postMessage(checkAndLocate([file], locale));
  });
}
