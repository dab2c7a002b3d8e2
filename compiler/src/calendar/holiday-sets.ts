// Public-holiday sets as DATA: rules, never typed dates, so every year is computed the same way
// (domain brief §4). A rule's `id` is shared by every set that observes the same day, so expanding two
// sets together merges that day into one entry, and a contract can omit a day by id (e.g. Whit Monday
// worked as the journée de solidarité, brief §4.1; Good Friday opted out in Alsace-Moselle, [P-AM]).
import type { Localized } from '../diagnostics/index.ts';

export type HolidayRule =
  | { readonly kind: 'fixed'; readonly id: string; readonly month: number; readonly day: number; readonly name: Localized }
  /** Easter Sunday plus `offset` days (Gregorian computus, brief §4.4). */
  | { readonly kind: 'easter'; readonly id: string; readonly offset: number; readonly name: Localized }
  /** `daysAfter` days after the `nth` Sunday of `month` (the Swiss fast days). */
  | {
      readonly kind: 'after-nth-sunday';
      readonly id: string;
      readonly month: number;
      readonly nth: number;
      readonly daysAfter: number;
      readonly name: Localized;
    }
  /** A fixed date that is a holiday only when it falls on `weekday` (0 = Sunday … 6 = Saturday). */
  | {
      readonly kind: 'fixed-if-weekday';
      readonly id: string;
      readonly month: number;
      readonly day: number;
      readonly weekday: number;
      readonly name: Localized;
    };

export interface HolidaySet {
  readonly id: string;
  readonly name: Localized;
  /** The law or list the set follows. */
  readonly source: string;
  readonly rules: readonly HolidayRule[];
}

const fixed = (id: string, month: number, day: number, fr: string, en: string): HolidayRule => ({
  kind: 'fixed', id, month, day, name: { fr, en },
});
const easter = (id: string, offset: number, fr: string, en: string): HolidayRule => ({
  kind: 'easter', id, offset, name: { fr, en },
});

// Shared rules, one per day (names as in brief §4.1 for France).
const NEW_YEAR = fixed('new-year', 1, 1, "Jour de l'an", "New Year's Day");
const BERCHTOLD = fixed('berchtold', 1, 2, 'Saint-Berchtold', "Berchtold's Day");
const EPIPHANY = fixed('epiphany', 1, 6, 'Épiphanie', 'Epiphany');
const ST_JOSEPH = fixed('st-joseph', 3, 19, 'Saint-Joseph', "St Joseph's Day");
const GOOD_FRIDAY = easter('good-friday', -2, 'Vendredi saint', 'Good Friday');
const EASTER_MONDAY = easter('easter-monday', 1, 'Lundi de Pâques', 'Easter Monday');
const LABOUR_DAY = fixed('labour-day', 5, 1, 'Fête du Travail', 'Labour Day');
const ASCENSION = easter('ascension', 39, 'Ascension', 'Ascension Day');
const WHIT_MONDAY = easter('whit-monday', 50, 'Lundi de Pentecôte', 'Whit Monday');
const CORPUS_CHRISTI = easter('corpus-christi', 60, 'Fête-Dieu', 'Corpus Christi');
const PETER_PAUL = fixed('st-peter-paul', 6, 29, 'Saint-Pierre et Saint-Paul', 'Saints Peter and Paul');
const ASSUMPTION = fixed('assumption', 8, 15, 'Assomption', 'Assumption');
const ALL_SAINTS = fixed('all-saints', 11, 1, 'Toussaint', "All Saints' Day");
const ARMISTICE = fixed('armistice', 11, 11, 'Armistice 1918', 'Armistice Day');
const IMMACULATE = fixed('immaculate-conception', 12, 8, 'Immaculée Conception', 'Immaculate Conception');
const CHRISTMAS = fixed('christmas', 12, 25, 'Noël', 'Christmas Day');
const ST_STEPHEN = fixed('st-stephen', 12, 26, 'Saint-Étienne', "St Stephen's Day");
const CH_NATIONAL = fixed('ch-national-day', 8, 1, 'Fête nationale', 'Swiss National Day');

// France, Code du travail L3133-1: 11 days, none moved when it falls on a weekend (brief §4.1).
const FR_RULES: readonly HolidayRule[] = [
  NEW_YEAR, EASTER_MONDAY, LABOUR_DAY,
  fixed('victory-1945', 5, 8, 'Victoire 1945', 'Victory in Europe Day'),
  ASCENSION, WHIT_MONDAY,
  fixed('fr-national-day', 7, 14, 'Fête nationale', 'Bastille Day'),
  ASSUMPTION, ALL_SAINTS, ARMISTICE, CHRISTMAS,
];

// Alsace-Moselle local law (C. trav. L3134-13): Good Friday and 26 December on top of L3133-1. Good
// Friday strictly applies only in communes with a Protestant or mixed church; the brief's default is to
// treat it as a holiday everywhere in 57/67/68, a contract opts out by omitting `good-friday` [P-AM].
const alsaceMoselle = (dept: string): HolidaySet => ({
  id: `FR-${dept}`,
  name: { fr: `France, département ${dept} (Alsace-Moselle)`, en: `France, département ${dept} (Alsace-Moselle)` },
  source: 'C. trav. L3133-1, L3134-13',
  rules: [...FR_RULES, GOOD_FRIDAY, ST_STEPHEN],
});

