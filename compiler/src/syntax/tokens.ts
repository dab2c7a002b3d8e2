import { createToken, Lexer } from 'chevrotain';
import { NAME_START_RANGES } from './name-starts.generated.ts';
import type { CustomPatternMatcherReturn, TokenType } from 'chevrotain';

// Token types of the language core. The order of `ALL_TOKENS` is the lexer's priority order: Chevrotain
// takes the first pattern that matches (not the longest), so longer literals come before their prefixes
// (DATE before MONTH before NUMBER, TEXT_BLOCK before STRING).
//
// Every pattern is either a plain (non-unicode) regexp Chevrotain can analyse, or a custom matcher with
// `start_chars_hint`, so the lexer keeps its "first character" dispatch table (`ensureOptimizations`).

/** Blank space that is not a line break: space, tab, and the no-break spaces French keyboards type. */
const BLANK = '[ \\t\\u00A0\\u202F]';

// C0 controls other than tab/CR/LF, DEL, and the bidirectional overrides/isolates of "Trojan Source"
// (CVE-2021-42574). They are reported by `scanControls` (limits.ts) wherever they occur, including in
// strings and comments, and skipped here so one stray byte does not also break the statement around it.
export const CONTROL_CHARS = '\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: new RegExp(`${BLANK}+`), group: Lexer.SKIPPED });
export const Control = createToken({ name: 'Control', pattern: new RegExp(`[${CONTROL_CHARS}]+`), group: Lexer.SKIPPED });
// Tokens that may run for megabytes (line-break runs, comments, strings, text blocks) are matched by
// loops rather than regexps: a regexp such as `(?:a|b)*` keeps one backtracking entry per repetition,
// and V8 throws "Maximum call stack size exceeded" on a few million of them. A loop costs nothing per
// character and cannot overflow, whatever the input (issue 17).

const CR = 13;
const LF = 10;

/** Width of the line break at `i` (CRLF, CR or LF), 0 when there is none. */
function breakWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === LF) return 1;
  if (c === CR) return text.charCodeAt(i + 1) === LF ? 2 : 1;
  return 0;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** A line break, then any blank lines after it (blanks followed by another line break). */
function matchLineBreaks(text: string, offset: number): CustomPatternMatcherReturn | null {
  let end = offset + breakWidth(text, offset);
  if (end === offset) return null;
  for (;;) {
    let i = end;
    while (isBlank(text.charCodeAt(i))) i++;
    const w = breakWidth(text, i);
    if (w === 0) return [text.slice(offset, end)];
    end = i + w;
  }
}

/** One token per run of line breaks, blank lines included: the parser sees one separator. */
export const NL = createToken({
  name: 'NL',
  pattern: { exec: matchLineBreaks },
  start_chars_hint: [CR, LF],
  line_breaks: true,
  label: 'a line break',
});

/** Offset of the first CR or LF at or after `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return i;
}

function matchLineComment(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (!text.startsWith('//', offset)) return null;
  return [text.slice(offset, lineEnd(text, offset + 2))];
}

/** `open`, then everything up to and including the first `close`; null when `close` never comes. */
function delimited(open: string, close: string) {
  return (text: string, offset: number): CustomPatternMatcherReturn | null => {
    if (!text.startsWith(open, offset)) return null;
    const end = text.indexOf(close, offset + open.length);
    return end < 0 ? null : [text.slice(offset, end + close.length)];
  };
}

/** `open` and the rest of the text: the unclosed form, tried after `delimited` failed. */
function toEnd(open: string) {
  return (text: string, offset: number): CustomPatternMatcherReturn | null =>
    text.startsWith(open, offset) ? [text.slice(offset)] : null;
}

const SLASH = [47];
const QUOTE = [34];

export const LineComment = createToken({
  name: 'LineComment', pattern: { exec: matchLineComment }, start_chars_hint: SLASH, line_breaks: false, group: 'comments',
});
export const BlockComment = createToken({
  name: 'BlockComment', pattern: { exec: delimited('/*', '*/') }, start_chars_hint: SLASH, group: 'comments', line_breaks: true,
});
/** `/*` without `*\/`: the rest of the file is the comment (reported by the lexer stage). */
export const UnclosedComment = createToken({
  name: 'UnclosedComment', pattern: { exec: toEnd('/*') }, start_chars_hint: SLASH, group: 'comments', line_breaks: true,
});

