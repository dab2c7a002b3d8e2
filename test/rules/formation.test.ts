import { describe, expect, it } from 'vitest';
import { allCodes, checkSource, type Diagnostic } from '../../compiler/src/index.ts';
import { MemoryHost } from '../helpers/host.ts';

// The formation rules (IG3085 documents declared, IG3086 recitals, IG3087 signing) and the validity
// band IG4170–IG4174: each code's documented example triggers it and its fixed version does not; each
// quick fix, applied, makes its diagnostic go away; levels by law.

function checkText(text: string): readonly Diagnostic[] {
  return checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics;
}

/** Wraps contract-level statements in a contract, under `law FR` unless they state their own law. */
const wrap = (body: string): string => `contract "Test" {\n${/^law /m.test(body) ? '' : 'law FR\n'}${body}\n}\n`;
const check = (body: string): readonly Diagnostic[] => checkText(wrap(body));
const codesOf = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);

/** Applies the edits of the first fix of the first `code` diagnostic, from the end of the text backwards. */
function applyFix(text: string, code: string): string {
  const d = checkText(text).find((x) => x.code === code);
  const edits = [...(d?.fixes?.[0]?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  expect(edits.length, `${code} has a fix`).toBeGreaterThan(0);
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

const OWN = allCodes().filter((c) => ['IG3085', 'IG3086', 'IG3087'].includes(c.code) || (c.code >= 'IG4170' && c.code <= 'IG4174'));

describe('formation codes: documented example and fix', () => {
  it('covers the three rules and the validity band', () => {
    expect(OWN.map((c) => c.code)).toEqual(['IG3085', 'IG3086', 'IG3087', 'IG4170', 'IG4171', 'IG4172', 'IG4173']);
  });
  for (const c of OWN) {
    it(`${c.code} ${c.rule ?? ''}: the example triggers it, the fixed version does not`, () => {
      const bad = check(c.doc.example ?? '');
      expect(codesOf(bad), c.doc.example).toContain(c.code);
      const good = check(c.doc.fixed ?? '');
      expect(codesOf(good), c.doc.fixed).not.toContain(c.code);
      expect(codesOf(good).filter((x) => x.startsWith('IG1') || x.startsWith('IG2')), c.doc.fixed).toEqual([]);
      expect(codesOf(bad).filter((x) => x.startsWith('IG1') || x.startsWith('IG2')), c.doc.example).toEqual([]);
    });
  }
});

describe('contract.documents.declared (IG3085)', () => {
  it('accepts the annexes the contract produces and declared documents, refuses the others', () => {
    const produced = 'sla { calendar business }\nscope { inventory_date 2026-11-30 }\nprice { fee 100.00 EUR per month excl_vat }\nreversibility { triggers expiry }\npersonal_data { processing yes }';
    const ranked = 'documents { precedence amendments, particular_conditions, sla_annex, inventory_annex, price_schedule, reversibility_plan, dpa }';
    expect(codesOf(check(`${produced}\n${ranked}`))).not.toContain('IG3085');
    const missing = check(ranked).filter((d) => d.code === 'IG3085').map((d) => d.args['subject']);
    expect(missing).toEqual(['sla_annex', 'inventory_annex', 'price_schedule', 'reversibility_plan', 'dpa']);
  });
  it('requires the general terms to be attached or given before signing, with their version and date', () => {
    const gtc = (extra: string, gtc = ''): string => `documents {\n precedence amendments, general_conditions\n document general_conditions "CG" "GTC" { ${extra} }\n${gtc}}`;
    expect(check(gtc('version "1"; date 2026-01-01; attached no')).filter((d) => d.code === 'IG3085').map((d) => d.args['missing'])).toEqual([['document.attached']]);
    expect(codesOf(check(gtc('version "1"; date 2026-01-01; attached no', 'gtc_received yes\n')))).not.toContain('IG3085');
    expect(check(gtc('attached yes')).filter((d) => d.code === 'IG3085').map((d) => d.args['missing'])).toEqual([['document.version', 'document.date']]);
  });
  it('quick fix: stops citing a document nobody can read', () => {
    const cases: [string, string][] = [
      ['amendments, general_conditions, particular_conditions', 'amendments, particular_conditions'],
      ['general_conditions, amendments', 'amendments'],
      ['amendments, particular_conditions, general_conditions', 'amendments, particular_conditions'],
    ];
    for (const [list, left] of cases) {
      const fixed = applyFix(wrap(`documents { precedence ${list} }`), 'IG3085');
      expect(fixed).toContain(`documents { precedence ${left} }`);
      expect(codesOf(checkText(fixed)).filter((c) => c === 'IG3085' || c.startsWith('IG1') || c.startsWith('IG2'))).toEqual([]);
    }
  });
});

describe('contract.recitals (IG3086) and contract.signing (IG3087)', () => {
  it('recommends the recitals and the signing mode under every law', () => {
    for (const law of ['FR', 'CH', 'BE']) {
      const ds = check(`law ${law}\nterm { signature 2026-12-15; effective 2027-01-01; initial 12 months }`);
      expect(ds.filter((d) => d.code === 'IG3086' || d.code === 'IG3087').map((d) => `${d.code} ${d.severity}`).sort()).toEqual(['IG3086 warning', 'IG3087 warning']);
    }
  });
  it('asks for the number of originals on paper and the level of an electronic signature', () => {
    expect(check('term { signing paper }').find((d) => d.code === 'IG3087')?.args['missing']).toEqual(['signing.originals']);
    expect(check('term { signing electronic }').find((d) => d.code === 'IG3087')?.args['missing']).toEqual(['signing.level']);
    expect(codesOf(check('term { signing electronic { level advanced } }'))).not.toContain('IG3087');
  });
  it('quick fix: paper originals, one per party, at the indentation of the term', () => {
    const text = wrap('party provider a { name "A" }\nparty client b { name "B" }\nterm {\n    signature 2026-12-15\n    initial 12 months\n}');
    const fixed = applyFix(text, 'IG3087');
    expect(fixed).toContain('    initial 12 months\n    signing paper { originals 2 }\n}');
    expect(codesOf(checkText(fixed))).not.toContain('IG3087');
  });
});

describe('validity of documents, term and signature (IG4170–IG4173)', () => {
  it('IG4170 quick fix puts the amendments first', () => {
    const text = wrap('documents { precedence particular_conditions, sla_annex, amendments }');
    const fixed = applyFix(text, 'IG4170');
    expect(fixed).toContain('precedence amendments, particular_conditions, sla_annex }');
    expect(codesOf(checkText(fixed))).not.toContain('IG4170');
  });
  it('IG4171 warns when the provider may leave for convenience, except for a Swiss mandate', () => {
    const term = (by: string): string => `term { initial 36 months; termination convenience { by ${by}; notice 6 months } }`;
    expect(codesOf(check(term('both')))).toContain('IG4171');
    expect(codesOf(check(term('provider')))).toContain('IG4171');
    expect(codesOf(check(term('client')))).not.toContain('IG4171');
    expect(codesOf(check(`law BE\n${term('both')}`))).toContain('IG4171');
    expect(codesOf(check(`law CH\nqualification mandate\n${term('both')}`))).not.toContain('IG4171');
    expect(codesOf(check(`law CH\nqualification contract_for_work\n${term('both')}`))).toContain('IG4171');
    const fixed = applyFix(wrap(term('both')), 'IG4171');
    expect(fixed).toContain('by client');
  });
  it('IG4172 applies to Swiss law only, and its fix asks for a qualified signature', () => {
    expect(codesOf(check('law CH\nterm { signing electronic { level advanced } }'))).toContain('IG4172');
    expect(codesOf(check('law FR\nterm { signing electronic { level advanced } }'))).not.toContain('IG4172');
    const fixed = applyFix(wrap('law CH\nterm { signing electronic { level advanced } }'), 'IG4172');
    expect(codesOf(checkText(fixed))).not.toContain('IG4172');
  });
  it('IG4173 refuses a notice as long as the initial term, not a shorter one', () => {
    const t = (n: string): string => `term { initial 12 months; termination convenience { by client; notice ${n} } }`;
    expect(check(t('12 months')).find((d) => d.code === 'IG4173')?.severity).toBe('error');
    expect(codesOf(check(t('400 days')))).toContain('IG4173');
    expect(codesOf(check(t('11 months')))).not.toContain('IG4173');
  });
  it('IG4069 (long non-renewal notice) is French and Belgian law, not Swiss', () => {
    const renewal = 'term { initial 36 months; renewal tacit { period 12 months; notice 6 months; form registered_letter } }';
    expect(codesOf(check(renewal))).toContain('IG4069');
    expect(codesOf(check(`law CH\n${renewal}`))).not.toContain('IG4069');
  });
});
