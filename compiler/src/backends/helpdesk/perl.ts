// A small Perl data writer for the configuration exports (RT, Znuny): strings single-quoted, integers
// bare, arrays `[ … ]`, hashes `{ key => value }` in insertion order, 4-space indent.
export type PerlValue = string | number | readonly PerlValue[] | { readonly [key: string]: PerlValue | undefined };

export function perlString(s: string): string {
  return `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

function perlKey(k: string): string {
  return /^(?:0|[1-9][0-9]*|[A-Za-z_][A-Za-z0-9_]*)$/.test(k) ? k : perlString(k);
}

/** Short values on one line: `{ Start => '12:00', End => '14:00' }`. */
function inline(v: PerlValue): string {
  if (typeof v === 'string') return perlString(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const items = v as readonly PerlValue[];
    return items.length === 0 ? '[]' : `[ ${items.map(inline).join(', ')} ]`;
  }
  const entries = Object.entries(v as Record<string, PerlValue | undefined>).filter((e): e is [string, PerlValue] => e[1] !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${perlKey(k)} => ${inline(x)}`).join(', ')} }`;
}

const INLINE_WIDTH = 110;

export function perlValue(v: PerlValue, indent = 0): string {
  const flat = inline(v);
  if (flat.length + indent <= INLINE_WIDTH) return flat;
  const pad = ' '.repeat(indent + 4);
  const end = ' '.repeat(indent);
  if (typeof v === 'string') return perlString(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const items = v as readonly PerlValue[];
    if (items.length === 0) return '[]';
    if (items.every((x) => typeof x !== 'object')) return `[ ${items.map((x) => perlValue(x)).join(', ')} ]`;
    return `[\n${items.map((x) => `${pad}${perlValue(x, indent + 4)},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(v as Record<string, PerlValue | undefined>).filter((e): e is [string, PerlValue] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${pad}${perlKey(k)} => ${perlValue(x, indent + 4)},`).join('\n')}\n${end}}`;
}

/** `# text` lines. */
export function perlComment(lines: readonly string[]): string {
  return lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n');
}

/** A hash as a Perl list `( key => value, … )`, for `Set(%Option, …)`. */
export function perlHashList(v: { readonly [key: string]: PerlValue | undefined }): string {
  const text = perlValue(v);
  return text === '{}' ? '()' : `(${text.slice(1, -1)})`;
}