// Categories: the parser consumes a category, the AST builder looks at the concrete type.
export const ValueToken = createToken({ name: 'ValueToken', pattern: Lexer.NA, label: 'a value' });
/** Tokens that may be arguments but cannot start a statement: a statement starts with a name. */
export const HeadlessStart = createToken({ name: 'HeadlessStart', pattern: Lexer.NA });
export const StringToken = createToken({ name: 'StringToken', pattern: Lexer.NA, label: 'a string' });

const literal = [ValueToken, HeadlessStart];

export const TextBlock = createToken({
  name: 'TextBlock',
  pattern: { exec: delimited('"""', '"""') },
  start_chars_hint: QUOTE,
  categories: literal,
  line_breaks: true,
  label: 'a text block',
});
export const UnclosedTextBlock = createToken({
  name: 'UnclosedTextBlock',
  pattern: { exec: toEnd('"""') },
  start_chars_hint: QUOTE,
  categories: literal,
  line_breaks: true,
  label: 'a text block',
});

/**
 * Scans a `"…"` string from its opening quote: a backslash takes the next character with it unless that
 * is a line break. Returns the end (after the closing quote) and whether the string was closed; an
 * unclosed one stops before the line break, keeping a trailing backslash.
 */
function scanString(text: string, offset: number): { end: number; closed: boolean } {
  let i = offset + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return { end: i + 1, closed: true };
    if (c === LF || c === CR) return { end: i, closed: false };
    if (c === 92 /* \\ */) {
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === LF || next === CR) return { end: i + 1, closed: false };
      i += 2;
      continue;
    }
    i++;
  }
  return { end: i, closed: false };
}

