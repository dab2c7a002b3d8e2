// Regular expressions the published JSON Schema can carry to every validator integrators use: ajv
// (ECMA-262 with the `u` flag), Python's `re` (the `jsonschema` package) and RE2 (Go). Spec sla-v1
// "Rules": only syntax common to all three. Concretely (test/sla/portable-patterns.test.ts lints every
// pattern of the schema against this list):
// - no `\p{…}` (Python, RE2 lack it): Unicode classes are literal code point ranges (`classFromRanges`);
// - no lookaround (RE2 lacks it), no backreference, no named group;
// - no `\d`, `\w`, `\s`, `\b` (Unicode-aware in Python, ASCII in JavaScript): `[0-9]` and friends;
// - no `.` (JavaScript's stops at \r, \u2028, \u2029, Python's only at \n);
// - no `\u` escape (RE2 lacks it) and no `\0` (use `\x00`);
// - `^` first, `$` last and nowhere else. Python's `$` also matches before a final newline, so a
//   pattern that never matches a newline gets a sibling `not: { pattern: "\n" }` in the JSON Schema
//   (json-schema.ts) and Python rejects "P1\n" exactly as ajv does.

/** `\`, `]`, `[`, `^`, `-` escaped for use inside a character class (valid in all three dialects). */
function classChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return /[\\\][^-]/u.test(ch) ? `\\${ch}` : ch;
}

/**
 * The body of a character class (without brackets) listing the base-36 ranges `a-b,c,…` of a
 * generated table as literal characters.
 */
export function classFromRanges(table: string): string {
  return table.split(',').filter((r) => r !== '').map((r) => {
    const [a = '', b] = r.split('-');
    const from = parseInt(a, 36);
    const to = b === undefined ? from : parseInt(b, 36);
    return from === to ? classChar(from) : `${classChar(from)}-${classChar(to)}`;
  }).join('');
}
