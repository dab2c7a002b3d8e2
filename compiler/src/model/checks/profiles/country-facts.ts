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
  /** The legal basis shown in the message. */
  readonly basis: string;
}

const court = (value: string, countries: readonly Law[], basis: string): CountryFact =>
  ({ path: ['jurisdiction'], slot: 'court', value, countries, against: 'law', basis });
const index = (value: string, countries: readonly Law[], basis: string): CountryFact =>
  ({ path: ['revision'], slot: 'index', value, countries, against: 'law', basis });
const holidays = (value: string, countries: readonly Law[]): CountryFact =>
  ({ path: ['hours', 'holidays'], slot: 'sets', value, countries, against: 'sites', basis: '' });

export const COUNTRY_FACTS: readonly CountryFact[] = [
  // Courts. Swiss cantons such as Zurich, Bern, Aargau and St. Gallen have commercial courts too.
  court('commercial_court', ['FR', 'CH'], 'C. com. L721-3 ; CPC suisse art. 6'),
  court('judicial_court', ['FR'], 'C. org. jud. L211-3'),
  court('enterprise_court', ['BE'], 'C. jud. art. 573'),
  court('cantonal_court', ['CH'], 'CPC suisse art. 4'),
  // Revision indexes: each relates to the costs of one country (FR: C. mon. fin. L112-2).
  index('syntec', ['FR'], 'C. mon. fin. L112-2'),
  index('insee_it_services', ['FR'], 'C. mon. fin. L112-2'),
  index('agoria', ['BE'], 'loi du 30 mars 1976, art. 57 (indexation sur les coûts réels)'),
  index('be_health', ['BE'], 'loi du 30 mars 1976, art. 57 (indexation sur les coûts réels)'),
  index('ch_cpi', ['CH'], 'CO art. 1, 19 (indice de l’OFS)'),
  // Public-holiday sets, by the prefix of their id (calendar/holiday-sets.ts).
  holidays('FR*', ['FR']),
  holidays('BE*', ['BE']),
  holidays('CH-*', ['CH']),
];
