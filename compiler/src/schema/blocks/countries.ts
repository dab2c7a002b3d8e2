import { ev, t } from '../value-types.ts';
import type { EnumValue, ValueType } from '../types.ts';

// Countries (ISO 3166-1 alpha-2) a contract names: parties' seats, sites, hosting and processing
// locations. One table for the whole vocabulary. Which of them are in
// the EEA or covered by an adequacy decision is a checker table (model/checks/data-exit/tables.ts),
// not vocabulary: that classification changes with Commission and Federal Council decisions.

const C: readonly (readonly [string, string, string])[] = [
  // EEA: the 27 EU member states, then Iceland, Liechtenstein, Norway.
  ['AT', 'Autriche', 'Austria'], ['BE', 'Belgique', 'Belgium'], ['BG', 'Bulgarie', 'Bulgaria'],
  ['HR', 'Croatie', 'Croatia'], ['CY', 'Chypre', 'Cyprus'], ['CZ', 'Tchéquie', 'Czechia'],
  ['DK', 'Danemark', 'Denmark'], ['EE', 'Estonie', 'Estonia'], ['FI', 'Finlande', 'Finland'],
  ['FR', 'France', 'France'], ['DE', 'Allemagne', 'Germany'], ['GR', 'Grèce', 'Greece'],
  ['HU', 'Hongrie', 'Hungary'], ['IE', 'Irlande', 'Ireland'], ['IT', 'Italie', 'Italy'],
  ['LV', 'Lettonie', 'Latvia'], ['LT', 'Lituanie', 'Lithuania'], ['LU', 'Luxembourg', 'Luxembourg'],
  ['MT', 'Malte', 'Malta'], ['NL', 'Pays-Bas', 'Netherlands'], ['PL', 'Pologne', 'Poland'],
  ['PT', 'Portugal', 'Portugal'], ['RO', 'Roumanie', 'Romania'], ['SK', 'Slovaquie', 'Slovakia'],
  ['SI', 'Slovénie', 'Slovenia'], ['ES', 'Espagne', 'Spain'], ['SE', 'Suède', 'Sweden'],
  ['IS', 'Islande', 'Iceland'], ['LI', 'Liechtenstein', 'Liechtenstein'], ['NO', 'Norvège', 'Norway'],
  // Others commonly met in MSP sub-processing chains.
  ['CH', 'Suisse', 'Switzerland'], ['MC', 'Monaco', 'Monaco'], ['AD', 'Andorre', 'Andorra'],
  ['GB', 'Royaume-Uni', 'United Kingdom'], ['GG', 'Guernesey', 'Guernsey'], ['JE', 'Jersey', 'Jersey'],
  ['IM', 'Île de Man', 'Isle of Man'], ['FO', 'Îles Féroé', 'Faroe Islands'], ['US', 'États-Unis', 'United States'],
  ['CA', 'Canada', 'Canada'], ['JP', 'Japon', 'Japan'], ['KR', 'Corée du Sud', 'South Korea'],
  ['IL', 'Israël', 'Israel'], ['NZ', 'Nouvelle-Zélande', 'New Zealand'], ['AR', 'Argentine', 'Argentina'],
  ['UY', 'Uruguay', 'Uruguay'], ['BR', 'Brésil', 'Brazil'], ['IN', 'Inde', 'India'],
  ['MA', 'Maroc', 'Morocco'], ['TN', 'Tunisie', 'Tunisia'], ['SN', 'Sénégal', 'Senegal'],
  ['MU', 'Maurice', 'Mauritius'], ['MG', 'Madagascar', 'Madagascar'], ['SG', 'Singapour', 'Singapore'],
  ['AU', 'Australie', 'Australia'], ['CN', 'Chine', 'China'], ['UA', 'Ukraine', 'Ukraine'],
  ['RS', 'Serbie', 'Serbia'], ['TR', 'Turquie', 'Türkiye'], ['VN', 'Viêt Nam', 'Vietnam'],
  ['PH', 'Philippines', 'Philippines'],
];

export const countryValues: readonly EnumValue[] = C.map(([code, fr, en]) => ev(code, fr, en));

export const countries: ValueType = t.enum(countryValues);
