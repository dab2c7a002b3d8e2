// The units of the literal grammar. A name written directly after a number forms a `Quantity` only when
// it is listed here (`30 min`, `1450.00 EUR`); any other name stays a separate value (`count 25 at hq`).
// This is data, not grammar: adding a unit never touches the lexer or the parser.

export type Dimension = 'duration' | 'currency';

export interface UnitInfo {
  /** The spelling in source. */
  readonly name: string;
  readonly dimension: Dimension;
  /** Human name for hover, docs and messages. */
  readonly label: { readonly fr: string; readonly en: string };
}

function u(name: string, dimension: Dimension, fr: string, en: string): UnitInfo {
  return { name, dimension, label: { fr, en } };
}

export const UNITS: readonly UnitInfo[] = [
  u('min', 'duration', 'minute', 'minute'),
  u('minute', 'duration', 'minute', 'minute'),
  u('minutes', 'duration', 'minutes', 'minutes'),
  u('h', 'duration', 'heure', 'hour'),
  u('hour', 'duration', 'heure', 'hour'),
  u('hours', 'duration', 'heures', 'hours'),
  u('business_hour', 'duration', 'heure ouvrée', 'business hour'),
  u('business_hours', 'duration', 'heures ouvrées', 'business hours'),
  u('day', 'duration', 'jour', 'day'),
  u('days', 'duration', 'jours', 'days'),
  u('calendar_day', 'duration', 'jour calendaire', 'calendar day'),
  u('calendar_days', 'duration', 'jours calendaires', 'calendar days'),
  u('business_day', 'duration', 'jour ouvré', 'business day'),
  u('business_days', 'duration', 'jours ouvrés', 'business days'),
  u('working_day', 'duration', 'jour ouvrable', 'working day'),
  u('working_days', 'duration', 'jours ouvrables', 'working days'),
  u('week', 'duration', 'semaine', 'week'),
  u('weeks', 'duration', 'semaines', 'weeks'),
  u('month', 'duration', 'mois', 'month'),
  u('months', 'duration', 'mois', 'months'),
  u('year', 'duration', 'an', 'year'),
  u('years', 'duration', 'ans', 'years'),
  // ISO 4217 codes, upper case as the standard writes them.
  u('EUR', 'currency', 'euro', 'euro'),
  u('CHF', 'currency', 'franc suisse', 'Swiss franc'),
  u('GBP', 'currency', 'livre sterling', 'pound sterling'),
  u('USD', 'currency', 'dollar américain', 'US dollar'),
];

/**
 * Units as people write them in French, with the unit of the language they mean, singular and
 * plural: `1 heure` means `1 hour`, `36 mois` means `36 months`. Never accepted as units — the
 * contract stays in one vocabulary — only suggested.
 */
export const FRENCH_UNITS: Readonly<Record<string, { readonly one: string; readonly many: string }>> = {
  mn: { one: 'min', many: 'min' },
  heure: { one: 'hour', many: 'hours' },
  heures: { one: 'hour', many: 'hours' },
  jour: { one: 'day', many: 'days' },
  jours: { one: 'day', many: 'days' },
  jour_calendaire: { one: 'calendar_day', many: 'calendar_days' },
  jours_calendaires: { one: 'calendar_day', many: 'calendar_days' },
  heure_ouvree: { one: 'business_hour', many: 'business_hours' },
  heure_ouvrée: { one: 'business_hour', many: 'business_hours' },
  heures_ouvrees: { one: 'business_hour', many: 'business_hours' },
  heures_ouvrées: { one: 'business_hour', many: 'business_hours' },
  jour_ouvre: { one: 'business_day', many: 'business_days' },
  jour_ouvré: { one: 'business_day', many: 'business_days' },
  jours_ouvres: { one: 'business_day', many: 'business_days' },
  jours_ouvrés: { one: 'business_day', many: 'business_days' },
  jour_ouvrable: { one: 'working_day', many: 'working_days' },
  jours_ouvrables: { one: 'working_day', many: 'working_days' },
  semaine: { one: 'week', many: 'weeks' },
  semaines: { one: 'week', many: 'weeks' },
  mois: { one: 'month', many: 'months' },
  an: { one: 'year', many: 'years' },
  ans: { one: 'year', many: 'years' },
  annee: { one: 'year', many: 'years' },
  année: { one: 'year', many: 'years' },
  annees: { one: 'year', many: 'years' },
  années: { one: 'year', many: 'years' },
  euro: { one: 'EUR', many: 'EUR' },
  euros: { one: 'EUR', many: 'EUR' },
  franc: { one: 'CHF', many: 'CHF' },
  francs: { one: 'CHF', many: 'CHF' },
};

const BY_NAME: ReadonlyMap<string, UnitInfo> = new Map(UNITS.map((x) => [x.name, x]));

/** The unit spelled `name`, or `undefined` when `name` is not a unit. */
export function lookupUnit(name: string): UnitInfo | undefined {
  return BY_NAME.get(name);
}

export function isUnit(name: string): boolean {
  return BY_NAME.has(name);
}
