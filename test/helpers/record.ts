// The suite records every diagnostic code emitted while it runs (test/diagnostics/emitted.test.ts).
// Child processes started with a clean environment (the CLI, the language server) record too when
// they are given `INFOG_RECORD_CODES`, which test/global-setup.ts sets for the whole run.

/** The environment entry to pass to a child process, so its codes are recorded too. */
export function recordingEnv(): Record<string, string> {
  const dir = process.env['INFOG_RECORD_CODES'];
  return dir ? { INFOG_RECORD_CODES: dir } : {};
}
