import type { Locale } from './types.ts';

// Durations in messages, as a reader says them: « 1 heure ouvrée », « 4 heures ouvrées », "5 business
// days", « 6 mois » — never the source spelling "1 business_hours" nor a raw "3000 min". Arguments
// carry a duration as `"<amount> <unit>"` in any spelling of the language (`4 business_hours`,
// `6 month`), so one check run serves both languages.

type Forms = { readonly fr: readonly [string, string]; readonly en: readonly [string, string] };

const NAMES: Readonly<Record<string, Forms>> = {
  minute: { fr: ['min', 'min'], en: ['min', 'min'] },
  hour: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
  day: { fr: ['jour', 'jours'], en: ['day', 'days'] },
  week: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
  month: { fr: ['mois', 'mois'], en: ['month', 'months'] },
  year: { fr: ['an', 'ans'], en: ['year', 'years'] },
  business_hour: { fr: ['heure ouvrée', 'heures ouvrées'], en: ['business hour', 'business hours'] },
  business_day: { fr: ['jour ouvré', 'jours ouvrés'], en: ['business day', 'business days'] },
  working_day: { fr: ['jour ouvrable', 'jours ouvrables'], en: ['working day', 'working days'] },
};

/** Every spelling of a unit in the language, to its name above. */
const SPELLINGS: Readonly<Record<string, string>> = {
  min: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', calendar_day: 'day', calendar_days: 'day',
  week: 'week', weeks: 'week',
  month: 'month', months: 'month',
  year: 'year', years: 'year',
  business_hour: 'business_hour', business_hours: 'business_hour',
  business_day: 'business_day', business_days: 'business_day',
  working_day: 'working_day', working_days: 'working_day',
};

function number(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** `amount` of a unit, with the right singular or plural (French: plural from 2; English: but for 1). */
export function durationPhrase(amount: number, unit: string, locale: Locale): string | undefined {
  const name = SPELLINGS[unit];
  const forms = name === undefined ? undefined : NAMES[name]?.[locale];
  if (!forms) return undefined;
  const plural = locale === 'fr' ? Math.abs(amount) >= 2 : amount !== 1;
  return `${number(amount, locale)} ${forms[plural ? 1 : 0]}`;
}

/**
 * A duration argument (`"4 business_hours"`) in the reader's words; with `compact`, a count of
 * minutes reads in hours when it makes whole hours or more (`"240 min"` → « 4 heures »). Text that is
 * not a duration comes back unchanged.
 */
export function humanDuration(text: string, locale: Locale, compact = false): string {
  const m = /^(-?\d+(?:\.\d+)?) ([a-z_]+)$/u.exec(text.trim());
  if (!m) return text;
  const amount = Number(m[1]);
  const unit = m[2] ?? '';
  if (compact && SPELLINGS[unit] === 'minute' && amount >= 60) {
    const hours = Math.floor(amount / 60);
    const rest = amount % 60;
    const h = durationPhrase(hours, 'hour', locale) ?? '';
    return rest === 0 ? h : `${h} ${number(rest, locale)} min`;
  }
  return durationPhrase(amount, unit, locale) ?? text;
}
