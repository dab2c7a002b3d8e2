import { parentPort } from 'node:worker_threads';
import { violations } from './invariants.ts';

// Runs the invariants off the main thread, so the fuzzer can kill an input that hangs.
parentPort?.on('message', (text: string) => {
  const t0 = performance.now();
  const found = violations(text);
  parentPort?.postMessage({ found, ms: performance.now() - t0 });
});
