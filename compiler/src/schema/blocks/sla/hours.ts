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
  // « du lundi au vendredi », « le samedi » / "Monday to Friday", "on Saturdays".
  phrase: { fr: '{days}', en: '{days}' },
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
  // « de 8 h à 12 h et de 14 h à 18 h », « de 18 h à 8 h le lendemain ».
  phrase: { fr: '{ranges}{if overnight is overnight} le lendemain{end}', en: '{ranges}{if overnight is overnight} the next day{end}' },
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
  // « le samedi, de 9 h à 12 h ».
  phrase: { fr: '{days}, {ranges}{if overnight is overnight} le lendemain{end}', en: '{days}, {ranges}{if overnight is overnight} the next day{end}' },
};

const timezone: StatementSpec = {
  keyword: 'timezone',
  doc: doc('Fuseau horaire IANA des heures de la plage (Europe/Paris, Europe/Zurich, Europe/Brussels).', 'IANA time zone of the window hours (Europe/Paris, Europe/Zurich, Europe/Brussels).'),
  args: [value('zone', t.string())],
  cardinality: 'one',
  example: 'timezone "Europe/Paris"',
  // The time a lawyer names: « heure de Paris », « heure suisse », « heure de Bruxelles »; any other
  // zone by its IANA name.
  phrase: {
    fr: '{if zone is Europe/Paris}heure de Paris{end}{if zone is Europe/Zurich}heure suisse{end}{if zone is Europe/Brussels}heure de Bruxelles{end}{if not zone is Europe/Paris, Europe/Zurich, Europe/Brussels}heure du fuseau {zone}{end}',
    en: '{if zone is Europe/Paris}Paris time{end}{if zone is Europe/Zurich}Swiss time{end}{if zone is Europe/Brussels}Brussels time{end}{if not zone is Europe/Paris, Europe/Zurich, Europe/Brussels}time in the {zone} zone{end}',
  },
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
  // Read after the window: « …, heure de Paris, à l'exclusion des jours fériés légaux ». The dates of
  // the first year are listed in the SLA annex, which also says which law fixes them afterwards.
  phrase: {
    fr: '{if sets is none}jours fériés compris{else}à l’exclusion des jours fériés {if sets is FR-57, FR-67, FR-68}légaux et des jours fériés locaux d’Alsace-Moselle{else}{if sets is FR, BE}légaux{end}{if sets is CH-GE}du canton de Genève{end}{if sets is CH-VD}du canton de Vaud{end}{if sets is CH-NE}du canton de Neuchâtel{end}{if sets is CH-VS}du canton du Valais{end}{if sets is CH-JU}du canton du Jura{end}{if sets is CH-FR}du canton de Fribourg{end}{if sets is CH-BE}du canton de Berne{end}{if sets is CH-ZH}du canton de Zurich{end}{if sets is CH-BS}du canton de Bâle-Ville{end}{if sets is CH-TI}du canton du Tessin{end}{end}{end}',
    en: '{if sets is none}public holidays included{else}excluding {if sets is FR-57, FR-67, FR-68}French statutory public holidays and the local public holidays of Alsace-Moselle{else}{if sets is FR}French statutory public holidays{end}{if sets is BE}Belgian statutory public holidays{end}{if sets is CH-GE}the public holidays of the canton of Geneva{end}{if sets is CH-VD}the public holidays of the canton of Vaud{end}{if sets is CH-NE}the public holidays of the canton of Neuchâtel{end}{if sets is CH-VS}the public holidays of the canton of Valais{end}{if sets is CH-JU}the public holidays of the canton of Jura{end}{if sets is CH-FR}the public holidays of the canton of Fribourg{end}{if sets is CH-BE}the public holidays of the canton of Bern{end}{if sets is CH-ZH}the public holidays of the canton of Zurich{end}{if sets is CH-BS}the public holidays of the canton of Basel-Stadt{end}{if sets is CH-TI}the public holidays of the canton of Ticino{end}{end}{end}',
  },
};

const holiday: StatementSpec = {
  keyword: 'holiday',
  doc: doc('Jour de fermeture explicite (pont, fermeture annuelle), en plus des jeux de jours fériés.', 'Explicit closing day (bridge day, annual closure), besides the holiday sets.'),
  args: [value('date', t.date()), opt('label', t.prose())],
  cardinality: 'many',
  example: 'holiday 2027-12-24 "Veille de Noël" "Christmas Eve"',
  phrase: { fr: 'le {date}{if label} ({label}){end}', en: 'on {date}{if label} ({label}){end}' },
};

const label: StatementSpec = {
  keyword: 'label',
  doc: doc(
    'Nom de la plage de service dans le contrat, en français puis en anglais, sans majuscule initiale (« heures ouvrées du cabinet »). Les délais et l’annexe des niveaux de service désignent la plage par ce nom.',
    'Name of the service window in the contract, in French then English, without an initial capital ("practice opening hours"). Targets and the service-level annex name the window by it.',
  ),
  args: [value('value', t.prose())],
  cardinality: 'one',
  example: 'label "heures ouvrées du cabinet" "practice business hours"',
  phrase: { fr: '{value}', en: '{value}' },
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
      {
        keyword: 'priorities', doc: doc('Priorités traitées pendant l’astreinte.', 'Priorities handled on call.'),
        args: [value('priorities', t.ref('priority'), { list: true })], cardinality: 'one', example: 'priorities P1',
        phrase: { fr: 'les Incidents de Priorité {priorities|id}', en: 'Priority {priorities|id} Incidents' },
      },
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
        phrase: { fr: '{amount} hors taxes{if per} {per}{end}', en: '{amount} exclusive of VAT{if per} {per}{end}' },
      },
      {
        keyword: 'subscribed', doc: doc('L’option est-elle souscrite (oui) ou seulement proposée (non) ?', 'Is the option subscribed (yes) or only offered (no)?'),
        args: [value('value', t.enum([ev('yes', 'oui', 'yes'), ev('no', 'non', 'no')]))], cardinality: 'one', example: 'subscribed yes',
        // Read after « Cette option » / "This option".
        phrase: {
          fr: '{if value is yes}est souscrite par le Client{end}{if value is no}est proposée au Client, qui ne l’a pas souscrite{end}',
          en: '{if value is yes}has been taken up by the Client{end}{if value is no}is offered to the Client, which has not taken it up{end}',
        },
      },
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
  example: 'hours business { label "heures ouvrées" "business hours"; days mon..fri; time 08:00-12:00, 14:00-18:00; timezone "Europe/Paris"; holidays FR }',
  block: { statements: [label, days, time, window, timezone, holidays, holiday, onCall] },
};
