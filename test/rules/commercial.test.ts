import { describe, expect, it } from 'vitest';
import { allCodes, checkSource, renderMessage } from '../../compiler/src/index.ts';
import { COMMERCIAL_PROFILES, PROFILE_VERSION } from '../../compiler/src/model/checks/profiles/commercial.ts';
import { MemoryHost } from '../helpers/host.ts';
import { codeActions } from '../../compiler/src/ide/index.ts';

// The commercial rules (IG3003 … IG3079, IG3090) and validators (IG4050–IG4099, IG4175–IG4179): each code's documented example
// triggers it and its fixed version does not; profile-dependent levels; the worked revision example.

type Diagnostics = ReturnType<typeof checkSource>['diagnostics'];

/** Wraps contract-level statements in a contract, under `law FR` unless they state their own law. */
function check(body: string): Diagnostics {
  const law = /^law /m.test(body) ? '' : 'law FR\n';
  const text = `contract "Test" {\n${law}${body}\n}\n`;
  return checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics;
}

const codesOf = (ds: Diagnostics): string[] => ds.map((d) => d.code);
const severityOf = (ds: Diagnostics, code: string): string[] => ds.filter((d) => d.code === code).map((d) => d.severity);

const RULE_NUMBERS = [3, 4, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31, 32, 33, 34, 79, 90];
const OWN = allCodes().filter((c) => RULE_NUMBERS.some((n) => c.code === `IG${3000 + n}`) || (c.code >= 'IG4050' && c.code <= 'IG4099') || (c.code >= 'IG4175' && c.code <= 'IG4179'));

describe('commercial codes: documented example and fix', () => {
  it('covers every rule of the topic and the validator band', () => {
    expect(OWN.filter((c) => c.code.startsWith('IG3')).length).toBe(RULE_NUMBERS.length);
    expect(OWN.filter((c) => c.code.startsWith('IG40')).length).toBeGreaterThanOrEqual(30);
  });
  for (const c of OWN) {
    it(`${c.code} ${c.rule ?? ''}: the example triggers it, the fixed version does not`, () => {
      expect(c.doc.example, c.code).toBeTruthy();
      expect(c.doc.fixed, c.code).toBeTruthy();
      const bad = check(c.doc.example ?? '');
      expect(codesOf(bad), c.doc.example).toContain(c.code);
      const good = check(c.doc.fixed ?? '');
      expect(codesOf(good), c.doc.fixed).not.toContain(c.code);
      expect(codesOf(good).filter((x) => x.startsWith('IG1') || x.startsWith('IG2')), c.doc.fixed).toEqual([]);
      expect(codesOf(bad).filter((x) => x.startsWith('IG1') || x.startsWith('IG2')), c.doc.example).toEqual([]);
    });
  }
});

describe('withdrawal.micro-client (IG3009)', () => {
  const client = (n: number): string => `party client c { name "Cabinet"; headcount ${n} }`;
  it('applies to a French client of 5 employees or fewer signed off-premises', () => {
    expect(severityOf(check(`${client(5)}\nwithdrawal { signed_off_premises yes }`), 'IG3009')).toEqual(['error']);
  });
  it('does not apply above 5 employees, on premises, or outside French law', () => {
    expect(severityOf(check(`${client(6)}\nwithdrawal { signed_off_premises yes }`), 'IG3009')).toEqual([]);
    expect(severityOf(check(`${client(3)}\nwithdrawal { signed_off_premises no }`), 'IG3009')).toEqual([]);
    expect(severityOf(check(`law BE\n${client(3)}\nwithdrawal { signed_off_premises yes }`), 'IG3009')).toEqual([]);
  });
  it('accepts a justified statement that the object is within the main activity, not a bare one', () => {
    expect(severityOf(check(`${client(3)}\nwithdrawal { signed_off_premises yes; main_activity yes "Le client est lui-même éditeur de logiciels." }`), 'IG3009')).toEqual([]);
    expect(severityOf(check(`${client(3)}\nwithdrawal { signed_off_premises yes; main_activity yes }`), 'IG3009')).toEqual(['error']);
  });
});

