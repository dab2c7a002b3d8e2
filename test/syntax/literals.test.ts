import { describe, expect, it } from 'vitest';
import { parse } from '../../compiler/src/ast/index.ts';
import type { Value } from '../../compiler/src/ast/index.ts';
import { decodeString, isValidDate, lookupUnit, textBlockValue, timeMinutes, UNITS } from '../../compiler/src/syntax/index.ts';

function args(text: string): readonly Value[] {
  const r = parse({ path: 't.infog', text });
  const first = r.file.items[0];
  return first?.kind === 'statement' ? first.args : [];
}

describe('units and quantities', () => {
  it('every unit has a dimension and both labels, and names are unique', () => {
    const names = new Set(UNITS.map((u) => u.name));
    expect(names.size).toBe(UNITS.length);
    for (const u of UNITS) expect(u.label.fr && u.label.en).toBeTruthy();
    expect(lookupUnit('EUR')?.dimension).toBe('currency');
    expect(lookupUnit('business_days')?.dimension).toBe('duration');
    expect(lookupUnit('hq')).toBeUndefined();
  });

  it('a unit name right after a number forms a quantity', () => {
    const [q] = args('x 30 min');
    expect(q).toMatchObject({ kind: 'quantity', amount: { kind: 'number', value: 30, text: '30' }, unit: { text: 'min' }, range: { start: 2, end: 8 } });
  });

  it('keeps the digits of money as written', () => {
    expect(args('fee 1450.00 EUR')[0]).toMatchObject({ kind: 'quantity', amount: { text: '1450.00', value: 1450 } });
  });

  it('a non-unit name after a number is the next value', () => {
    expect(args('count 25 at hq').map((v) => v.kind)).toEqual(['number', 'name', 'name']);
  });

  it('a unit name not after a number is a plain name', () => {
    expect(args('x per month').map((v) => v.kind)).toEqual(['name', 'name']);
  });

  it('quantities in a list', () => {
    const [list] = args('x 5 EUR, 6 CHF');
    expect(list?.kind).toBe('list');
    if (list?.kind === 'list') expect(list.items.map((v) => v.kind)).toEqual(['quantity', 'quantity']);
  });
});

describe('text block dedent', () => {
  it('drops the first line break, the closing line, and the common indentation', () => {
    expect(textBlockValue('\n    a\n      b\n    ')).toBe('a\n  b');
  });
  it('keeps inner blank lines empty and normalises CRLF', () => {
    expect(textBlockValue('\r\n  a\r\n\r\n  b\r\n  ')).toBe('a\n\nb');
  });
  it('single-line and empty blocks', () => {
    expect(textBlockValue('one line')).toBe('one line');
    expect(textBlockValue('\n')).toBe('');
    expect(textBlockValue('')).toBe('');
  });
  it('content on the closing line is kept', () => {
    expect(textBlockValue('\n  a\n  b')).toBe('a\nb');
  });
  it('contentStart points after the opening quotes', () => {
    const [t] = args('w """\n  x\n  """');
    expect(t).toMatchObject({ kind: 'text', contentStart: 5, value: 'x' });
  });
});

describe('string escapes', () => {
  it('decodes the supported escapes', () => {
    expect(decodeString('a\\"b\\\\c\\nd\\te\\rf')).toEqual({ value: 'a"b\\c\nd\te\rf', problems: [] });
    expect(decodeString('\\u{1F600}\\u{e9}\\u{0}').value).toBe('😀é\0');
  });
  it('reports invalid escapes and keeps them as written', () => {
    expect(decodeString('C:\\dir')).toEqual({ value: 'C:\\dir', problems: [{ start: 2, end: 4, text: '\\d' }] });
    expect(decodeString('\\u{110000}').problems).toEqual([{ start: 0, end: 10, text: '\\u{110000}' }]);
    expect(decodeString('\\u{}').problems[0]?.text).toBe('\\u');
    expect(decodeString('\\u{1234567}').problems[0]?.text).toBe('\\u');
    expect(decodeString('end\\').problems).toEqual([{ start: 3, end: 4, text: '\\' }]);
  });
  it('a string value in the AST has escapes decoded and its range includes the quotes', () => {
    expect(args('x "a\\nb"')[0]).toEqual({ kind: 'string', value: 'a\nb', range: { start: 2, end: 8 } });
  });
});

describe('dates and times', () => {
  it('validates the Gregorian calendar', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2027-04-31')).toBe(false);
    expect(isValidDate('2027-00-10')).toBe(false);
    expect(isValidDate('2027-01-00')).toBe(false);
  });
  it('accepts 24:00 only as an end', () => {
    expect(timeMinutes('24:00', true)).toBe(1440);
    expect(timeMinutes('24:00', false)).toBeUndefined();
    expect(timeMinutes('23:59', false)).toBe(1439);
    expect(timeMinutes('12:60', true)).toBeUndefined();
    expect(timeMinutes('24:01', true)).toBeUndefined();
  });
  it('invalid literals become error values with a diagnostic', () => {
    const r = parse({ path: 't', text: 'x 2027-02-30 2026-13 25:00 24:00-08:00' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['IG1006', 'IG1007', 'IG1008', 'IG1008']);
    const s = r.file.items[0];
    expect(s?.kind === 'statement' && s.args.map((v) => v.kind)).toEqual(['error', 'error', 'error', 'error']);
  });
});
