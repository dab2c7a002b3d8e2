import fc from 'fast-check';

// A generator of random valid contracts for the format property test: random statements and values,
// nesting, comments in every position, blank lines, `;` separators and sloppy indentation.

const name = fc.constantFrom('party', 'sla', 'fee', 'response', 'x', 'service_start', 'société', 'P1', 'FR-69', 'a_very_long_keyword_name');
const value = fc.oneof(
  fc.constantFrom('"Network Service SARL"', '"quote \\" back \\\\ \\u{1F600}"', '""', '"a, b; c // not a comment"', '"  spaced  "'),
  fc.constantFrom('25', '1450.00', '30 min', '4 business_hours', '1450.00 EUR', '99.5%', '2027-01-01', '2026-10', '08:00', '22:00-06:00', 'mon..fri', 'FR', 'yes'),
  fc.constantFrom('"""\n  Le prestataire\n    s\'engage.\n\n  Fin.  \n  """', '"""inline first\n   next"""', '""""""'),
);
const list = fc.array(value, { minLength: 2, maxLength: 6 }).chain((vs) =>
  fc.array(fc.constantFrom(', ', ',', ',\n      ', ', /* c */ ', ', // c\n  '), { minLength: vs.length - 1, maxLength: vs.length - 1 })
    .map((seps) => vs.map((v, i) => (i === 0 ? v : `${seps[i - 1] ?? ', '}${v}`)).join('')));
const arg = fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: list });
const comment = fc.constantFrom('// note', '// trailing  ', '/* block */', '/* multi\n   line */');
const gap = fc.constantFrom('\n', '\n\n', '\n\n\n', '; ', '\n  // own line\n', '\n/* own */ ', ' // eol\n', '\n   ');

interface Tree { readonly text: string }

const statement: fc.Memo<Tree> = fc.memo((depth: number) => {
  const head = fc.tuple(name, fc.array(arg, { maxLength: 3 }), fc.option(fc.constantFrom(' /* h */', ''), { nil: '' }))
    .map(([k, args, c]) => `${k}${c}${args.map((a) => ` ${a}`).join('')}`);
  if (depth <= 0) return head.map((text) => ({ text }));
  return fc.tuple(head, fc.option(block(depth - 1), { nil: undefined }))
    .map(([h, b]) => ({ text: b === undefined ? h : `${h} ${b.text}` }));
});

const block = (depth: number): fc.Arbitrary<Tree> =>
  fc.tuple(fc.array(fc.tuple(statement(depth), gap), { maxLength: 4 }), fc.option(comment, { nil: undefined }), fc.constantFrom('', '\n', ' '))
    .map(([items, inner, lead]) => {
      const body = items.map(([s, g]) => `${s.text}${g}`).join('');
      const tail = inner === undefined ? '' : `\n${inner}\n`;
      return { text: `{${lead}${body}${tail}\n}` };
    });

export const file = fc.tuple(fc.option(comment, { nil: undefined }), fc.array(fc.tuple(statement(3), gap), { minLength: 0, maxLength: 4 }), fc.option(comment, { nil: undefined }))
  .map(([header, items, trailer]) => `${header === undefined ? '' : `${header}\n\n`}${items.map(([s, g]) => `${s.text}${g}`).join('\n')}\n${trailer ?? ''}\n`);
