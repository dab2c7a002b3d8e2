// Catalogue band file; see ../index.ts for the bands. IG5001–IG5049: service calendars and holiday
// sets (compiler/src/calendar). The calendar stage reports problems as data; `calendar/problems.ts`
// turns them into these diagnostics once the model stage knows where in the source they come from.
import { defineCode, suggestion } from '../catalogue.ts';

const SLA_SPEC = 'SLA JSON v1 (docs/sla-v1.md)';

export const unknownTimeZone = defineCode<{ timezone: string; suggestions: readonly string[] }>({
  code: 'IG5001',
  severity: 'error',
  title: { fr: 'Fuseau horaire inconnu', en: 'Unknown time zone' },
  message: {
    fr: (a) => `Le fuseau horaire « ${a.timezone} » n'est pas un nom IANA connu.${a.suggestions.length > 0 ? suggestion(a.suggestions, 'fr') : ' Écrivez par exemple « Europe/Paris », « Europe/Zurich » ou « Europe/Brussels ».'}`,
    en: (a) => `The time zone "${a.timezone}" is not a known IANA name.${a.suggestions.length > 0 ? suggestion(a.suggestions, 'en') : ' Write for example "Europe/Paris", "Europe/Zurich" or "Europe/Brussels".'}`,
  },
  doc: {
    explanation: {
      fr: "Les heures d'un calendrier de service sont des heures locales : sans fuseau IANA, ni les changements d'heure ni les échéances ne peuvent être calculés.",
      en: 'Service-calendar hours are local wall-clock times: without an IANA zone neither daylight-saving changes nor due dates can be computed.',
    },
    reference: SLA_SPEC,
  },
});

export const malformedRange = defineCode<{ range: string }>({
  code: 'IG5002',
  severity: 'error',
  title: { fr: 'Plage horaire mal formée', en: 'Malformed time range' },
  message: {
    fr: (a) => `La plage horaire « ${a.range} » doit s'écrire HH:MM-HH:MM, entre 00:00 et 24:00 (24:00 seulement en fin).`,
    en: (a) => `The time range "${a.range}" must be written HH:MM-HH:MM, between 00:00 and 24:00 (24:00 only as an end).`,
  },
  doc: {
    explanation: {
      fr: 'Une plage va d’une heure de début à une heure de fin ; une fin antérieure au début désigne une plage de nuit (22:00-06:00).',
      en: 'A range goes from a start time to an end time; an end before the start means an overnight range (22:00-06:00).',
    },
    reference: SLA_SPEC,
  },
});

export const emptyRange = defineCode<{ range: string }>({
  code: 'IG5003',
  severity: 'error',
  title: { fr: 'Plage horaire de durée nulle ou ambiguë', en: 'Empty or ambiguous time range' },
  message: {
    fr: (a) => `La plage « ${a.range} » commence et finit à la même heure : écrivez 00:00-24:00 pour une journée entière.`,
    en: (a) => `The range "${a.range}" starts and ends at the same time: write 00:00-24:00 for a whole day.`,
  },
  doc: {
    explanation: {
      fr: 'Une plage dont le début égale la fin pourrait signifier « jamais » ou « 24 heures » ; le compilateur ne devine pas.',
      en: 'A range whose start equals its end could mean "never" or "24 hours"; the compiler does not guess.',
    },
    reference: SLA_SPEC,
  },
});

export const overlappingRanges = defineCode<{ day: string; first: string; second: string }>({
  code: 'IG5004',
  severity: 'warning',
  title: { fr: 'Plages horaires qui se chevauchent', en: 'Overlapping time ranges' },
  message: {
    fr: (a) => `Le ${a.day}, les plages « ${a.first} » et « ${a.second} » se chevauchent ; leur union est retenue.`,
    en: (a) => `On ${a.day}, the ranges "${a.first}" and "${a.second}" overlap; their union is used.`,
  },
  doc: {
    explanation: {
      fr: "Les plages d'un jour doivent être disjointes ; un chevauchement trahit souvent une faute de frappe.",
      en: 'The ranges of one day must not overlap; an overlap is often a typo.',
    },
    reference: SLA_SPEC,
  },
});

