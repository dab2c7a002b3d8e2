// How country names read inside a sentence: French takes « en France », « au Portugal »,
// « aux Pays-Bas », « à Malte », and « la France », « le Portugal », « les Pays-Bas », « Malte » after a
// preposition such as « vers »; English says "the Netherlands" and "in the United Kingdom". Keyed by the
// ISO 3166-1 code of the schema's country enum (schema/blocks/countries.ts); a code missing here
// reads « en » + its name, which is right for most feminine names.

type Kind = 'f' | 'm' | 'v' | 'p' | 'i';

// f: feminine (en / la), m: masculine (au / le), v: vowel-initial (en / l'), p: plural (aux / les),
// i: islands and city-states (à / no article).
const FR_KIND: Readonly<Record<string, Kind>> = {
  AT: 'v', BE: 'f', BG: 'f', HR: 'f', CY: 'i', CZ: 'f', DK: 'm', EE: 'v', FI: 'f', FR: 'f', DE: 'v', GR: 'f',
  HU: 'f', IE: 'v', IT: 'v', LV: 'f', LT: 'f', LU: 'm', MT: 'i', NL: 'p', PL: 'f', PT: 'm', RO: 'f', SK: 'f',
  SI: 'f', ES: 'v', SE: 'f', IS: 'v', LI: 'm', NO: 'f', CH: 'f', MC: 'i', AD: 'v', GB: 'm', GG: 'i', JE: 'i',
  US: 'p', CA: 'm', JP: 'm', KR: 'f', NZ: 'f', AR: 'v', UY: 'm', BR: 'm', IN: 'v', MA: 'm', TN: 'f', SN: 'm',
  MU: 'i', MG: 'i', SG: 'i', AU: 'v', CN: 'f', UA: 'v', RS: 'f', TR: 'f', VN: 'm', PH: 'p',
};

/** Names that need their own wording: [locative, with article]. */
const FR_SPECIAL: Readonly<Record<string, readonly [string, string]>> = {
  IM: ['à l’île de Man', 'l’île de Man'],
  FO: ['aux îles Féroé', 'les îles Féroé'],
  IL: ['en Israël', 'Israël'],
};

/** English names that take "the". */
const EN_THE = new Set(['NL', 'GB', 'US', 'PH', 'FO', 'IM']);

/** « en France », « aux Pays-Bas »; "in France", "in the Netherlands". */
export function countryIn(code: string, name: string, lang: 'fr' | 'en'): string {
  if (lang === 'en') return `in ${countryArticle(code, name, 'en')}`;
  const special = FR_SPECIAL[code];
  if (special) return special[0];
  switch (FR_KIND[code] ?? 'f') {
    case 'm': return `au ${name}`;
    case 'p': return `aux ${name}`;
    case 'i': return `à ${name}`;
    default: return `en ${name}`;
  }
}

/** « la France », « les Pays-Bas », « Malte »; "France", "the Netherlands". */
export function countryArticle(code: string, name: string, lang: 'fr' | 'en'): string {
  if (lang === 'en') return EN_THE.has(code) ? `the ${name}` : name;
  const special = FR_SPECIAL[code];
  if (special) return special[1];
  switch (FR_KIND[code] ?? 'f') {
    case 'm': return `le ${name}`;
    case 'p': return `les ${name}`;
    case 'v': return `l’${name}`;
    case 'i': return name;
    default: return `la ${name}`;
  }
}
