// Entry point of the `infog` binary: wires the real process to `main`.
import { main } from './main.ts';

const code = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTty: process.stdout.isTTY === true,
  env: process.env,
});
process.exitCode = code;
