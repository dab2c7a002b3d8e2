import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { byValue } from './shared.ts';

// Helpdesk and on-site support — brief §2.5 service.hotline, service.onsite, and the quota checks of
// §3.4. Channels carry their address (the SLA export needs `{kind, address|url}`); the service window
// is a reference to an `hours` calendar of the SLA topic.

const channel = (keyword: string, fr: string, en: string, example: string): StatementSpec => ({
  keyword, doc: doc(fr, en), args: [value('address', t.string())], cardinality: 'many', example,
  phrase: { fr: '{address}', en: '{address}' },
});

const channels: StatementSpec = {
  keyword: 'channels',
  doc: doc('Canaux d’assistance, chacun avec son numéro, son adresse ou son URL.', 'Support channels, each with its number, address or URL.'),
  args: [], cardinality: 'one', blockRequired: true,
  example: 'channels { phone "+33 4 72 00 00 00"; email "support@network-service.fr"; portal "https://support.network-service.fr" }',
  block: {
    statements: [
      channel('phone', 'Numéro de téléphone de l’assistance.', 'Helpdesk phone number.', 'phone "+33 4 72 00 00 00"'),
      channel('email', 'Adresse électronique de l’assistance.', 'Helpdesk e-mail address.', 'email "support@network-service.fr"'),
      channel('portal', 'URL du portail de tickets.', 'URL of the ticket portal.', 'portal "https://support.network-service.fr"'),
      channel('sms', 'Numéro SMS de l’assistance.', 'Helpdesk SMS number.', 'sms "+33 6 00 00 00 00"'),
    ],
  },
};

/** Units a quota counts in; `unlimited` has none. */
export const QUOTA_UNIT: Readonly<Record<string, string>> = { tickets: 'ticket', hours: 'hour', minutes: 'minute' };

// A ticket pack or an hours bank reads « un crédit de quarante (40) heures par an »; the model is said
// by the allowance's phrase (its nouns), so the quota itself only says whether it is limited.
const quotaUnit = (what: 'count' | 'cap', fr: boolean): string => {
  const n = what === 'count' ? 'count' : 'cap';
  const spell = what === 'count' ? 's' : 'w';
  return fr
    ? byValue('model', { tickets: `{${n}|count:ticket:tickets:${spell}}`, hours: `{${n}|count:heure:heures:${spell}f}`, minutes: `{${n}|count:minute:minutes:${spell}f}` })
    : byValue('model', { tickets: `{${n}|count:ticket:tickets:${spell}}`, hours: `{${n}|count:hour:hours:${spell}}`, minutes: `{${n}|count:minute:minutes:${spell}}` });
};

