import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec, ValueType } from '../../types.ts';

// Value types and statements shared by the scope, services, support and governance blocks.

/** How often something recurring happens (visits, tasks, reports, restore tests). */
export const frequency: ValueType = t.enum([
  ev('continuous', 'en continu', 'continuously'),
  ev('hourly', 'horaire (toutes les heures)', 'hourly'),
  ev('daily', 'quotidienne', 'daily'),
  ev('weekly', 'hebdomadaire', 'weekly'),
  ev('monthly', 'mensuelle', 'monthly'),
  ev('quarterly', 'trimestrielle', 'quarterly'),
  ev('half_yearly', 'semestrielle', 'half-yearly'),
  ev('yearly', 'annuelle', 'yearly'),
]);

/** Approximate length in days of each frequency, to compare them (retention vs backup interval). */
export const FREQUENCY_DAYS: Readonly<Record<string, number>> = {
  continuous: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 30, quarterly: 91, half_yearly: 182, yearly: 365,
};

export const equipmentKinds: ValueType = t.enum([
  ev('desktop', 'poste fixe', 'desktop computer'),
  ev('laptop', 'ordinateur portable', 'laptop'),
  ev('tablet', 'tablette', 'tablet'),
  ev('smartphone', 'smartphone', 'smartphone'),
  ev('server', 'serveur', 'server'),
  ev('nas', 'serveur de stockage (NAS)', 'network storage (NAS)'),
  ev('printer', 'imprimante / multifonction', 'printer / multifunction device'),
  ev('ups', 'onduleur', 'uninterruptible power supply'),
  ev('peripheral', 'périphérique (écran, scanner…)', 'peripheral (screen, scanner…)'),
  ev('other', 'autre matériel', 'other equipment'),
]);

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
};

export const intervalDoc = doc('Fréquence.', 'Frequency.');