describe('price.revision (IG3019) level', () => {
  it('is required for an initial term above 12 months or a tacit renewal', () => {
    expect(severityOf(check('term { initial 24 months }'), 'IG3019')).toEqual(['error']);
    expect(severityOf(check('term { initial 12 months; renewal tacit { period 12 months } }'), 'IG3019')).toEqual(['error']);
  });
  it('is recommended otherwise', () => {
    expect(severityOf(check('term { initial 12 months; renewal none }'), 'IG3019')).toEqual(['warning']);
  });
});

describe('compliance.vigilance (IG3079) threshold: fee × initial term ≥ 5 000 € HT', () => {
  it('applies at 5 000 € and not below', () => {
    expect(severityOf(check('price { fee 500.00 EUR per month excl_vat }\nterm { initial 10 months }'), 'IG3079')).toEqual(['warning']);
    expect(severityOf(check('price { fee 499.99 EUR per month excl_vat }\nterm { initial 10 months }'), 'IG3079')).toEqual([]);
    expect(severityOf(check('price { fee 6000.00 EUR per year excl_vat }\nterm { initial 12 months }'), 'IG3079')).toEqual(['warning']);
  });
  it('does not apply outside French law', () => {
    expect(severityOf(check('law BE\nprice { fee 1450.00 EUR per month excl_vat }\nterm { initial 36 months }'), 'IG3079')).toEqual([]);
  });
  it('asks for six-monthly delivery at most', () => {
    const ds = check('price { fee 1450.00 EUR per month excl_vat }\nterm { initial 36 months }\nvigilance { documents urssaf_certificate, registration_proof; every 12 months }');
    const d = ds.find((x) => x.code === 'IG3079');
    expect(d && renderMessage(d, 'fr')).toContain('every 6 months');
  });
});

describe('compliance.nis2 (IG3034) level', () => {
  it('is recommended for an essential or important client, optional otherwise, silent when out of scope', () => {
    expect(severityOf(check('nis2 { client_status essential }'), 'IG3034')).toEqual(['warning']);
    expect(severityOf(check('reference "X"'), 'IG3034')).toEqual(['info']);
    expect(severityOf(check('nis2 { client_status not_in_scope }'), 'IG3034')).toEqual([]);
  });
});

describe('facts, not prose', () => {
  it('a free description never satisfies contract.object', () => {
    const ds = check('object { description "Infogérance totale du SI, périmètre et SLA en annexe." }');
    expect(severityOf(ds, 'IG3004')).toEqual(['error']);
  });
  it('a custom force-majeure definition needs its wording', () => {
    const d = check('force_majeure { definition custom }').find((x) => x.code === 'IG3024');
    expect(d && renderMessage(d, 'en')).toContain('definition statutory|custom');
  });
});

