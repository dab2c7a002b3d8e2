// Text from a contract reaches the terminal and CI logs inside messages (an import path, a name, a
// value) and as file names. Control characters in it could clear the screen, recolour the output or
// start a forged line ("0 errors"), so every human-readable output shows them as `\u{…}` escapes, the
// language's own notation (issue 17). Tabs stay; line breaks stay only where `lines` allows them.

// C0 controls but tab, DEL and the C1 controls (U+009B is a CSI on some terminals), line and paragraph
// separators, and the bidirectional overrides and isolates (Trojan Source).
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_KEEPING_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const escape = (c: string): string => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;

/** One line of output: every control character, line breaks included, written as an escape. */
export function printable(s: string): string {
  return s.replace(UNSAFE, escape);
}

/** Several lines of output (usage messages): line breaks kept, other controls escaped. */
export function printableLines(s: string): string {
  return s.replace(UNSAFE_KEEPING_LINES, escape);
}
