import { suggest } from '../text/index.ts';

// What to suggest for a time zone Intl does not know. People name the city they are in: tzdb has one
// zone per region, named after its largest city, so `Europe/Geneva` is `Europe/Zurich` and
// `Europe/Lyon` is `Europe/Paris`. Cities of the three countries served map to their zone; any other
// name gets the closest known zones.

const BY_CITY: Readonly<Record<string, string>> = Object.fromEntries([
  ...['Geneva', 'Geneve', 'Genève', 'Lausanne', 'Bern', 'Berne', 'Basel', 'Bale', 'Bâle', 'Lugano', 'Sion', 'Neuchatel', 'Neuchâtel', 'Fribourg', 'Lucerne', 'Luzern', 'St_Gallen', 'Winterthur', 'Delemont', 'Delémont']
    .map((c) => [c.toLowerCase(), 'Europe/Zurich']),
  ...['Namur', 'Liege', 'Liège', 'Antwerp', 'Anvers', 'Ghent', 'Gand', 'Charleroi', 'Mons', 'Bruges', 'Leuven', 'Louvain', 'Bruxelles']
    .map((c) => [c.toLowerCase(), 'Europe/Brussels']),
  ...['Lyon', 'Marseille', 'Strasbourg', 'Lille', 'Bordeaux', 'Toulouse', 'Nantes', 'Nice', 'Montpellier', 'Rennes', 'Grenoble', 'Metz', 'Mulhouse', 'Colmar']
    .map((c) => [c.toLowerCase(), 'Europe/Paris']),
]);

const COMMON = ['Europe/Paris', 'Europe/Zurich', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Monaco', 'UTC'];

/** Zones close to an unknown name: the zone of the city it names, else the nearest spellings. */
export function timeZoneSuggestions(name: string): string[] {
  const city = name.split('/').pop()?.replace(/ /g, '_').toLowerCase() ?? '';
  const zone = BY_CITY[city];
  if (zone) return [zone];
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : COMMON;
  return suggest(name, [...new Set([...COMMON, ...known])]);
}