const quota: StatementSpec = {
  keyword: 'quota',
  doc: doc('Modèle de quota de l’assistance : illimité, tickets, heures ou minutes.', 'Helpdesk quota model: unlimited, tickets, hours or minutes.'),
  legalBasis: 'FR: C. civ. 1163, 1165; CH: CO 394 al. 3; BE: C. civ. 5.69',
  args: [value('model', t.enum([
    ev('unlimited', 'illimité', 'unlimited'),
    ev('tickets', 'carnet de tickets', 'ticket pack'),
    ev('hours', 'crédit d’heures', 'hours bank'),
    ev('minutes', 'crédit de minutes', 'minutes bank'),
  ]))],
  cardinality: 'one',
  example: 'quota hours { count 40 per year; step 15 min; rollover capped 10; overage 75.00 EUR per hour }',
  // « La redevance comprend l’assistance aux utilisateurs sans limitation du nombre de demandes » /
  // « … dans la limite d’un crédit de quarante (40) heures par an ».
  phrase: {
    fr: '{if model is unlimited}sans limitation du nombre de demandes{else}{if count}dans la limite de {count}{else}dans la limite du volume convenu{end}{end}',
    en: '{if model is unlimited}without limit on the number of requests{else}{if count}up to {count}{else}up to the agreed volume{end}{end}',
  },
  block: {
    statements: [
      {
        keyword: 'count', doc: doc('Quantité incluse par période (mois, trimestre, année ou durée du contrat).', 'Quantity included per period (month, quarter, year or contract term).'),
        args: [value('count', t.decimal()), word('per'), value('period', t.enum([
          ev('month', 'mois', 'month', { fr: 'par mois', en: 'a month' }),
          ev('quarter', 'trimestre', 'quarter', { fr: 'par trimestre', en: 'a quarter' }),
          ev('year', 'an', 'year', { fr: 'par an', en: 'a year' }),
          ev('contract', 'durée du contrat', 'contract term', { fr: 'pour toute la durée du Contrat', en: 'for the whole term of the Contract' }),
        ]))],
        cardinality: 'one', example: 'count 40 per year',
        phrase: {
          fr: `${byValue('model', { tickets: 'un carnet de ', hours: 'un crédit de ', minutes: 'un crédit de ' })}${quotaUnit('count', true)} {period}`,
          en: `${byValue('model', { tickets: 'a pack of ', hours: 'a bank of ', minutes: 'a bank of ' })}${quotaUnit('count', false)} {period}`,
        },
      },
      {
        keyword: 'step', doc: doc('Granularité du décompte (toute période entamée est due).', 'Decrement step (any started step is counted).'), args: [value('step', t.duration(['min', 'minute', 'minutes', 'h', 'hour', 'hours']))], cardinality: 'one', example: 'step 15 min',
        phrase: { fr: 'par tranches indivisibles de {step}, toute tranche commencée étant due', en: 'in indivisible blocks of {step}, any block started being counted in full' },
      },
      {
        keyword: 'rollover', doc: doc('Report du solde non consommé : aucun, sur la période suivante, ou plafonné.', 'Rollover of the unused balance: none, to the next period, or capped.'),
        args: [value('mode', t.enum([ev('none', 'aucun report', 'no rollover'), ev('next_period', 'report sur la période suivante', 'rolled over to the next period'), ev('capped', 'report plafonné', 'capped rollover')])), opt('cap', t.decimal())],
        cardinality: 'one', example: 'rollover capped 10',
        // « le solde non consommé … est reporté sur la période suivante dans la limite de dix heures »
        phrase: {
          fr: byValue('mode', {
            none: 'le solde non consommé à la fin d’une période n’est pas reporté sur la période suivante',
            next_period: 'le solde non consommé à la fin d’une période est reporté sur la période suivante',
            capped: `le solde non consommé à la fin d’une période est reporté sur la période suivante{if cap} dans la limite de ${quotaUnit('cap', true)}{end}, le surplus étant perdu`,
          }),
          en: byValue('mode', {
            none: 'any balance unused at the end of a period is not carried over to the next period',
            next_period: 'any balance unused at the end of a period is carried over to the next period',
            capped: `any balance unused at the end of a period is carried over to the next period{if cap}, up to ${quotaUnit('cap', false)}{end}, the excess being forfeited`,
          }),
        },
      },
      {
        keyword: 'overage', doc: doc('Prix du dépassement.', 'Overage price.'),
        args: [value('price', t.money()), word('per'), value('unit', t.enum([ev('ticket', 'ticket', 'ticket'), ev('hour', 'heure', 'hour'), ev('minute', 'minute', 'minute')]))],
        cardinality: 'one', example: 'overage 45.00 EUR per ticket',
        phrase: { fr: '{price} hors taxes par {unit}', en: '{price} excluding VAT per {unit}' },
      },
      {
        keyword: 'fair_use', doc: doc('Règle d’usage raisonnable d’une assistance illimitée.', 'Fair-use rule of an unlimited helpdesk.'), args: [value('text', t.proseText())], cardinality: 'one', example: 'fair_use "Au-delà de 30 demandes par mois, un point d’usage est organisé."',
        phrase: { fr: '{text}', en: '{text}' },
      },
    ],
  },
};