describe('validator profiles', () => {
  it('carve-out missing: error under FR and CH, warning under BE', () => {
    const body = 'liability { cap 12 months_of_fees; carve_outs bodily_injury }';
    expect(severityOf(check(body), 'IG4074')).toEqual(['error']);
    expect(severityOf(check(`law CH\n${body}`), 'IG4074')).toEqual(['error']);
    expect(severityOf(check(`law BE\n${body}`), 'IG4074')).toEqual(['warning']);
  });
  it('payment caps: FR 60 days from invoice, 45 days end of month; BE 60; CH warns above 60', () => {
    expect(codesOf(check('payment { term 60 days from invoice }'))).not.toContain('IG4055');
    expect(codesOf(check('payment { term 61 days from invoice }'))).toContain('IG4055');
    expect(codesOf(check('payment { term 45 days end_of_month }'))).not.toContain('IG4055');
    expect(codesOf(check('payment { term 46 days end_of_month }'))).toContain('IG4055');
    expect(codesOf(check('law BE\npayment { term 61 days from invoice }'))).toContain('IG4055');
    expect(codesOf(check('law CH\npayment { term 61 days from invoice }'))).toEqual(expect.arrayContaining(['IG4056']));
    expect(codesOf(check('law CH\npayment { term 61 days from invoice }'))).not.toContain('IG4055');
  });
  it('late interest: 3 × the legal rate of the profile table', () => {
    const rate = COMMERCIAL_PROFILES.FR.legalInterestRate?.percent ?? 0;
    expect(codesOf(check(`payment { late_interest ${(3 * rate + 0.01).toFixed(2)}% }`))).not.toContain('IG4057');
    expect(codesOf(check(`payment { late_interest ${(3 * rate - 0.01).toFixed(2)}% }`))).toContain('IG4057');
    expect(codesOf(check('payment { late_interest ecb_rate plus 10 points }'))).not.toContain('IG4057');
  });
  it('recovery fee: exactly 40 € in France, at least 40 € in Belgium', () => {
    expect(codesOf(check('payment { recovery_fee 50.00 EUR }'))).toContain('IG4058');
    expect(codesOf(check('law BE\npayment { recovery_fee 50.00 EUR }'))).not.toContain('IG4058');
  });
  it('VAT: reverse charge or exemption replaces the rate', () => {
    expect(codesOf(check('price { vat reverse_charge }'))).not.toContain('IG4054');
    expect(codesOf(check('law CH\nprice { vat 8.1% }'))).not.toContain('IG4054');
  });
  it('is versioned', () => {
    expect(PROFILE_VERSION).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe('price revision worked example (brief §3.3)', () => {
  // P1 = P0 × (a + (1 − a) × S1/S0), rounded to the cent: the figures quoted in the explanations.
  const revise = (p0: number, s0: number, s1: number, a: number): string => (p0 * (a + (1 - a) * (s1 / s0))).toFixed(2);
  it('gives 1 033.50 € (pure) and 1 028.47 € (15 % fixed part)', () => {
    expect(revise(1000, 280.6, 290.0, 0)).toBe('1033.50');
    expect(revise(1000, 280.6, 290.0, 0.15)).toBe('1028.47');
  });
  it('is shown in the explanation of the revision codes', () => {
    const c = allCodes().find((x) => x.code === 'IG4060');
    expect(c?.doc.explanation.fr).toContain('1 028,47 €');
    expect(c?.doc.explanation.en).toContain('1,028.47 €');
  });
});

/** Applies a diagnostic's first fix to the contract text the `check` helper builds. */
function applyFix(body: string, code: string): string {
  const law = /^law /m.test(body) ? '' : 'law FR\n';
  const text = `contract "Test" {\n${law}${body}\n}\n`;
  const d = checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics.find((x) => x.code === code);
  const edit = d?.fixes?.[0]?.edits[0];
  if (!edit) throw new Error(`${code}: no fix`);
  return text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
}

describe('price revision: pure consumer-price indexation (IG3019)', () => {
  const missing = (ds: Diagnostics): string[] => ds.filter((d) => d.code === 'IG3019').flatMap((d) => d.args['missing'] as string[]);
  it('needs no fixed part for the Swiss CPI or the Belgian health index, and one for Syntec', () => {
    expect(missing(check('law CH\nrevision ch_cpi { base_month 2026-10 }'))).not.toContain('revision.fixed_part');
    expect(missing(check('law BE\nrevision be_health { base_month 2026-10 }'))).not.toContain('revision.fixed_part');
    expect(missing(check('revision syntec { base_month 2026-10 }'))).toContain('revision.fixed_part');
  });
  it('offers to add a missing fact of the revision block, such as the fixed part', () => {
    const text = 'contract "Test" {\n  law FR\n  revision syntec {\n    base_month 2026-10\n  }\n}\n';
    const result = checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text }));
    const d = result.diagnostics.find((x) => x.code === 'IG3019');
    if (!d) throw new Error('no IG3019');
    const add = codeActions(result, 'c.infog', d.range).find((a) => a.title.en === 'Add "fixed_part"');
    const edit = add?.edits[0];
    if (!edit) throw new Error('no fix for fixed_part');
    const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    expect(fixed).toBe('contract "Test" {\n  law FR\n  revision syntec {\n    base_month 2026-10\n    fixed_part 15%\n  }\n}\n');
  });
  it('says so in its explanation', () => {
    const c = allCodes().find((x) => x.code === 'IG3019');
    expect(c?.doc.explanation.fr).toContain('facultative pour une indexation pure');
    expect(c?.doc.explanation.en).toContain('optional for a pure consumer-price indexation');
  });
});

describe('insurance (IG3023) asks for the policy number', () => {
  it('lists the policy among the missing facts until it is stated', () => {
    const covers = 'insurer "Hiscox France"; cover 1500000.00 EUR per claim; cover 3000000.00 EUR per year; certificate yearly';
    expect(check(`insurance { ${covers} }`).find((d) => d.code === 'IG3023')?.args['missing']).toEqual(['insurance.policy']);
    expect(codesOf(check(`insurance { ${covers}; policy "RCP-1" }`))).not.toContain('IG3023');
  });
});

describe('subcontracting.law-1975 (IG3090)', () => {
  const body = 'subcontracting allowed { consent prior_written; provider_liable yes; flow_down confidentiality, personal_data }';
  it('is recommended under French law when subcontracting is allowed, silent otherwise', () => {
    expect(severityOf(check(body), 'IG3090')).toEqual(['warning']);
    expect(severityOf(check(`law BE\n${body}`), 'IG3090')).toEqual([]);
    expect(severityOf(check(`law CH\n${body}`), 'IG3090')).toEqual([]);
    expect(severityOf(check('subcontracting forbidden'), 'IG3090')).toEqual([]);
  });
  it('names acceptance, approval of payment terms and payment security', () => {
    expect(check(body.replace('prior_written', 'notified_list')).find((d) => d.code === 'IG3090')?.args['missing'])
      .toEqual(['subcontracting.acceptance', 'subcontracting.payment_terms_approved', 'subcontracting.payment_guarantee']);
    expect(codesOf(check(body.replace('provider_liable yes', 'provider_liable yes; payment_terms_approved yes; payment_guarantee delegation')))).not.toContain('IG3090');
  });
});

describe('price and risk validators (IG4175–IG4179)', () => {
  it('IG4175: a fix limits the non-solicitation to the staff of the contract', () => {
    const fixed = applyFix('non_solicitation { protects all_staff }', 'IG4175');
    expect(fixed).toContain('protects contract_staff');
    expect(codesOf(checkSource({ path: 'c.infog', text: fixed }, new MemoryHost({ 'c.infog': fixed })).diagnostics)).not.toContain('IG4175');
  });
  it('IG4176: only under Swiss law; the fix removes the line', () => {
    expect(codesOf(check('payment { recovery_fee 40.00 EUR }'))).not.toContain('IG4176');
    const fixed = applyFix('law CH\npayment {\n  term 30 days from invoice\n  recovery_fee 40.00 CHF\n}', 'IG4176');
    expect(fixed).toBe('contract "Test" {\nlaw CH\npayment {\n  term 30 days from invoice\n}\n}\n');
  });
  it('IG4177: a base month more than three months before the effective date, unless S1 is the same month', () => {
    expect(codesOf(check('term { effective 2027-01-01 }\nrevision syntec { base_month 2026-10 }'))).not.toContain('IG4177');
    expect(codesOf(check('term { effective 2027-01-01 }\nrevision syntec { base_month 2026-09 }'))).toContain('IG4177');
    expect(codesOf(check('term { effective 2027-01-01 }\nrevision syntec { base_month 2026-09; current_month same_month }'))).not.toContain('IG4177');
    expect(codesOf(check('law BE\nterm { effective 2027-01-01 }\nrevision agoria { base_month 2026-01 }'))).not.toContain('IG4177');
  });
  it('IG4178: the yearly cover must not be below the per-claim cover', () => {
    expect(codesOf(check('insurance { cover 1500000.00 EUR per claim; cover 1500000.00 EUR per year }'))).not.toContain('IG4178');
    expect(codesOf(check('insurance { cover 1500000.01 EUR per claim; cover 1500000.00 EUR per year }'))).toContain('IG4178');
  });
  it('IG4179: a fix keeps the provider liable for its subcontractors', () => {
    expect(applyFix('subcontracting allowed { provider_liable no }', 'IG4179')).toContain('provider_liable yes');
    expect(codesOf(check('subcontracting forbidden'))).not.toContain('IG4179');
  });
});
