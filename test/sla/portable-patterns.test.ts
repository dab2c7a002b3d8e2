// The published JSON Schema's patterns mean the same thing to every validator integrators use (spec
// sla-v1 "Rules"; compiler/src/backends/sla/portable-regex.ts lists the portable subset):
// - every pattern is written in that subset (a small lint over the committed file);
// - the name and path patterns, rewritten without `\p{…}` and lookahead, accept exactly what the
//   original definitions accept (exhaustively per code point, and on random strings);
// - each pattern's accept/reject cases give the same answer with ajv and with Python's `jsonschema`,
//   including the inputs where the dialects differ (Unicode digits for `\d`, a trailing newline for `$`).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_RANGES, MARK_RANGES, PART_RANGES } from '../../compiler/src/backends/sla/name-classes.generated.ts';
import { slaAmountSchema, slaDateSchema, slaNameSchema } from '../../compiler/src/backends/sla/schema.ts';
import { pythonMissingInCi, pythonValidate, pythonValidateBatches, PYTHON } from '../helpers/python-jsonschema.ts';

const committed = JSON.parse(readFileSync(new URL('../../compiler/schemas/sla-v1.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

interface PatternNode {
  readonly pointer: string;
  readonly node: Record<string, unknown>;
}

/** Every schema node that has a `pattern`, other than the "no newline" siblings. */
function patternNodes(root: unknown): PatternNode[] {
  const out: PatternNode[] = [];
  const walk = (n: unknown, pointer: string): void => {
    if (Array.isArray(n)) return n.forEach((x, i) => walk(x, `${pointer}/${i}`));
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    if (typeof o['pattern'] === 'string' && o['pattern'] !== String.raw`\n`) out.push({ pointer, node: o });
    for (const [k, v] of Object.entries(o)) walk(v, `${pointer}/${k}`);
  };
  walk(root, '#');
  return out;
}

const NODES = patternNodes(committed);

/** What is not portable in a pattern, or [] (portable-regex.ts). */
function unportable(pattern: string): string[] {
  const found: string[] = [];
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith(String.raw`\$`)) found.push('not anchored ^…$');
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[pPdDwWsSbBuUkKzZA0-9]/u.test(next)) found.push(`\\${next}`);
      if (next === 'x' && !/^[0-9a-fA-F]{2}$/u.test(pattern.slice(i + 2, i + 4))) found.push('\\x without two hex digits');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '.') found.push('. outside a class');
    else if (c === '(' && pattern[i + 1] === '?' && pattern[i + 2] !== ':') found.push(`(?${pattern[i + 2] ?? ''}`);
    else if (c === '^' && i !== 0) found.push('^ inside');
    else if (c === '$' && i !== pattern.length - 1) found.push('$ inside');
    else if (c === '{' && pattern[i + 1] === ',') found.push('{,n}');
  }
  return found;
}

describe('patterns of the published JSON Schema', () => {
  it('has the patterns this test knows', () => expect(NODES.length).toBe(20));

  it('uses only syntax common to ECMA-262, Python re and RE2', () => {
    const bad = NODES.map((p) => ({ pointer: p.pointer, issues: unportable(String(p.node['pattern'])) })).filter((p) => p.issues.length > 0);
    expect(bad).toEqual([]);
  });

  it('lints what it should (the old name and path patterns fail)', () => {
    expect(unportable(String.raw`^(?![0-9]+$)[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*$`)).toEqual(expect.arrayContaining(['\\p', '(?!', '$ inside']));
    expect(unportable(String.raw`^(?!(?:.*\/)?\.\.(?:\/|$))[^\\\0]+$`)).toEqual(expect.arrayContaining(['(?!', '. outside a class', '\\0']));
    expect(unportable(String.raw`^\d{4}$`)).toEqual(['\\d']);
  });

  it('pairs every pattern that cannot match a line break with a "no newline" sibling (Python $)', () => {
    const path = '#/properties/contract/properties/source/properties/file';
    for (const p of NODES) {
      if (p.pointer === path) expect(p.node['not'], p.pointer).toBeUndefined();
      else expect(p.node['not'], p.pointer).toEqual({ pattern: String.raw`\n` });
    }
  });
});

