/** A half-open span `[start, end)` of UTF-16 code units in one source text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * One source text. `path` identifies it in diagnostics: project files use their path relative to the
 * project root (posix separators), stdlib modules use `std/<module>.infog`.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export function makeSource(path: string, text: string): SourceFile {
  return { path, text };
}

export function rangeOf(start: number, end: number): Range {
  return { start, end: Math.max(start, end) };
}