export const StringLit = createToken({
  name: 'String',
  pattern: {
    exec: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      if (text.charCodeAt(offset) !== 34) return null;
      const s = scanString(text, offset);
      return s.closed ? [text.slice(offset, s.end)] : null;
    },
  },
  start_chars_hint: QUOTE,
  line_breaks: false,
  categories: [...literal, StringToken],
  label: 'a string',
});
/** A string cut by the end of the line: kept as a string so the statement survives (reported later). */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: {
    exec: (text: string, offset: number): CustomPatternMatcherReturn | null =>
      text.charCodeAt(offset) === 34 ? [text.slice(offset, scanString(text, offset).end)] : null,
  },
  start_chars_hint: QUOTE,
  line_breaks: false,
  categories: [...literal, StringToken],
  label: 'a string',
});
export const DateLit = createToken({ name: 'Date', pattern: /\d{4}-\d{2}-\d{2}/, categories: literal, label: 'a date' });
export const MonthLit = createToken({ name: 'Month', pattern: /\d{4}-\d{2}/, categories: literal, label: 'a month' });
export const TimeRangeLit = createToken({
  name: 'TimeRange',
  pattern: /\d{2}:\d{2}-\d{2}:\d{2}/,
  categories: literal,
  label: 'a time range',
});
export const TimeLit = createToken({ name: 'Time', pattern: /\d{2}:\d{2}/, categories: literal, label: 'a time' });
export const PercentLit = createToken({ name: 'Percent', pattern: /\d+(?:\.\d+)?%/, categories: literal, label: 'a percentage' });
export const NumberLit = createToken({ name: 'Number', pattern: /\d+(?:\.\d+)?/, categories: literal, label: 'a number' });
/** `2'400.00`, `2’400.00`: a Swiss thousands separator. Read as the number, and reported once (IG1030). */
export const GroupedNumberLit = createToken({ name: 'GroupedNumber', pattern: /\d{1,3}(?:['\u2019]\d{3})+(?:\.\d+)?/, categories: literal, label: 'a number' });

// Names: a Unicode letter or `_`, then letters, marks (decomposed accents), digits or `_`, with `-`
// joining segments (`FR-69`, `CH-GE`). Chevrotain cannot analyse `u`-flag regexps, hence a custom
// matcher plus the list of characters a name may start with. The matcher scans ASCII with a table and
// asks a Unicode regexp only about non-ASCII characters: names are most of the tokens of a contract.
const UNI_START = /[\p{L}_]/uy;
const UNI_PART = /[\p{L}\p{M}\p{N}_]/uy;
/** 1: may start a name, 2: may continue one (ASCII only). */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) ASCII_NAME[c] = 1;
  else if (/[0-9]/.test(ch)) ASCII_NAME[c] = 2;
}

/** Code points that may start a name: the generated ranges, plus high surrogates (an astral letter
 *  may follow; the matcher decides). Chevrotain needs them as its first-character hint. */
function nameStartChars(): number[] {
  const out: number[] = [];
  for (const range of NAME_START_RANGES.split(',')) {
    const [a, b] = range.split('-');
    const from = parseInt(a ?? '0', 36);
    const to = b === undefined ? from : parseInt(b, 36);
    for (let c = from; c <= to; c++) out.push(c);
  }
  for (let c = 0xd800; c <= 0xdbff; c++) out.push(c);
  return out;
}

const NAME_STARTS = nameStartChars();

/** Width in code units of the name character at `i` (0 when there is none). */
function partWidth(text: string, i: number, re: RegExp): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_NAME[c] !== 0 && (re === UNI_PART || ASCII_NAME[c] === 1) ? 1 : 0;
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

function matchName(text: string, offset: number): CustomPatternMatcherReturn | null {
  let i = offset + partWidth(text, offset, UNI_START);
  if (i === offset) return null;
  for (;;) {
    const w = partWidth(text, i, UNI_PART);
    if (w > 0) { i += w; continue; }
    // A `-` belongs to the name only when a name character follows it (`FR-69`, not `x-`).
    if (text.charCodeAt(i) === 45 /* - */) {
      const after = partWidth(text, i + 1, UNI_PART);
      if (after > 0) { i += 1 + after; continue; }
    }
    return [text.slice(offset, i)];
  }
}

export const Name = createToken({
  name: 'Name',
  pattern: { exec: matchName },
  start_chars_hint: NAME_STARTS,
  line_breaks: false,
  categories: [ValueToken],
  label: 'a name',
});
/** `import` is the one reserved word; `imports` or `import_x` are names. */
export const Import = createToken({ name: 'Import', pattern: 'import', longer_alt: Name, label: "'import'" });

export const LCurly = createToken({ name: 'LCurly', pattern: '{', label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: '}', label: "'}'" });
export const Comma = createToken({ name: 'Comma', pattern: ',', categories: [HeadlessStart], label: "','" });
export const Semi = createToken({ name: 'Semi', pattern: ';', label: "';'" });
export const DotDot = createToken({ name: 'DotDot', pattern: '..', categories: literal, label: "'..'" });

// Catch-all, last in priority: a run of characters no other token can start with. It goes to its own
// group, so the parser never sees it, and the lexer stage turns each run into one diagnostic. Having it
// means Chevrotain's own error recovery (which retries every pattern at every offset) never runs.
const CAN_START = new Uint8Array(0x10000);
for (const c of NAME_STARTS) CAN_START[c] = 1;
for (const ch of ' \t\r\n\u00A0\u202F"{},;./0123456789') CAN_START[ch.charCodeAt(0)] = 1;
const CONTROL_RE = new RegExp(`[${CONTROL_CHARS}]`);
for (let c = 0; c <= 0x2069; c++) if (CONTROL_RE.test(String.fromCharCode(c))) CAN_START[c] = 1;

function matchUnknown(text: string, offset: number): CustomPatternMatcherReturn {
  const first = text.charCodeAt(offset);
  let end = offset + (first >= 0xd800 && first <= 0xdbff && offset + 1 < text.length ? 2 : 1);
  while (end < text.length && CAN_START[text.charCodeAt(end)] === 0) end++;
  return [text.slice(offset, end)];
}

const ALL_CODE_UNITS = Array.from({ length: 0x10000 }, (_, i) => i);

export const Unknown = createToken({
  name: 'Unknown',
  pattern: { exec: matchUnknown },
  start_chars_hint: ALL_CODE_UNITS,
  line_breaks: false,
  group: 'errors',
});

export const ALL_TOKENS: readonly TokenType[] = [
  WhiteSpace,
  Control,
  NL,
  LineComment,
  BlockComment,
  UnclosedComment,
  TextBlock,
  UnclosedTextBlock,
  StringLit,
  UnterminatedString,
  DateLit,
  MonthLit,
  TimeRangeLit,
  TimeLit,
  PercentLit,
  GroupedNumberLit,
  NumberLit,
  Import,
  Name,
  LCurly,
  RCurly,
  Comma,
  Semi,
  DotDot,
  Unknown,
  ValueToken,
  HeadlessStart,
  StringToken,
];

// Chevrotain's grammar self-checks cost ~15 ms at every start of the CLI. The grammar is fixed at
// build time, so they run under the test runner (which sets VITEST) and are skipped in production.
export const SKIP_GRAMMAR_VALIDATIONS = typeof process === 'undefined' || process.env['VITEST'] === undefined;
