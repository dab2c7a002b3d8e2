import type { IToken } from 'chevrotain';
import type { Diagnostic } from '../diagnostics/index.ts';
import { bidiControl, controlCharacter, nestingTooDeep, tooManyErrors } from '../diagnostics/codes/text.ts';
import { LCurly, RCurly } from './tokens.ts';

// Hard limits that keep the front end fast and safe on any input ("never a crash, always a position").
// Each one has its own IG00xx diagnostic.

/** Text longer than this (UTF-16 code units, about 8 MiB of ASCII) is not lexed at all. */
export const MAX_FILE_CHARS = 8 * 1024 * 1024;
/**
 * Deepest block nesting parsed. The parser is recursive; deeper blocks are cut out of the token vector
 * before parsing so that 20,000 nested braces cannot overflow the stack.
 */
export const MAX_NESTING_DEPTH = 64;
export const MAX_NAME_LENGTH = 256;
/** Longest string or text block, in UTF-16 code units (1 MiB). */
export const MAX_LITERAL_LENGTH = 1024 * 1024;
/** Diagnostics kept per file; the rest are counted in one IG0008. */
export const MAX_DIAGNOSTICS = 200;

const CONTROL_RUN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+|[\u202A-\u202E\u2066-\u2069]+/g;
// One character class scans about 1.5x faster than the alternation: test first, the usual answer is no.
const ANY_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u202A-\u202E\u2066-\u2069]/;

function codePointLabel(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Reports invisible control characters anywhere in the text, strings and comments included: one
 * diagnostic per run, naming its first character. Trojan Source (bidi) runs and C0 runs are separate.
 */
export function scanControls(path: string, text: string, out: Diagnostic[]): void {
  if (!ANY_CONTROL.test(text)) return;
  CONTROL_RUN.lastIndex = 0;
  for (let m = CONTROL_RUN.exec(text); m !== null; m = CONTROL_RUN.exec(text)) {
    const c = m[0].charCodeAt(0);
    const range = { start: m.index, end: m.index + m[0].length };
    const code = c >= 0x2000 ? bidiControl : controlCharacter;
    out.push(code.create(path, range, { codePoint: codePointLabel(c) }));
    if (out.length > MAX_DIAGNOSTICS * 4) return; // a binary file: the cap will hide the rest anyway
  }
}

/**
 * Removes the tokens of blocks nested deeper than `MAX_NESTING_DEPTH` (from the too-deep `{` to its
 * matching `}`, or to the end when it is never closed) and reports once, at the first such brace.
 * Returns the input array itself when nothing is removed, which is the common case.
 */
export function cutDeepBlocks(path: string, tokens: IToken[], out: Diagnostic[]): IToken[] {
  let depth = 0;
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.tokenType;
    if (t === LCurly && ++depth > MAX_NESTING_DEPTH) { first = i; break; }
    if (t === RCurly && depth > 0) depth--;
  }
  if (first < 0) return tokens;
  depth = MAX_NESTING_DEPTH; // the depth before the too-deep brace, which the loop below sees again
  const kept: IToken[] = tokens.slice(0, first);
  let skipDepth = 0;
  for (let i = first; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined) continue;
    if (skipDepth > 0) {
      if (tok.tokenType === LCurly) skipDepth++;
      else if (tok.tokenType === RCurly) skipDepth--;
      continue;
    }
    if (tok.tokenType === LCurly) {
      if (depth === MAX_NESTING_DEPTH) { skipDepth = 1; continue; }
      depth++;
    } else if (tok.tokenType === RCurly && depth > 0) depth--;
    kept.push(tok);
  }
  const brace = tokens[first];
  const start = brace?.startOffset ?? 0;
  out.push(nestingTooDeep.create(path, { start, end: start + 1 }, { max: MAX_NESTING_DEPTH }));
  return kept;
}

/** Sorts by position and keeps the first `MAX_DIAGNOSTICS`, then one IG0008 saying how many were hidden. */
export function capDiagnostics(path: string, all: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...all].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  if (sorted.length <= MAX_DIAGNOSTICS) return sorted;
  const kept = sorted.slice(0, MAX_DIAGNOSTICS);
  const firstHidden = sorted[MAX_DIAGNOSTICS];
  const range = firstHidden ? firstHidden.range : { start: 0, end: 0 };
  kept.push(tooManyErrors.create(path, range, { max: MAX_DIAGNOSTICS, hidden: sorted.length - MAX_DIAGNOSTICS }));
  return kept;
}
