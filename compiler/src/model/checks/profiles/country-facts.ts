import type { Law } from '../rule.ts';

// Which facts belong to which law (issue 17): one table, read by model/checks/country.ts. A fact is a
// value of a statement's slot, found by its path of keywords from the contract; `value` is exact, or a
// prefix when it ends with `*`. `against` says what it must agree with: the contract's `law`, or the
// countries of the sites served (the law's country when no site states one).

export interface CountryFact {
  readonly path: readonly string[];
  readonly slot: string;
  readonly value: string;
  readonly countries: readonly Law[];
  readonly against: 'law' | 'sites';
  /** The legal basis shown in the message, as cited in French and in English. */
  readonly basis: { readonly fr: string; readonly en: string };
}

const court = (value: string, countries: readonly Law[], basis: CountryFact['basis']): CountryFact =>
  ({ path: ['jurisdiction'], slot: 'court', value, countries, against: 'law', basis });
const index = (value: string, countries: readonly Law[], basis: CountryFact['basis']): CountryFact =>
  ({ path: ['revision'], slot: 'index', value, countries, against: 'law', basis });
const holidays = (value: string, countries: readonly Law[]): CountryFact =>
  ({ path: ['hours', 'holidays'], slot: 'sets', value, countries, against: 'sites', basis: { fr: '', en: '' } });

export const COUNTRY_FACTS: readonly CountryFact[] = [
  // Courts. Swiss cantons such as Zurich, Bern, Aargau and St. Gallen have commercial courts too.
  court('commercial_court', ['FR', 'CH'], { fr: 'C. com. L721-3 ; CPC-CH art. 6', en: 'C. com. L721-3; CPC-CH art. 6' }),
  court('judicial_court', ['FR'], { fr: 'C. org. jud. L211-3', en: 'C. org. jud. L211-3' }),
  court('enterprise_court', ['BE'], { fr: 'C. jud. art. 573', en: 'C. jud. art. 573' }),
  court('cantonal_court', ['CH'], { fr: 'CPC-CH art. 4', en: 'CPC-CH art. 4' }),
  // Revision indexes: each relates to the costs of one country (FR: C. mon. fin. L112-2).
  index('syntec', ['FR'], { fr: 'C. mon. fin. L112-2', en: 'C. mon. fin. L112-2' }),
  index('insee_it_services', ['FR'], { fr: 'C. mon. fin. L112-2', en: 'C. mon. fin. L112-2' }),
  index('agoria', ['BE'], { fr: 'loi belge du 30 mars 1976, art. 57', en: 'Belgian Act of 30 March 1976, art. 57' }),
  index('be_health', ['BE'], { fr: 'loi belge du 30 mars 1976, art. 57', en: 'Belgian Act of 30 March 1976, art. 57' }),
  index('ch_cpi', ['CH'], { fr: 'CO art. 1, 19', en: 'CO art. 1, 19' }),
  // Public-holiday sets, by the prefix of their id (calendar/holiday-sets.ts).
  holidays('FR*', ['FR']),
  holidays('BE*', ['BE']),
  holidays('CH-*', ['CH']),
];