// ---- The rewritten name pattern equals its \p{…} + lookahead definition ------------------------------

const OLD_NAME = /^(?![0-9]+$)[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}\p{N}_]+)*$/u;
const nameValid = (s: string): boolean => slaNameSchema.safeParse(s).success;

function rangeSet(table: string): Set<number> {
  const set = new Set<number>();
  for (const r of table.split(',')) {
    const [a = '', b] = r.split('-');
    for (let c = parseInt(a, 36); c <= parseInt(b ?? a, 36); c++) set.add(c);
  }
  return set;
}

describe('the portable name pattern', () => {
  it('has character tables equal to the runtime’s Unicode data (regenerate: scripts/gen-sla-name-classes.ts)', () => {
    const tables: [string, string, RegExp][] = [
      ['FIRST', FIRST_RANGES, /^(?![0-9])[\p{L}\p{N}_]$/u],
      ['MARK', MARK_RANGES, /^\p{M}$/u],
      ['PART', PART_RANGES, /^[\p{L}\p{M}\p{N}_]$/u],
    ];
    for (const [name, table, re] of tables) {
      const listed = rangeSet(table);
      const wrong: string[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        if (re.test(String.fromCodePoint(c)) !== listed.has(c)) wrong.push(c.toString(16));
      }
      expect(wrong, name).toEqual([]);
    }
  });

  it('accepts exactly the names of the original definition (random strings)', () => {
    const alphabet = fc.constantFrom('0', '7', 'a', 'Z', '_', '-', 'é', 'e\u0301', '\u0301', '٣', '𝒜', '𝟙', ' ', '.', '\n', '\u200b', 'ß', 'ǅ');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')), (s) => {
      expect(nameValid(s), JSON.stringify(s)).toBe(OLD_NAME.test(s));
    }), { numRuns: 20_000, seed: 14 });
  });
});

// ---- The rewritten path pattern says what the spec says ------------------------------------------------

const PATH_POINTER = '#/properties/contract/properties/source/properties/file';
const pathRegex = new RegExp(String(NODES.find((p) => p.pointer === PATH_POINTER)?.node['pattern']), 'u');

/** Spec: relative to the project root, `/`-separated, not absolute, no `..` segment, no `\` or NUL. */
function isRelativePath(s: string): boolean {
  return s !== '' && !/[\\\0]/u.test(s) && !s.startsWith('/') && !/^[A-Za-z]:/u.test(s) && !s.split('/').includes('..');
}

describe('the portable path pattern', () => {
  it('accepts exactly the relative paths without a .. segment (random strings)', () => {
    const alphabet = fc.constantFrom('.', '/', '\\', 'a', 'C', ':', '\0', '\n', '\r', '\u2028', 'é', '𝒜');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 9 }).map((a) => a.join('')), (s) => {
      expect(pathRegex.test(s), JSON.stringify(s)).toBe(isRelativePath(s));
    }), { numRuns: 30_000, seed: 14 });
  });

  it('closes the hole of the old lookahead, whose `.` stopped at a line break', () => {
    const old = /^(?![/\\])(?![A-Za-z]:)(?!(?:.*\/)?\.\.(?:\/|$))[^\\\0]+$/u;
    expect(old.test('x\r/../y')).toBe(true);
    expect(pathRegex.test('x\r/../y')).toBe(false);
  });
});

// ---- Accept / reject cases: ajv and Python agree with the intended meaning -----------------------------

