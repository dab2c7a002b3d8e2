// A minimal YAML writer for plain data: block mappings and sequences, strings always double-quoted
// with JSON escapes (valid YAML), numbers and booleans bare. Enough for OpenSLO documents.
export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/u;
const key = (k: string): string => (KEY.test(k) ? k : JSON.stringify(k));

function scalar(v: string | number | boolean): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function lines(v: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (typeof v !== 'object') return [`${pad}${scalar(v)}`];
  if (Array.isArray(v)) {
    const items = v as readonly YamlValue[];
    if (items.length === 0) return [`${pad}[]`];
    return items.flatMap((item) => {
      const inner = lines(item, indent + 2);
      const first = inner[0] ?? '';
      return [`${pad}- ${first.slice(indent + 2)}`, ...inner.slice(1)];
    });
  }
  const entries = Object.entries(v as Record<string, YamlValue | undefined>).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  if (entries.length === 0) return [`${pad}{}`];
  return entries.flatMap(([k, x]) => {
    const empty = typeof x === 'object' && (Array.isArray(x) ? x.length === 0 : Object.keys(x).length === 0);
    if (typeof x !== 'object' || empty) return [`${pad}${key(k)}: ${typeof x === 'object' ? (Array.isArray(x) ? '[]' : '{}') : scalar(x)}`];
    return [`${pad}${key(k)}:`, ...lines(x, indent + 2)];
  });
}

export function toYaml(v: YamlValue): string {
  return `${lines(v, 0).join('\n')}\n`;
}
