// Reading the literals whose text is not yet their value: string escapes, text blocks, dates, months
// and times. Pure functions returning problems as offsets; the AST builder turns them into diagnostics.

/** An invalid escape inside a string, as offsets relative to the string's content. */
export interface EscapeProblem {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DecodedString {
  readonly value: string;
  readonly problems: readonly EscapeProblem[];
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' };
const UNICODE_ESCAPE = /u\{([0-9A-Fa-f]{1,6})\}/y;

/**
 * Decodes the content of a `"…"` string (without its quotes). Supported escapes: `\" \\ \n \t \r` and
 * `\u{1F600}` (1–6 hex digits, a Unicode scalar value). An invalid escape is kept as written in the value,
 * so the editor still shows sensible text, and reported.
 */
export function decodeString(content: string): DecodedString {
  if (!content.includes('\\')) return { value: content, problems: [] };
  let value = '';
  const problems: EscapeProblem[] = [];
  let i = 0;
  while (i < content.length) {
    const slash = content.indexOf('\\', i);
    if (slash < 0) { value += content.slice(i); break; }
    value += content.slice(i, slash);
    const next = content[slash + 1];
    if (next === undefined) {
      problems.push({ start: slash, end: slash + 1, text: '\\' });
      value += '\\';
      break;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) { value += simple; i = slash + 2; continue; }
    UNICODE_ESCAPE.lastIndex = slash + 1;
    const m = UNICODE_ESCAPE.exec(content);
    const cp = m?.[1] === undefined ? -1 : parseInt(m[1], 16);
    if (m !== null && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
      value += String.fromCodePoint(cp);
      i = slash + 1 + m[0].length;
      continue;
    }
    // Report `\x` (one code point) or the whole malformed `\u{…}` so the message shows what was written.
    const width = m !== null ? m[0].length : isHighSurrogate(next.charCodeAt(0)) && slash + 2 < content.length ? 2 : 1;
    const text = content.slice(slash, slash + 1 + width);
    const end = slash + text.length;
    problems.push({ start: slash, end, text });
    value += text;
    i = end;
  }
  return { value, problems };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const LINE_BREAK = /\r\n|\r|\n/;
const BLANK_LINE = /^[ \t\u00A0\u202F]*$/;

/**
 * The value of a `"""…"""` text block from its raw content (between the quotes), as Java text blocks do:
 * the line break right after the opening quotes is dropped, a last line holding only blanks before the
 * closing quotes is dropped, and the indentation common to the non-blank lines is removed. Line breaks
 * become `\n` whatever the file uses, so CRLF and LF files give the same wording.
 */
export function textBlockValue(content: string): string {
  const lines = content.split(LINE_BREAK);
  if (lines.length > 1 && BLANK_LINE.test(lines[0] ?? '')) lines.shift();
  if (lines.length > 1 && BLANK_LINE.test(lines[lines.length - 1] ?? '')) lines.pop();
  let indent = Infinity;
  for (const line of lines) {
    if (BLANK_LINE.test(line)) continue;
    let n = 0;
    while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
    if (n < indent) indent = n;
  }
  if (indent === Infinity) indent = 0;
  return lines.map((line) => (BLANK_LINE.test(line) ? '' : line.slice(indent))).join('\n');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** `YYYY-MM-DD` names a day of the proleptic Gregorian calendar. */
export function isValidDate(text: string): boolean {
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const max = m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return d <= max;
}

/** `YYYY-MM` with a month from 01 to 12. */
export function isValidMonth(text: string): boolean {
  const m = Number(text.slice(5, 7));
  return m >= 1 && m <= 12;
}

/**
 * Minutes since midnight of `HH:MM`, or `undefined` when it is not a time. `24:00` is the end of the
 * day: accepted only when `asEnd` is true.
 */
export function timeMinutes(text: string, asEnd: boolean): number | undefined {
  const h = Number(text.slice(0, 2));
  const m = Number(text.slice(3, 5));
  if (m > 59) return undefined;
  if (h === 24 && m === 0 && asEnd) return 1440;
  if (h > 23) return undefined;
  return h * 60 + m;
}