export const invalidHolidayDate = defineCode<{ date: string }>({
  code: 'IG5005',
  severity: 'error',
  title: { fr: 'Date de jour férié invalide', en: 'Invalid holiday date' },
  message: {
    fr: (a) => `« ${a.date} » n'est pas une date réelle au format AAAA-MM-JJ.`,
    en: (a) => `"${a.date}" is not a real date in the form YYYY-MM-DD.`,
  },
  doc: {
    explanation: {
      fr: 'Les jours fériés explicites sont des dates locales entières au format ISO 8601.',
      en: 'Explicit holidays are whole local dates in ISO 8601 form.',
    },
    reference: SLA_SPEC,
  },
});

export const noOpenTime = defineCode<{ calendar: string }>({
  code: 'IG5006',
  severity: 'error',
  title: { fr: "Calendrier sans heure d'ouverture", en: 'Calendar with no open time' },
  message: {
    fr: (a) => `Le calendrier « ${a.calendar} » n'a aucune plage d'ouverture : aucune échéance ne pourrait être atteinte.`,
    en: (a) => `The calendar "${a.calendar}" has no open hours: no target could ever fall due.`,
  },
  doc: {
    explanation: {
      fr: "Un délai se décompte dans les heures d'ouverture de son calendrier ; sans elles, il ne court jamais.",
      en: 'A target counts the open hours of its calendar; without any, it never runs.',
    },
    reference: SLA_SPEC,
  },
});

export const unknownHolidaySet = defineCode<{ set: string; suggestions: readonly string[] }>({
  code: 'IG5007',
  severity: 'error',
  title: { fr: 'Jeu de jours fériés inconnu', en: 'Unknown public-holiday set' },
  message: {
    fr: (a) => `Le jeu de jours fériés « ${a.set} » est inconnu.${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `The public-holiday set "${a.set}" is unknown.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: {
      fr: 'Les jours fériés sont calculés à partir de jeux connus : FR, FR-57, FR-67, FR-68, BE et les cantons suisses (CH-GE, CH-VD…).',
      en: 'Public holidays are computed from known sets: FR, FR-57, FR-67, FR-68, BE and the Swiss cantons (CH-GE, CH-VD…).',
    },
    legalBasis: 'FR: C. trav. L3133-1, L3134-13; BE: loi du 4 janvier 1974 relative aux jours fériés; CH: art. 20a LTr',
  },
});

export const swissCantonRequired = defineCode<{ suggestions: readonly string[] }>({
  code: 'IG5008',
  severity: 'error',
  title: { fr: 'Canton suisse à préciser', en: 'Swiss canton required' },
  message: {
    fr: (a) => `« CH » ne suffit pas : la Confédération ne fixe que le 1er août, nommez le canton ou donnez une liste explicite.${suggestion(a.suggestions, 'fr')}`,
    en: (a) => `"CH" is not enough: federal law fixes only 1 August; name the canton or give an explicit list.${suggestion(a.suggestions, 'en')}`,
  },
  doc: {
    explanation: {
      fr: "En Suisse, seul le 1er août est férié au niveau fédéral ; chaque canton peut assimiler jusqu'à huit autres jours au dimanche (art. 20a LTr). Le compilateur ne devine pas le canton.",
      en: 'In Switzerland only 1 August is a federal holiday; each canton may treat up to eight further days like Sundays (art. 20a LTr). The compiler does not guess the canton.',
    },
    legalBasis: 'art. 110 al. 3 Cst.; art. 20a LTr',
  },
});

export const ambiguousBusinessDay = defineCode<{ calendar: string }>({
  code: 'IG5009',
  severity: 'error',
  title: { fr: 'Durée du jour ouvré ambiguë', en: 'Ambiguous business-day length' },
  message: {
    fr: (a) => `Les jours du calendrier « ${a.calendar} » n'ont pas tous la même durée : exprimez le délai en heures ou en minutes.`,
    en: (a) => `The days of the calendar "${a.calendar}" differ in length: state the target in hours or minutes.`,
  },
  doc: {
    explanation: {
      fr: "Un délai en jours ouvrés est converti avec la durée d'un jour du calendrier ; quand les jours diffèrent, la conversion est ambiguë.",
      en: 'A target in business days is converted with the length of one day of its calendar; when the days differ the conversion is ambiguous.',
    },
    reference: SLA_SPEC,
  },
});