const Y = true;
const N = false;
/** Per pattern (by JSON pointer): [value, valid?]. Each pattern of the schema has cases. */
const CASES: Readonly<Record<string, readonly [string, boolean][]>> = {
  '#/$defs/Name': [
    ['P1', Y], ['ns', Y], ['24x7', Y], ['bureau-genève', Y], ['heures_ouvrées', Y], ['Gene\u0300ve', Y], ['12-34', Y],
    ['1\u0301', Y], ['٣', Y], ['12٣', Y], ['_', Y], ['𝒜bc', Y], ['x𝟙', Y], ['CH-GE', Y], ['x-\u0301', Y],
    ['', N], ['24', N], ['0', N], ['-x', N], ['x-', N], ['a--b', N], ['a b', N], ['a.b', N], ['\u0301x', N],
    ['P1\n', N], ['\nP1', N], ['P1 ', N], ['a\u200bb', N], ['٣\n', N], ['24\n', N],
  ],
  '#/$defs/Date': [
    ['2027-01-01', Y], ['2028-02-29', Y], ['2000-02-29', Y], ['2027-12-31', Y],
    ['2027-02-29', N], ['1900-02-29', N], ['2027-13-01', N], ['2027-1-01', N], ['٢٠٢٧-01-01', N], ['２０２７-01-01', N],
    ['2027-01-01\n', N], ['2027-01-01T00:00', N], ['2027-02-30', N],
  ],
  '#/$defs/Amount': [
    ['45.00', Y], ['0.01', Y], ['1000000.99', Y],
    ['0.00', N], ['45.0', N], ['045.00', N], ['45.00\n', N], ['٤٥.00', N], ['45', N],
  ],
  '#/$defs/Window/prefixItems/0': [['08:00', Y], ['23:59', Y], ['00:00', Y], ['24:00', N], ['8:00', N], ['08:00\n', N], ['٠٨:00', N]],
  '#/$defs/Window/prefixItems/1': [['18:00', Y], ['24:00', Y], ['24:01', N], ['24:00\n', N], ['1800', N]],
  '#/$defs/Calendar/properties/timezone': [
    ['Europe/Paris', Y], ['America/Argentina/Buenos_Aires', Y], ['UTC', Y], ['Etc/GMT+1', Y],
    ['europe/paris', N], ['Paris', N], ['UTC\n', N], ['Europe/Paris\n', N], ['Europe/Pa ris', N],
  ],
  '#/$defs/Calendar/properties/holidayRules/items': [['FR', Y], ['FR-57', Y], ['CH-GE', Y], ['fr', N], ['FR-', N], ['FR\n', N]],
  '#/$defs/Channel/oneOf/0/properties/address': [['+33 4 72 00 00 00', Y], ['04.72.00.00.00', Y], ['+33 4 72 00 00 00\n', N], ['٠٤ 72 00', N], ['phone', N]],
  '#/$defs/Channel/oneOf/1/properties/address': [['+41 79 000 00 00', Y], ['+41 79 000 00 00\n', N]],
  '#/$defs/Channel/oneOf/2/properties/address': [['support@ns.example', Y], ['a.b+c@x-y.example', Y], ['support@ns.example\n', N], ['a@b', N], ['a b@c.example', N]],
  '#/properties/availability/items/properties/excludes/items': [['planned_maintenance', Y], ['x1', Y], ['planned_maintenance\n', N], ['Planned', N], ['1x', N]],
  '#/properties/contract/properties/source/properties/sha256': [['0f'.repeat(32), Y], [`${'0f'.repeat(32)}\n`, N], ['0F'.repeat(32), N], ['abc', N]],
  '#/$defs/Identifier/oneOf/0/properties/value': [['732829320', Y], ['732829320\n', N], ['７３２８２９３２０', N], ['73282932', N]],
  '#/$defs/Identifier/oneOf/1/properties/value': [['50196734300028', Y], ['50196734300028\n', N], ['5019673430002٨', N]],
  '#/$defs/Identifier/oneOf/2/properties/value': [['FR30501967343', Y], ['FR30501967343\n', N], ['FRIO501967343', N]],
  '#/$defs/Identifier/oneOf/3/properties/value': [['CHE100155212', Y], ['CHE100155212\n', N], ['CHE-100.155.212', N]],
  '#/$defs/Identifier/oneOf/4/properties/value': [['CHE107787577IVA', Y], ['CHE107787577MWST', Y], ['CHE107787577IVA\n', N], ['CHE107787577', N]],
  '#/$defs/Identifier/oneOf/5/properties/value': [['0403019261', Y], ['0403019261\n', N], ['2403019261', N]],
  '#/$defs/Identifier/oneOf/6/properties/value': [['BE0403019261', Y], ['BE0403019261\n', N], ['BE2403019261', N]],
  [PATH_POINTER]: [
    ['examples/cabinet-dupont.infog', Y], ['a', Y], ['.', Y], ['./a', Y], ['a/./b', Y], ['...', Y], ['..a', Y], ['a..', Y],
    ['a//b', Y], ['a/', Y], ['x\n', Y], ['a/..\n', Y], ['C/x', Y], ['é/ü.infog', Y],
    ['', N], ['/abs', N], ['\\x', N], ['a\\b', N], ['C:/x', N], ['c:x', N], ['..', N], ['../x', N], ['a/../b', N], ['a/..', N],
    ['a\0b', N], ['x\r/../y', N], ['x\n/../y', N],
  ],
};

