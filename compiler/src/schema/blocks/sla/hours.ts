import { doc, ev, group, opt, presetSlot, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';

// Service calendars — brief §2.6 `sla.service-hours`, `sla.calendar`, §4 (holidays) and §3.4 (window
// checks). `hours <name> { … }` declares a calendar that the SLA and its targets refer to; the model
// turns it into a `Calendar` of compiler/src/calendar (model/checks/sla/read.ts).

/** `overnight`: the only way to write a range whose end is before its start (brief §3.4). */
const overnight = t.enum([ev('overnight', 'plage de nuit (la fin est le lendemain)', 'overnight range (ends the next day)')]);

const days: StatementSpec = {
  keyword: 'days',
  doc: doc('Jours ouvrés de la plage de service (mon..fri, sat…).', 'Days of the service window (mon..fri, sat…).'),
  args: [value('days', t.weekdays(), { list: true })],
  cardinality: 'one',
  example: 'days mon..fri',
};

const time: StatementSpec = {
  keyword: 'time',
  doc: doc(
    'Heures de la plage pour les jours de `days`, en heure locale ; plusieurs plages pour la pause de midi. Une plage de nuit porte le mot `overnight`.',
    'Hours of the window on the `days`, in local time; several ranges for a lunch break. An overnight range carries the word `overnight`.',
  ),
  args: [value('ranges', t.timeRange(), { list: true }), opt('overnight', overnight)],
  cardinality: 'one',
  example: 'time 08:00-12:00, 14:00-18:00',
};

const window: StatementSpec = {
  keyword: 'window',
  doc: doc(
    'Plage supplémentaire pour d’autres jours (ex. le samedi matin), en plus de `days` / `time`.',
    'Additional window for other days (e.g. Saturday morning), besides `days` / `time`.',
  ),
  args: [value('days', t.weekdays(), { list: true }), value('ranges', t.timeRange(), { list: true }), opt('overnight', overnight)],
  cardinality: 'many',
  example: 'window sat 09:00-12:00',
};

const timezone: StatementSpec = {
  keyword: 'timezone',
  doc: doc('Fuseau horaire IANA des heures de la plage (Europe/Paris, Europe/Zurich, Europe/Brussels).', 'IANA time zone of the window hours (Europe/Paris, Europe/Zurich, Europe/Brussels).'),
  args: [value('zone', t.string())],
  cardinality: 'one',
  example: 'timezone "Europe/Paris"',
};

const holidays: StatementSpec = {
  keyword: 'holidays',
  doc: doc(
    'Jours fériés pendant lesquels la plage est fermée : jeux FR, FR-57, FR-67, FR-68, BE, CH-GE, CH-VD… ; `none` : le service est assuré les jours fériés.',
    'Public holidays on which the window is closed: sets FR, FR-57, FR-67, FR-68, BE, CH-GE, CH-VD…; `none`: service is provided on public holidays.',
  ),
  legalBasis: 'FR: C. trav. L3133-1, L3134-13 (Alsace-Moselle); BE: loi du 4 janvier 1974; CH: art. 20a LTr',
  args: [value('sets', t.name(), { list: true })],
  cardinality: 'one',
  example: 'holidays FR',
};

const holiday: StatementSpec = {
  keyword: 'holiday',
  doc: doc('Jour de fermeture explicite (pont, fermeture annuelle), en plus des jeux de jours fériés.', 'Explicit closing day (bridge day, annual closure), besides the holiday sets.'),
  args: [value('date', t.date()), opt('label', t.prose())],
  cardinality: 'many',
  example: 'holiday 2027-12-24 "Veille de Noël"',
};

const onCall: StatementSpec = {
  keyword: 'on_call',
  doc: doc(
    'Option d’astreinte hors plage (HNO) : ses jours, ses heures, les priorités couvertes et son prix.',
    'Out-of-hours on-call option (astreinte): its days, hours, the priorities covered and its price.',
  ),
  args: [],
  cardinality: 'one',
  example: 'on_call { days mon..sun; time 18:00-08:00 overnight; price 250.00 EUR per month }',
  block: {
    statements: [
      days,
      time,
      { keyword: 'priorities', doc: doc('Priorités traitées pendant l’astreinte.', 'Priorities handled on call.'), args: [value('priorities', t.ref('priority'), { list: true })], cardinality: 'one', example: 'priorities P1' },
      {
        keyword: 'price',
        doc: doc('Prix de l’option d’astreinte, hors taxes.', 'Price of the on-call option, excluding tax.'),
        args: [value('amount', t.money()), group(word('per'), value('per', t.enum([
          ev('month', 'par mois', 'per month'),
          ev('year', 'par an', 'per year'),
          ev('intervention', 'par intervention', 'per intervention'),
          ev('hour', 'par heure', 'per hour'),
        ])))],
        cardinality: 'one',
        example: 'price 250.00 EUR per month',
      },
      { keyword: 'subscribed', doc: doc('L’option est-elle souscrite (oui) ou seulement proposée (non) ?', 'Is the option subscribed (yes) or only offered (no)?'), args: [value('value', t.enum([ev('yes', 'oui', 'yes'), ev('no', 'non', 'no')]))], cardinality: 'one', example: 'subscribed yes' },
    ],
  },
};

export const hours: StatementSpec = {
  keyword: 'hours',
  doc: doc(
    'Un calendrier de service : plage hebdomadaire, fuseau, jours fériés et astreinte. Les délais du SLA se décomptent dans ses heures d’ouverture.',
    'A service calendar: weekly window, time zone, public holidays and on-call option. SLA targets count its open hours.',
  ),
  legalBasis: 'FR: C. civ. 1163; C. trav. L3133-1, L3134-13; BE: loi du 4 janvier 1974 relative aux jours fériés; CH: art. 20a LTr',
  args: [value('name', t.name(), { doc: doc('Nom du calendrier (business, astreinte…).', 'Name of the calendar (business, oncall…).') }), presetSlot()],
  declares: { slot: 'name', namespace: 'calendar' },
  cardinality: 'many',
  blockRequired: true,
  presettable: true,
  example: 'hours business { days mon..fri; time 08:00-12:00, 14:00-18:00; timezone "Europe/Paris"; holidays FR }',
  block: { statements: [days, time, window, timezone, holidays, holiday, onCall] },
};
