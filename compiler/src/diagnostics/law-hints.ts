// Country-specific hints, per governing law. Examples and hints in messages, missing-fact labels and
// quick fixes are written once, for a French contract (`commercial_court "Lyon"`, `revision syntec`,
// `vat 20%`, amounts in EUR); `forLaw` rewrites them for the contract's law with this table, so a
// Geneva contract is told `cantonal_court "Genève"`, `revision ch_cpi`, `vat 8.1%` and CHF.
// Each row is one French fragment and its Swiss and Belgian counterparts; longer fragments are
// replaced before the shorter ones they contain.

export type Law = 'FR' | 'CH' | 'BE';

export const LAWS: readonly Law[] = ['FR', 'CH', 'BE'];

interface Row {
  readonly FR: string;
  readonly CH: string;
  readonly BE: string;
}

const ROWS: readonly Row[] = [
  // Courts and places.
  { FR: 'commercial_court "Lyon"', CH: 'cantonal_court "Genève"', BE: 'enterprise_court "Liège, division Namur"' },
  { FR: '12 rue de la République, 69002 Lyon', CH: 'Route des Acacias 45, 1227 Carouge', BE: 'Rue de Fer 25, 5000 Namur' },
  { FR: '8 place Bellecour, 69002 Lyon', CH: 'Boulevard des Philosophes 9, 1205 Genève', BE: 'Place d’Armes 1, 5000 Namur' },
  { FR: 'Centre interprofessionnel de médiation et d’arbitrage de Lyon', CH: 'Chambre suisse de médiation commerciale', BE: 'bMediation' },
  { FR: 'Métropole de Lyon', CH: 'canton de Genève', BE: 'province de Namur' },
  { FR: 'Lyon Câblage SAS', CH: 'Réseaux Genevois SA', BE: 'Câblage Mosan SRL' },
  { FR: 'Hiscox France', CH: 'La Mobilière', BE: 'AG Insurance' },
  { FR: 'Lyon', CH: 'Genève', BE: 'Namur' },
  { FR: 'region FR-69', CH: 'region CH-GE', BE: 'region BE-WNA' },
  { FR: 'regions FR-69', CH: 'regions CH-GE', BE: 'regions BE-WNA' },
  { FR: 'country FR', CH: 'country CH', BE: 'country BE' },
  // Price, payment and revision.
  { FR: 'revision syntec', CH: 'revision ch_cpi', BE: 'revision agoria' },
  { FR: 'L’indice Syntec révisé est recommandé', CH: 'L’indice suisse des prix à la consommation est l’indice usuel', BE: 'L’indice Agoria est l’indice usuel des services informatiques' },
  { FR: 'The revised Syntec index is recommended', CH: 'The Swiss consumer price index is the usual index', BE: 'The Agoria index is the usual index for IT services' },
  { FR: 'vat 20%', CH: 'vat 8.1%', BE: 'vat 21%' },
  { FR: 'late_interest 3 x legal_rate', CH: 'late_interest 5%', BE: 'late_interest ecb_rate plus 8 points' },
  { FR: 'means sepa_transfer', CH: 'means qr_bill, transfer', BE: 'means sepa_transfer' },
  { FR: 'EUR', CH: 'CHF', BE: 'EUR' },
  // Calendars.
  { FR: 'Europe/Paris', CH: 'Europe/Zurich', BE: 'Europe/Brussels' },
  { FR: 'holidays FR-67…', CH: 'holidays CH-GE…', BE: 'holidays BE' },
  { FR: 'holidays FR', CH: 'holidays CH-GE', BE: 'holidays BE' },
];

// Longest first, so `commercial_court "Lyon"` is rewritten before `Lyon`.
const ORDERED = [...ROWS].sort((a, b) => b.FR.length - a.FR.length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A fragment only where it stands as a whole (`EUR` but not `EURO`, `holidays FR` but not `FR-67`). */
const PATTERN = new RegExp(ORDERED.map((r) => `(?<![\\p{L}\\p{N}_-])${escape(r.FR)}(?![\\p{L}\\p{N}_-])`).join('|'), 'gu');
const BY_FR = new Map(ORDERED.map((r) => [r.FR, r]));

export function isLaw(value: unknown): value is Law {
  return value === 'FR' || value === 'CH' || value === 'BE';
}

/** `text` (written for a French contract) with its country-specific fragments for `law`; unchanged for FR or an unknown law. */
export function forLaw(text: string, law: unknown): string {
  if (!isLaw(law) || law === 'FR') return text;
  return text.replace(PATTERN, (fragment) => BY_FR.get(fragment)?.[law] ?? fragment);
}

/** The table's rows, for tests. */
export function lawRows(): readonly Readonly<Record<Law, string>>[] {
  return ROWS;
}
