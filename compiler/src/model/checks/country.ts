import { factOfAnotherLaw, holidaysOfAnotherCountry } from '../../diagnostics/codes/validate-country.ts';
import type { BoundStatement } from '../bound.ts';
import { child, children, value } from '../query.ts';
import { COUNTRY_FACTS, type CountryFact } from './profiles/country-facts.ts';
import type { Law, Validator } from './rule.ts';
import { items, textOf } from './sla/read.ts';

// Country coherence (issue 17): a fact that belongs to one country's law (a court, a revision index, a
// holiday set) must agree with the contract's law, or with the countries of the sites it serves. The
// facts and their countries are data (./profiles/country-facts.ts); this file only walks them.

function statementsAt(contract: BoundStatement, path: readonly string[]): BoundStatement[] {
  let level: BoundStatement[] = [contract];
  for (const keyword of path) level = level.flatMap((b) => [...children(b, keyword)]);
  return level;
}

const matches = (pattern: string, text: string): boolean =>
  pattern.endsWith('*') ? text.startsWith(pattern.slice(0, -1)) : text === pattern;

/** The countries (FR, BE, CH) of the sites of the scope that state one. */
function siteCountries(contract: BoundStatement): Law[] {
  const out = new Set<Law>();
  for (const site of children(child(contract, 'scope'), 'site')) {
    const c = textOf(Object.values(child(site, 'country')?.values ?? {})[0]);
    if (c === 'FR' || c === 'BE' || c === 'CH') out.add(c);
  }
  return [...out];
}

export const validateCountryFacts: Validator = (ctx, report) => {
  const sites = siteCountries(ctx.contract);
  const reference = (fact: CountryFact): readonly Law[] => (fact.against === 'sites' && sites.length > 0 ? sites : ctx.law ? [ctx.law] : []);
  for (const fact of COUNTRY_FACTS) {
    const against = reference(fact);
    if (against.length === 0 || against.some((c) => fact.countries.includes(c))) continue;
    for (const s of statementsAt(ctx.contract, fact.path)) {
      for (const item of items(value(s, fact.slot))) {
        const text = textOf(item);
        if (text === undefined || !matches(fact.value, text)) continue;
        if (fact.against === 'law' && ctx.law) {
          report(factOfAnotherLaw.create(s.file, item.range, { keyword: s.spec.keyword, value: text, laws: fact.countries, law: ctx.law, basisFr: fact.basis.fr, basisEn: fact.basis.en }));
        } else {
          report(holidaysOfAnotherCountry.create(s.file, item.range, { set: text, country: fact.countries[0] ?? '', sites: against }));
        }
      }
    }
  }
};
