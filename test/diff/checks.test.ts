import { describe, expect, it } from 'vitest';
import { changeFindings, diffModels } from '../../compiler/src/backends/diff/index.ts';
import { renderMessage as render } from '../../compiler/src/diagnostics/index.ts';
import { checkText, edit, flagshipAmended, FLAGSHIP } from './helpers.ts';

// Changes that need more than an amendment (IG8002–IG8005), each at the statement that changed, with
// the facts said in the message's own language.

const base = checkText(FLAGSHIP).model;
function findings(text: string): ReturnType<typeof changeFindings> {
  const m = checkText(text).model;
  return changeFindings(base, m, diffModels(base, m));
}
const codes = (text: string): string[] => findings(text).map((d) => d.code);

describe('checks on a change', () => {
  it('finds nothing in the flagship’s realistic amendment (Syntec revision within its cap)', () => {
    expect(codes(flagshipAmended())).toEqual([]);
  });

  it('IG8002: a party replaced by another company, not a party renamed', () => {
    const replaced = edit(edit(edit(FLAGSHIP, 'name "Network Service SARL"', 'name "Infogérance Alpes SAS"'), 'siret "50196734300028"', 'siret "44306184100047"'), 'vat "FR30501967343"', 'vat "FR83443061841"');
    const ds = findings(replaced);
    expect(ds.map((d) => d.code)).toEqual(['IG8002']);
    expect(render(ds[0] as never, 'fr')).toContain('Infogérance Alpes SAS');
    expect(render(ds[0] as never, 'en')).toContain('assignment');
    // Same SIRET, new trading name: the same company.
    expect(codes(edit(FLAGSHIP, 'name "Network Service SARL"', 'name "Network Service Lyon SARL"'))).toEqual([]);
  });

  it('IG8003: a fee raised beyond the revision cap, not within it', () => {
    expect(codes(edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1600.00 EUR'))).toEqual(['IG8003']);
    expect(codes(edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1500.00 EUR'))).toEqual([]);
    const ds = findings(edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1600.00 EUR'));
    expect(render(ds[0] as never, 'en')).toMatch(/€1,600\.00/u);
    expect(render(ds[0] as never, 'fr')).toMatch(/1\s600,00\s€/u);
  });

  it('IG8004: a penalised target lengthened, not one shortened', () => {
    const ds = findings(edit(FLAGSHIP, 'restore  4 business_hours', 'restore  6 business_hours'));
    expect(ds.map((d) => d.code)).toEqual(['IG8004']);
    expect(render(ds[0] as never, 'en')).toMatch(/6\sbusiness\shours/u);
    expect(render(ds[0] as never, 'en')).not.toMatch(/heures/u);
    expect(codes(edit(FLAGSHIP, 'restore  4 business_hours', 'restore  3 business_hours'))).toEqual([]);
    // P3 carries no penalty: lengthening its restoration waives nothing.
    expect(codes(edit(FLAGSHIP, 'restore  2 business_days\n      resolve  5 business_days', 'restore  3 business_days\n      resolve  5 business_days'))).toEqual([]);
  });

  it('IG8005: scope reduced under a fixed term, not when the client may terminate for convenience', () => {
    const fewer = edit(FLAGSHIP, '      kind laptop\n      count 4', '      kind laptop\n      count 2');
    const fixed = (t: string): string => edit(t, '      by client\n      notice 6 months', '      by provider\n      notice 6 months');
    expect(codes(fixed(fewer)).filter((c) => c === 'IG8005')).toEqual(['IG8005']);
    expect(codes(fewer).filter((c) => c === 'IG8005')).toEqual([]);
  });
});
