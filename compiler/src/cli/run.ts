// Entry point of the `infog` binary: wires the real process to `main`. The same file is the entry of
// the batch workers (one bundle, started again as a worker thread).
import { main } from './main.ts';
import { recordEmittedCodes } from './record-codes.ts';
import { isCheckWorker, runCheckWorker } from './worker-entry.ts';

recordEmittedCodes(process.env);

if (isCheckWorker()) {
  runCheckWorker();
} else {
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
}
