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

/**
 * Orders strings by UTF-16 code units: deterministic whatever the machine's locale, and free, where
 * `localeCompare` initialises ICU's collator (~15 ms at the first call, on every start of the CLI).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
