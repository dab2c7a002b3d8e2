/**
 * Everything the core needs from the outside world. The CLI, the language server and the tests are
 * three hosts; the core itself does no I/O and never reads the clock, so its output is reproducible.
 */
export interface Host {
  /**
   * Reads a file of the project (`root: 'project'`, path relative to the project root) or of the
   * standard library (`root: 'stdlib'`, path relative to `stdlib/`). Paths are posix, already
   * normalised and confined by the core; the host returns `undefined` when the file does not exist or
   * cannot be read, and must not follow links out of its root.
   */
  readFile(root: 'project' | 'stdlib', path: string): Uint8Array | undefined;
  /** Today's date as `YYYY-MM-DD`, for rules that compare with the present (e.g. Data Act dates). */
  today(): string;
}
