import type { Range } from '../text/index.ts';

// Edits for range formatting: a line diff between the text and its formatted version, keeping the hunks
// whose original lines touch the requested range. Whole lines only, so an edit never splits a token.

interface Lines {
  readonly lines: readonly string[];
  /** Offset of the start of each line, plus one final entry: the text's length. */
  readonly starts: readonly number[];
}

function splitLines(text: string): Lines {
  const lines: string[] = [];
  const starts: number[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(from);
    lines.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  if (from < text.length) {
    starts.push(from);
    lines.push(text.slice(from));
  }
  starts.push(text.length);
  return { lines, starts };
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

interface Hunk { a0: number; a1: number; b0: number; b1: number }

const MAX_CELLS = 4_000_000;

/** Hunks of a line diff: common prefix and suffix trimmed, then an LCS table when the middle is small. */
function hunks(a: readonly string[], b: readonly string[]): Hunk[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  if (n === 0 && m === 0) return [];
  if (n * m > MAX_CELLS || n === 0 || m === 0) return [{ a0: pre, a1: pre + n, b0: pre, b1: pre + m }];
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const below = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[pre + i] === b[pre + j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  const flush = (): void => { if (open) { out.push(open); open = undefined; } };
  while (i < n || j < m) {
    if (i < n && j < m && a[pre + i] === b[pre + j]) { flush(); i++; j++; continue; }
    open ??= { a0: pre + i, a1: pre + i, b0: pre + j, b1: pre + j };
    if (j < m && (i === n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) { j++; open.b1 = pre + j; }
    else { i++; open.a1 = pre + i; }
  }
  flush();
  return out;
}

export function lineEdits(original: string, formatted: string, range: Range): { range: Range; newText: string }[] {
  const a = splitLines(original);
  const b = splitLines(formatted);
  const first = lineOf(a.starts, range.start);
  const last = lineOf(a.starts, Math.max(range.start, range.end - (range.end > range.start ? 1 : 0)));
  return hunks(a.lines, b.lines)
    .filter((h) => h.a0 <= last && Math.max(h.a1 - 1, h.a0) >= first)
    .map((h) => ({
      range: { start: a.starts[h.a0] ?? original.length, end: a.starts[h.a1] ?? original.length },
      newText: b.lines.slice(h.b0, h.b1).join(''),
    }));
}
