import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { Localized } from '../../../diagnostics/index.ts';
import type { StatementSpec, ValueType } from '../../types.ts';

// Value types and statements shared by the scope, services, support and governance blocks.

/**
 * How often something recurring happens (visits, tasks, reports, restore tests). Each value reads as
 * an adverbial phrase inside a sentence (« une visite sur site chaque mois »), never as an adjective
 * after a colon (« selon la fréquence suivante : mensuelle »).
 */
export const frequency: ValueType = t.enum([
  ev('continuous', 'en continu', 'continuously'),
  ev('hourly', 'horaire (toutes les heures)', 'hourly', { fr: 'toutes les heures', en: 'every hour' }),
  ev('daily', 'quotidienne', 'daily', { fr: 'chaque jour', en: 'every day' }),
  ev('weekly', 'hebdomadaire', 'weekly', { fr: 'chaque semaine', en: 'every week' }),
  ev('monthly', 'mensuelle', 'monthly', { fr: 'chaque mois', en: 'every month' }),
  ev('quarterly', 'trimestrielle', 'quarterly', { fr: 'chaque trimestre', en: 'every quarter' }),
  ev('half_yearly', 'semestrielle', 'half-yearly', { fr: 'chaque semestre', en: 'every six months' }),
  ev('yearly', 'annuelle', 'yearly', { fr: 'chaque année', en: 'every year' }),
]);

/** Approximate length in days of each frequency, to compare them (retention vs backup interval). */
export const FREQUENCY_DAYS: Readonly<Record<string, number>> = {
  continuous: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 30, quarterly: 91, half_yearly: 182, yearly: 365,
};

/** Kinds of hardware: the label names one item (inventory tables); the text reads in a sentence, plural. */
const KINDS: readonly (readonly [string, string, string, string, string])[] = [
  ['desktop', 'poste fixe', 'desktop computer', 'les postes fixes', 'desktop computers'],
  ['laptop', 'ordinateur portable', 'laptop', 'les ordinateurs portables', 'laptops'],
  ['tablet', 'tablette', 'tablet', 'les tablettes', 'tablets'],
  ['smartphone', 'smartphone', 'smartphone', 'les smartphones', 'smartphones'],
  ['server', 'serveur', 'server', 'les serveurs', 'servers'],
  ['nas', 'serveur de stockage (NAS)', 'network storage (NAS)', 'les serveurs de stockage en réseau (NAS)', 'network storage devices (NAS)'],
  ['printer', 'imprimante / multifonction', 'printer / multifunction device', 'les imprimantes et multifonctions', 'printers and multifunction devices'],
  ['ups', 'onduleur', 'uninterruptible power supply', 'les onduleurs', 'uninterruptible power supplies'],
  ['peripheral', 'périphérique (écran, scanner…)', 'peripheral (screen, scanner…)', 'les périphériques (écrans, scanners)', 'peripherals (screens, scanners)'],
  ['other', 'autre matériel', 'other equipment', 'les autres matériels', 'other equipment'],
];

export const equipmentKinds: ValueType = t.enum(KINDS.map(([name, fr, en, textFr, textEn]) => ev(name, fr, en, { fr: textFr, en: textEn })));

/**
 * A phrase that says each value of an enum slot its own way, `{if slot is a}…{end}{if slot is b}…{end}`:
 * the way to print an enum whose sentence text differs from its label, and to attribute the words to
 * the value (the fidelity property sees them change with it).
 */
export function byValue(slot: string, texts: Readonly<Record<string, string>>): string {
  return Object.entries(texts).map(([v, text]) => `{if ${slot} is ${v}}${text}{end}`).join('');
}

/** The inventory label of a hardware kind, singular and capitalised as a table cell. */
export const kindPhrase: Localized = {
  fr: byValue('kind', Object.fromEntries(KINDS.map(([name, fr]) => [name, fr.charAt(0).toUpperCase() + fr.slice(1)]))),
  en: byValue('kind', Object.fromEntries(KINDS.map(([name, , en]) => [name, en.charAt(0).toUpperCase() + en.slice(1)]))),
};

/**
 * `covers …`: the inventory items a service applies to, by name (`covers equipment desktops, srv_ad
 * software m365 cloud tenant_m365`), or `covers all` for the whole inventory. The names are references,
 * so a typo is an error with a did-you-mean and the coverage check (IG4110/IG4111) can be exact.
 */
export const covers: StatementSpec = {
  keyword: 'covers',
  doc: doc(
    'Éléments de l’inventaire auxquels le service s’applique (équipements et réseau, logiciels, services cloud), ou `all` pour tout l’inventaire.',
    'Inventory items the service applies to (equipment and network items, software, cloud services), or `all` for the whole inventory.',
  ),
  args: [
    opt('all', t.enum([ev('all', 'tout l’inventaire', 'the whole inventory')])),
    group(word('equipment'), value('equipment', t.ref('equipment'), { list: true })),
    group(word('software'), value('software', t.ref('software'), { list: true })),
    group(word('cloud'), value('cloud', t.ref('cloud'), { list: true })),
  ],
  cardinality: 'many',
  example: 'covers equipment desktops, laptops, srv_ad software m365',
  // « l’ensemble des éléments de l’inventaire », or « les équipements (…), les logiciels (…) et les
  // services en ligne (…) »: each group in parentheses, so the lists never run into one another.
  phrase: {
    fr: '{if all is all}l’ensemble des éléments de l’inventaire{else}{if equipment}les équipements ({equipment}){end}{if software}{if equipment}{if cloud}, {else} et {end}{end}les logiciels ({software}){end}{if cloud}{if equipment} et {else}{if software} et {end}{end}les services en ligne ({cloud}){end}{end}',
    en: '{if all is all}all the items of the inventory{else}{if equipment}the equipment ({equipment}){end}{if software}{if equipment}{if cloud}, {else} and {end}{end}the software ({software}){end}{if cloud}{if equipment} and {else}{if software} and {end}{end}the online services ({cloud}){end}{end}',
  },
};

export const intervalDoc = doc('Fréquence.', 'Frequency.');