const onsite: StatementSpec = {
  keyword: 'onsite',
  doc: doc('Intervention sur site : sites couverts, facturation, délai (renvoi au SLA), frais de déplacement, priorités éligibles.', 'On-site support: covered sites, billing, dispatch delay (per the SLA), travel costs, eligible priorities.'),
  legalBasis: 'FR: C. civ. 1163, 1165; CH: CO 394 al. 3, 402; BE: C. civ. 5.69',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'onsite { sites hq; included; dispatch per_sla; travel included; priorities P1, P2 }',
  block: {
    statements: [
      { keyword: 'sites', doc: doc('Sites où le prestataire intervient.', 'Sites where the provider intervenes.'), args: [value('sites', t.ref('site'), { list: true })], cardinality: 'one', example: 'sites hq, agence', phrase: { fr: '{sites}', en: '{sites}' } },
      { keyword: 'included', doc: doc('Interventions sur site incluses dans la redevance.', 'On-site interventions included in the fee.'), args: [group(word('up_to'), value('count', t.integer(1)), word('per'), value('period', t.enum([ev('month', 'mois', 'month'), ev('quarter', 'trimestre', 'quarter'), ev('year', 'an', 'year')])))], cardinality: 'one', example: 'included up_to 2 per month',
        phrase: {
          fr: '{if count}dans la limite de {count|count:intervention:interventions:wf} par {period}{else}sans limitation de nombre{end}',
          en: '{if count}up to {count|count:intervention:interventions:w} a {period}{else}without limit on their number{end}',
        } },
      {
        keyword: 'billed', doc: doc('Interventions sur site facturées (au-delà de l’inclus le cas échéant), avec leur prix.', 'On-site interventions billed (beyond what is included, if any), with their price.'),
        args: [value('price', t.money()), word('per'), value('unit', t.enum([ev('hour', 'heure', 'hour'), ev('half_day', 'demi-journée', 'half day'), ev('intervention', 'intervention', 'intervention')]))],
        cardinality: 'one', example: 'billed 95.00 EUR per hour',
        phrase: { fr: '{price} hors taxes par {unit}', en: '{price} excluding VAT per {unit}' },
      },
      {
        keyword: 'dispatch', doc: doc('Délai de déplacement : celui du SLA par priorité (`per_sla`) ou un délai unique.', 'Dispatch delay: the SLA’s per priority (`per_sla`) or a single delay.'),
        args: [opt('basis', t.enum([ev('per_sla', 'selon les délais d’intervention sur site du SLA', 'per the on-site targets of the SLA')])), opt('delay', t.duration())],
        cardinality: 'one', example: 'dispatch per_sla',
        phrase: {
          fr: '{if basis is per_sla}dans le délai d’intervention sur site fixé pour sa Priorité par la matrice des niveaux de service{end}{if delay}{if basis is per_sla}, et au plus tard{end} dans un délai de {delay} à compter de la décision d’intervenir sur site{end}',
          en: '{if basis is per_sla}within the on-site time set for its Priority by the service-level matrix{end}{if delay}{if basis is per_sla}, and at the latest{end} within {delay} of the decision to intervene on site{end}',
        },
      },
      {
        keyword: 'travel', doc: doc('Frais de déplacement : inclus, forfait ou facturés.', 'Travel costs: included, flat fee or billed.'),
        args: [value('mode', t.enum([ev('included', 'inclus', 'included'), ev('flat', 'forfait par déplacement', 'flat fee per trip'), ev('billed', 'facturés au réel', 'billed at cost')])), opt('price', t.money()),
          group(word('per'), value('unit', t.enum([ev('trip', 'déplacement', 'trip'), ev('km', 'kilomètre', 'kilometre')])))],
        cardinality: 'one', example: 'travel flat 45.00 EUR per trip',
        phrase: {
          fr: byValue('mode', {
            included: 'les frais de déplacement sont compris dans la redevance',
            flat: 'chaque déplacement est facturé forfaitairement{if price} {price} hors taxes{end}{if unit} par {unit}{end}',
            billed: 'les frais de déplacement sont facturés {if price}{price} hors taxes{if unit} par {unit}{end}{else}au réel, sur justificatifs{end}',
          }),
          en: byValue('mode', {
            included: 'travel costs are included in the fee',
            flat: 'each trip is invoiced at a flat rate{if price} of {price} excluding VAT{end}{if unit} per {unit}{end}',
            billed: 'travel costs are invoiced {if price}at {price} excluding VAT{if unit} per {unit}{end}{else}at cost, on receipts{end}',
          }),
        },
      },
      { keyword: 'priorities', doc: doc('Priorités du SLA pour lesquelles un déplacement est prévu.', 'SLA priorities for which a technician is dispatched.'), args: [value('priorities', t.ref('priority'), { list: true })], cardinality: 'one', example: 'priorities P1, P2', phrase: { fr: '{priorities|or}', en: '{priorities|or}' } },
    ],
  },
};

export const support: StatementSpec = {
  keyword: 'support',
  doc: doc('Assistance (hotline) : canaux, plage de service, quota ; intervention sur site.', 'Helpdesk: channels, service window, quota; on-site support.'),
  legalBasis: 'FR: C. civ. 1163; CH: CO 394; BE: C. civ. 5.69',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'support { channels { phone "+33 4 72 00 00 00" }; calendar business; quota unlimited }',
  block: {
    statements: [
      channels,
      {
        keyword: 'calendar', doc: doc('Plage de service de l’assistance (calendrier `hours` du contrat).', 'Service window of the helpdesk (an `hours` calendar of the contract).'), args: [value('calendar', t.ref('calendar'))], cardinality: 'one', example: 'calendar business',
        phrase: { fr: '{calendar}', en: '{calendar}' },
      },
      quota,
      onsite,
      {
        keyword: 'languages', doc: doc('Langues de l’assistance.', 'Helpdesk languages.'), args: [value('languages', t.enum([ev('fr', 'français', 'French'), ev('en', 'anglais', 'English'), ev('de', 'allemand', 'German'), ev('it', 'italien', 'Italian'), ev('nl', 'néerlandais', 'Dutch')]), { list: true })], cardinality: 'one', example: 'languages fr, en',
        phrase: { fr: '{languages}', en: '{languages}' },
      },
    ],
  },
};