/** A standalone schema for one pattern node (its `pattern` and `not`). */
function standalone(node: Record<string, unknown>): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern: node['pattern'], ...(node['not'] ? { not: node['not'] } : {}) };
}

const ajv = new Ajv2020({ strict: true });

describe('accept and reject cases of every pattern', () => {
  it('covers every pattern of the schema', () => expect(Object.keys(CASES).sort()).toEqual(NODES.map((p) => p.pointer).sort()));

  it.each(NODES.map((p) => [p.pointer, p] as const))('ajv: %s', (pointer, p) => {
    const validate = ajv.compile(standalone(p.node));
    const wrong = (CASES[pointer] ?? []).filter(([value, valid]) => validate(value) !== valid).map(([value]) => JSON.stringify(value));
    expect(wrong).toEqual([]);
  });

  it('zod agrees on names, dates and amounts', () => {
    const check = (pointer: string, parse: (s: string) => boolean): void => {
      const wrong = (CASES[pointer] ?? []).filter(([value, valid]) => parse(value) !== valid).map(([value]) => JSON.stringify(value));
      expect(wrong, pointer).toEqual([]);
    };
    check('#/$defs/Name', nameValid);
    check('#/$defs/Date', (s) => slaDateSchema.safeParse(s).success);
    check('#/$defs/Amount', (s) => slaAmountSchema.safeParse(s).success);
  });

  it.runIf(pythonMissingInCi)('has Python jsonschema under CI (install python3-jsonschema: .ci/run)', () => {
    expect.fail('python3 with the jsonschema package is required when CI=true');
  });

  describe.skipIf(!PYTHON)('Python jsonschema', () => {
    it('accepts the committed schema (check_schema; every pattern compiles with re)', () => {
      expect(pythonValidate(committed, []).schemaError).toBeNull();
    });

    it('rejects the schema as it was, with \\p{…} (the failure integrators reported)', () => {
      const old = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern: OLD_NAME.source };
      expect(pythonValidate(old, []).schemaError).toContain("is not a 'regex'");
    });

    it('gives every pattern’s cases the expected answer', () => {
      const batches = NODES.map((p) => ({ schema: standalone(p.node), documents: (CASES[p.pointer] ?? []).map(([value]) => value) }));
      const out = pythonValidateBatches(batches).batches;
      const wrong: string[] = [];
      NODES.forEach((p, n) => {
        const r = out[n];
        expect(r?.schemaError, p.pointer).toBeNull();
        (CASES[p.pointer] ?? []).forEach(([value, valid], i) => {
          if ((r?.results[i]?.length === 0) !== valid) wrong.push(`${p.pointer} ${JSON.stringify(value)}`);
        });
      });
      expect(wrong).toEqual([]);
    });
  });
});