// Swiss cantons: 1 August is the only federal day; New Year, Ascension and Christmas are observed
// everywhere; each canton adds its own (art. 20a LTr, brief §4.3).
const CH_BASE: readonly HolidayRule[] = [NEW_YEAR, ASCENSION, CH_NATIONAL, CHRISTMAS];
const canton = (code: string, fr: string, en: string, source: string, extra: readonly HolidayRule[]): HolidaySet => ({
  id: `CH-${code}`,
  name: { fr: `Suisse, canton ${fr}`, en: `Switzerland, canton of ${en}` },
  source,
  rules: [...CH_BASE, ...extra],
});
const PYTHON_HOLIDAYS = 'public holidays of the canton as published in the `holidays` Python package (Switzerland module)';

export const HOLIDAY_SETS: readonly HolidaySet[] = [
  { id: 'FR', name: { fr: 'France métropolitaine', en: 'Metropolitan France' }, source: 'C. trav. L3133-1', rules: FR_RULES },
  alsaceMoselle('57'),
  alsaceMoselle('67'),
  alsaceMoselle('68'),
  // Belgium: the 10 legal public holidays; community days (27 Sept…) are optional additions (brief §4.2).
  {
    id: 'BE',
    name: { fr: 'Belgique', en: 'Belgium' },
    source: 'loi du 4 janvier 1974 relative aux jours fériés',
    rules: [
      NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_MONDAY,
      fixed('be-national-day', 7, 21, 'Fête nationale', 'Belgian National Day'),
      ASSUMPTION, ALL_SAINTS, ARMISTICE, CHRISTMAS,
    ],
  },
  // Genève, brief §4.3: Jeûne genevois is the Thursday after the first Sunday of September; 31 Dec is
  // the Restauration de la République.
  canton('GE', 'de Genève', 'Geneva', 'art. 20a LTr; législation cantonale (Genève)', [
    GOOD_FRIDAY, EASTER_MONDAY, WHIT_MONDAY,
    { kind: 'after-nth-sunday', id: 'jeune-genevois', month: 9, nth: 1, daysAfter: 4, name: { fr: 'Jeûne genevois', en: 'Genevan Fast' } },
    fixed('restauration-republique', 12, 31, 'Restauration de la République', 'Restoration of the Republic'),
  ]),
  // Vaud, brief §4.3: Lundi du Jeûne fédéral is the Monday after the third Sunday of September.
  canton('VD', 'de Vaud', 'Vaud', 'art. 20a LTr; législation cantonale (Vaud)', [
    BERCHTOLD, GOOD_FRIDAY, EASTER_MONDAY, WHIT_MONDAY,
    { kind: 'after-nth-sunday', id: 'lundi-jeune-federal', month: 9, nth: 3, daysAfter: 1, name: { fr: 'Lundi du Jeûne fédéral', en: 'Federal Fast Monday' } },
  ]),
  // Neuchâtel, brief §4.3: 2 Jan and 26 Dec only when they fall on a Monday. (The `holidays` Python
  // package also lists Corpus Christi; the brief does not, and we follow the brief.)
  canton('NE', 'de Neuchâtel', 'Neuchâtel', 'art. 20a LTr; législation cantonale (Neuchâtel)', [
    { kind: 'fixed-if-weekday', id: 'berchtold', month: 1, day: 2, weekday: 1, name: BERCHTOLD.name },
    fixed('ne-republic', 3, 1, 'Instauration de la République', 'Republic Day'),
    GOOD_FRIDAY, LABOUR_DAY,
    { kind: 'fixed-if-weekday', id: 'st-stephen', month: 12, day: 26, weekday: 1, name: ST_STEPHEN.name },
  ]),
  // Valais, brief §4.3.
  canton('VS', 'du Valais', 'Valais', 'art. 20a LTr; législation cantonale (Valais)', [ST_JOSEPH, CORPUS_CHRISTI, ASSUMPTION, ALL_SAINTS, IMMACULATE]),
  // Jura, brief §4.3: 23 June commemorates the 1974 plebiscite.
  canton('JU', 'du Jura', 'Jura', 'art. 20a LTr; législation cantonale (Jura)', [
    BERCHTOLD, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, WHIT_MONDAY, CORPUS_CHRISTI,
    fixed('ju-independence', 6, 23, 'Commémoration du plébiscite jurassien', 'Jura Independence Day'),
    ASSUMPTION, ALL_SAINTS,
  ]),
  // Fribourg, brief §4.3: Good Friday plus the days observed everywhere. The Catholic days and 2 Jan,
  // Easter Monday, Whit Monday, 26 Dec vary by district and practice: a contract adds them explicitly.
  canton('FR', 'de Fribourg', 'Fribourg', 'art. 20a LTr; législation cantonale (Fribourg); other days by explicit list', [GOOD_FRIDAY]),
  canton('BE', 'de Berne', 'Bern', PYTHON_HOLIDAYS, [BERCHTOLD, GOOD_FRIDAY, EASTER_MONDAY, WHIT_MONDAY, ST_STEPHEN]),
  canton('ZH', 'de Zurich', 'Zurich', PYTHON_HOLIDAYS, [GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, WHIT_MONDAY, ST_STEPHEN]),
  canton('BS', 'de Bâle-Ville', 'Basel-Stadt', PYTHON_HOLIDAYS, [GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, WHIT_MONDAY, ST_STEPHEN]),
  canton('TI', 'du Tessin', 'Ticino', PYTHON_HOLIDAYS, [
    EPIPHANY, ST_JOSEPH, EASTER_MONDAY, LABOUR_DAY, WHIT_MONDAY, CORPUS_CHRISTI, PETER_PAUL,
    ASSUMPTION, ALL_SAINTS, IMMACULATE, ST_STEPHEN,
  ]),
];
