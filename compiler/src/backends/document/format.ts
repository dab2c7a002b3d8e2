import { toCardinal as frCardinal } from 'n2words/fr-FR';
import { toCardinal as beCardinal } from 'n2words/fr-BE';
import { toCardinal as enCardinal } from 'n2words/en-GB';
import type { Locale } from '../../diagnostics/index.ts';
import type { SymbolTable, TypedValue } from '../../model/index.ts';
import type { EnumValue, ValueType } from '../../schema/index.ts';
import { REGION_NAMES, countryValues, legalFormName } from '../../schema/index.ts';
import { countryArticle, countryIn } from './country-names.ts';
import { MARKS, capitalise, clean, lowerFirst, sup, visible } from './marks.ts';

// Values printed by their type, per language, with Intl: « 36 mois » / "36 months", « 1 450,00 € » /
// "€1,450.00", « 1ᵉʳ janvier 2027 » / "1 January 2027", « un jour ouvré » / "one business day".
// French spacing uses the no-break spaces Intl produces (U+202F in numbers, U+00A0 before €).

/** How a document speaks: its language, and the law whose usage picks words (« septante » in BE, CH). */
export interface Voice {
  readonly lang: Locale;
  readonly law: string | undefined;
}

const LOCALES: Readonly<Record<Locale, string>> = { fr: 'fr-FR', en: 'en-GB' };

// Intl formatters are costly to build and a contract formats hundreds of facts: one per options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
function nf(lang: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}
function df(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], options)));
  return f;
}
export function listFormat(lang: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): Intl.ListFormat {
  const key = `${lang}${type}`;
  let f = listFormats.get(key);
  if (!f) listFormats.set(key, (f = new Intl.ListFormat(LOCALES[lang], { style: 'long', type })));
  return f;
}

/** French nouns of durations: singular, plural, gender (for « un jour », « une heure »). */
const FR_UNITS: Readonly<Record<string, readonly [string, string, 'm' | 'f']>> = {
  minute: ['minute', 'minutes', 'f'],
  hour: ['heure', 'heures', 'f'],
  day: ['jour', 'jours', 'm'],
  week: ['semaine', 'semaines', 'f'],
  month: ['mois', 'mois', 'm'],
  year: ['an', 'ans', 'm'],
  business_hour: ['heure ouvrée', 'heures ouvrées', 'f'],
  business_day: ['jour ouvré', 'jours ouvrés', 'm'],
  working_day: ['jour ouvrable', 'jours ouvrables', 'm'],
};
const EN_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  business_hour: ['business hour', 'business hours'],
  business_day: ['business day', 'business days'],
  working_day: ['working day', 'working days'],
};
const WEEKDAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const DAY_INDEX: Readonly<Record<string, number>> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

export function formatNumber(n: number, lang: Locale, fraction?: number): string {
  return nf(lang, fraction === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(n);
}

/**
 * A whole number in words: « douze », "twelve"; Belgian and Swiss French say « septante » and
 * « nonante ». `feminine` gives « une », « vingt et une » for feminine nouns. Other numbers print as
 * figures.
 */
export function words(n: number, voice: Voice, feminine = false): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return formatNumber(n, voice.lang);
  if (voice.lang === 'en') return enCardinal(n);
  const w = voice.law === 'BE' || voice.law === 'CH' ? beCardinal(n) : frCardinal(n);
  return feminine ? w.replace(/\bun$/u, 'une') : w;
}

/**
 * A duration in words then figures, with its unit: « douze (12) mois », « une (1) heure »; a fraction
 * has no words, so it prints as figures (« 1,5 heure »).
 */
export function spelledDuration(amount: number, unit: string, voice: Voice): string {
  if (!Number.isInteger(amount) || amount < 0) return formatDuration(amount, unit, voice);
  const u = unitNoun(amount, unit, voice.lang);
  return `${words(amount, voice, u.feminine)} (${formatNumber(amount, voice.lang)})\u00A0${u.noun}`;
}

/** Plural of a French noun after a number: singular below 2 (« 1,5 heure »), as French usage has it. */
const frPlural = (n: number): boolean => Math.abs(n) >= 2;
const enPlural = (n: number): boolean => n !== 1;

/** `count` with its noun agreed: « 3 sessions », « 1 session », "1 session". */
export function counted(n: number, singular: string, plural: string, voice: Voice, spelled = false): string {
  const many = voice.lang === 'fr' ? frPlural(n) : enPlural(n);
  const num = spelled ? words(n, voice) : formatNumber(n, voice.lang);
  return `${num}\u00A0${many ? plural : singular}`;
}

/** Money from its exact decimal text; Intl only formats, the cents never go through arithmetic. */
export function formatMoney(amount: string, currency: string, lang: Locale): string {
  const fraction = amount.includes('.') ? 2 : Number.isInteger(Number(amount)) && Number(amount) >= 10000 ? 0 : 2;
  return nf(lang, { style: 'currency', currency, minimumFractionDigits: fraction, maximumFractionDigits: 2 })
    .format(amount as unknown as number);
}

export function formatDate(iso: string, lang: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const text = df(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  const spaced = text.replace(/ /gu, '\u00A0');
  // French writes the first day of a month as an ordinal, with a superscript: « 1ᵉʳ janvier ».
  return lang === 'fr' && d === 1 ? spaced.replace(/^1(?=\u00A0)/u, `1${sup('er')}`) : spaced;
}

export function formatMonth(text: string, lang: Locale): string {
  const [y, m] = text.split('-').map(Number);
  return df(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1))).replace(/ /gu, '\u00A0');
}

/** The noun of a duration unit agreed with its amount, and whether it is feminine (« heure », « semaine »). */
function unitNoun(amount: number, unit: string, lang: Locale): { noun: string; feminine: boolean } {
  if (lang === 'fr') {
    const [one, many, gender] = FR_UNITS[unit] ?? [unit, unit, 'm'];
    return { noun: frPlural(amount) ? many : one, feminine: gender === 'f' };
  }
  const [one, many] = EN_UNITS[unit] ?? [unit, unit];
  return { noun: enPlural(amount) ? many : one, feminine: false };
}

/**
 * A duration with its unit as written: « 15 minutes », « 4 heures ouvrées », « un jour ouvré »,
 * "one business day". One of anything is spelled out, as in « dans un délai d'un jour ouvré ».
 */
export function formatDuration(amount: number, unit: string, voice: Voice): string {
  // A fraction of an hour is said in minutes, as the contract means it: `0.25 business_hours` is
  // « 15 minutes ouvrées » / "15 business minutes", never « 0,25 heure ouvrée ».
  const minutes = amount * 60;
  if ((unit === 'hour' || unit === 'business_hour') && amount < 1 && Number.isInteger(minutes)) {
    if (voice.lang === 'fr') return `${formatDuration(minutes, 'minute', voice)}${unit === 'business_hour' ? (minutes >= 2 ? ' ouvrées' : ' ouvrée') : ''}`;
    return unit === 'business_hour' ? `${formatNumber(minutes, 'en')}\u00A0business ${minutes === 1 ? 'minute' : 'minutes'}` : formatDuration(minutes, 'minute', voice);
  }
  if (voice.lang === 'fr') {
    const [one, many, gender] = FR_UNITS[unit] ?? [unit, unit, 'm'];
    if (amount === 1) return `${gender === 'f' ? 'une' : 'un'}\u00A0${one}`;
    return `${formatNumber(amount, 'fr')}\u00A0${frPlural(amount) ? many : one}`;
  }
  const [one, many] = EN_UNITS[unit] ?? [unit, unit];
  if (amount === 1) return `one ${one}`;
  return `${formatNumber(amount, 'en')}\u00A0${enPlural(amount) ? many : one}`;
}

function clock(minutes: number, lang: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return lang === 'fr' ? `${h}\u00A0h${m === 0 ? '' : `\u00A0${String(m).padStart(2, '0')}`}` : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function formatTimeRange(start: number, end: number, lang: Locale): string {
  return lang === 'fr' ? `de ${clock(start, lang)} à ${clock(end, lang)}` : `from ${clock(start, lang)} to ${clock(end, lang)}`;
}

/**
 * Days on which something recurs: « le mardi », « le mardi et le jeudi », « du lundi au vendredi »;
 * "on Tuesdays", "on Tuesdays and Thursdays", "Monday to Friday".
 */
function everyWeekday(days: readonly string[], lang: Locale): string {
  const idx = days.map((d) => DAY_INDEX[d] ?? 0);
  const names = WEEKDAY_NAMES[lang];
  const contiguous = idx.length > 2 && idx.every((d, i) => i === 0 || d === (idx[i - 1] ?? 0) + 1);
  if (contiguous) return formatWeekdays(days, lang);
  const each = idx.map((d) => (lang === 'fr' ? `le ${names[d] ?? ''}` : `${names[d] ?? ''}s`));
  return lang === 'fr' ? list(each, lang) : `on ${list(each, lang)}`;
}

/**
 * Days of a recurring window, as an adverbial phrase: « du lundi au vendredi » / "Monday to Friday"
 * for a run of three days or more, else each day: « le samedi » / "on Saturdays".
 */
function formatWeekdays(days: readonly string[], lang: Locale): string {
  const idx = days.map((d) => DAY_INDEX[d] ?? 0);
  const names = WEEKDAY_NAMES[lang];
  const contiguous = idx.length > 2 && idx.every((d, i) => i === 0 || d === (idx[i - 1] ?? 0) + 1);
  if (contiguous) {
    const a = names[idx[0] ?? 0] ?? '';
    const b = names[idx[idx.length - 1] ?? 0] ?? '';
    return lang === 'fr' ? `du ${a} au ${b}` : `${a} to ${b}`;
  }
  return list(idx.map((d) => (lang === 'fr' ? `le ${names[d] ?? ''}` : `on ${names[d] ?? ''}s`)), lang);
}

export function list(items: readonly string[], lang: Locale): string {
  return listFormat(lang).format(items);
}

/** The display text of a declared name: its `name` or `label` (in the document's language), else the name. */
export function declared(ns: string | undefined, name: string, symbols: SymbolTable, lang: Locale): string {
  if (!ns) return name;
  const decl = symbols.lookup(ns as Parameters<SymbolTable['lookup']>[0], name);
  for (const kw of ['name', 'label']) {
    // A child statement (`name "…"`), or a slot of the declaring statement (`subprocessor ovh "OVH SAS"`).
    const v = decl?.statement.children.find((c) => c.spec.keyword === kw)?.values['value'] ?? decl?.statement.values[kw];
    if (v?.kind === 'string') return lang === 'en' && v.en ? v.en.value : v.value;
  }
  return name;
}

/**
 * How an enum value reads inside a sentence: its text under the document's law, else its `text`,
 * else its documentation label. An empty text leaves the value out of a list: the phrase says it
 * another way (a qualifier such as « dans la limite du besoin d'en connaître » among persons).
 */
export function enumText(e: EnumValue, voice: Voice): string {
  return ((voice.law === undefined ? undefined : e.lawText?.[voice.law]) ?? e.text ?? e.doc)[voice.lang];
}

/** Namespaces of the inventory, whose items a name may designate (`critical_assets srv_ad, hq`). */
const SCOPE_NAMESPACES = ['site', 'equipment', 'software', 'cloud'] as const;

/** A name that designates an item of the inventory reads as the item's label; other names stay as written. */
function scopeItem(name: string, symbols: SymbolTable, lang: Locale): string | undefined {
  for (const ns of SCOPE_NAMESPACES) if (symbols.lookup(ns, name)) return declared(ns, name, symbols, lang);
  return undefined;
}

/**
 * A value as marked text: the user's strings and names are cleaned of marker characters here, so the
 * markers a value's own format adds (the superscript of « 1ᵉʳ ») survive.
 */
export function formatValue(v: TypedValue, type: ValueType, voice: Voice, symbols: SymbolTable): string {
  const lang = voice.lang;
  switch (v.kind) {
    case 'string': return clean(lang === 'en' && v.en ? v.en.value : v.value);
    case 'number': return formatNumber(v.value, lang);
    case 'percent': return nf(lang, { style: 'percent', maximumFractionDigits: 3 }).format(v.value / 100);
    case 'duration': return formatDuration(v.amount, v.unit, voice);
    case 'money': return formatMoney(v.amount, v.currency, lang);
    case 'date': return formatDate(v.text, lang);
    case 'month': return formatMonth(v.text, lang);
    case 'time-range': return formatTimeRange(v.start, v.end, lang);
    case 'weekdays': return formatWeekdays(v.days, lang);
    case 'enum': {
      const e = type.kind === 'enum' ? type.values.find((x) => x.name === v.value) : undefined;
      return e ? enumText(e, voice) : v.value;
    }
    case 'ref': return clean(declared(type.kind === 'ref' ? type.namespace : undefined, v.name.text, symbols, lang));
    case 'name': return clean(scopeItem(v.name.text, symbols, lang) ?? v.name.text);
    case 'list': return list(v.items.map((x) => formatValue(x, type, voice, symbols)).filter((x) => x !== ''), lang);
  }
}

type Filter = (s: string, voice: Voice, args: readonly string[], v: TypedValue | undefined) => string;

const COUNTRY_NAMES = new Map(countryValues.map((c) => [c.name, c.doc]));

/** Countries of a country value or list, each worded by `say`, joined as a list; undefined if not countries. */
function countries(v: TypedValue | undefined, voice: Voice, say: (code: string, name: string, lang: Locale) => string): string | undefined {
  const items = v?.kind === 'list' ? v.items : v ? [v] : [];
  const codes = items.flatMap((i) => (i.kind === 'enum' && COUNTRY_NAMES.has(i.value) ? [i.value] : []));
  if (codes.length === 0 || codes.length !== items.length) return undefined;
  return list([...new Set(codes)].map((c) => say(c, COUNTRY_NAMES.get(c)?.[voice.lang] ?? c, voice.lang)), voice.lang);
}

const numberOf = (v: TypedValue | undefined): number | undefined =>
  v?.kind === 'number' || v?.kind === 'percent' ? v.value : v?.kind === 'duration' ? v.amount : undefined;

const FILTERS: Readonly<Record<string, Filter>> = {
  /** SIREN from a SIREN or SIRET, grouped by three as the RCS extract prints it. */
  siren: (s) => s.replace(/\s/g, '').slice(0, 9).replace(/(\d{3})(?=\d)/g, '$1\u00A0'),
  siret: (s) => { const d = s.replace(/\s/g, ''); return `${d.slice(0, 9).replace(/(\d{3})(?=\d)/g, '$1\u00A0')}\u00A0${d.slice(9)}`; },
  /** A Belgian enterprise number as the register prints it: 0403.019.261. */
  bce: (s) => { const d = s.replace(/\D/g, '').padStart(10, '0'); return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`; },
  /** The town of a postal address: its last comma part without the postcode. */
  city: (s) => (s.split(',').pop() ?? s).replace(/\b[A-Z]{0,3}-?\d{4,5}\b/gu, '').trim(),
  upper: (s, v) => s.toLocaleUpperCase(LOCALES[v.lang]),
  lower: (s, v) => s.toLocaleLowerCase(LOCALES[v.lang]),
  capital: (s, v) => capitalise(s, LOCALES[v.lang]),
  /** A whole number in words: `{months|words}` → « douze »; `words:f` for a feminine noun (« une »). */
  words: (s, voice, args, v) => { const n = numberOf(v); return n === undefined ? s : words(n, voice, args[0] === 'f'); },
  /**
   * Words then figures, as contracts write amounts of time: « douze (12) »; a duration keeps its unit,
   * agreed in gender and number: « douze (12) mois », « une (1) heure », "twelve (12) months".
   */
  spelled: (s, voice, args, v) => {
    if (v?.kind === 'duration') return spelledDuration(v.amount, v.unit, voice);
    const n = numberOf(v);
    return n === undefined ? s : `${words(n, voice, args[0] === 'f')} (${formatNumber(n, voice.lang)})`;
  },
  /** The first letter in lower case, unless the first word is an acronym: « (travaux de câblage) », « (HDS …) ». */
  lowerfirst: (s, v) => (/^\p{Lu}[\p{Lu}\d]/u.test(visible(s)) ? s : lowerFirst(s, LOCALES[v.lang])),
  /**
   * A percentage as the decimal coefficient of a formula: `{part|fraction}` → « 0,15 » for 15 %;
   * `{part|fraction:rest}` → its complement to one, « 0,85 ». Computed in hundredths of a percent.
   */
  fraction: (s, voice, args, v) => {
    if (v?.kind !== 'percent') return s;
    const basis = Math.round(v.value * 100);
    const part = args[0] === 'rest' ? 10000 - basis : basis;
    return nf(voice.lang, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(part / 10000);
  },
  /** A country (or a list of them) after a locative preposition: « en France et aux Pays-Bas », "in the Netherlands". */
  in: (s, voice, _args, v) => {
    // English puts one "in" before the list: "in France and the Netherlands".
    const named = voice.lang === 'en' ? countries(v, voice, countryArticle) : countries(v, voice, countryIn);
    return named === undefined ? s : voice.lang === 'en' ? `in ${named}` : named;
  },
  /** A country with its article, after « vers », « de »…: « la Suisse », « les États-Unis », "the United States". */
  article: (s, voice, _args, v) => countries(v, voice, countryArticle) ?? s,
  /**
   * A number with its noun agreed: `{sessions|count:session:sessions}` → « 3 sessions », « 1 session »;
   * a third argument spells the number: `w` (« trois sessions »), `wf` for a feminine noun (« une »),
   * `s` / `sf` in words then figures (« douze (12) salariés », « quarante (40) heures »).
   */
  count: (s, voice, args, v) => {
    const n = numberOf(v);
    if (n === undefined) return s;
    const [one = '', many = one, spell] = args;
    if (!spell) return counted(n, one, many, voice);
    const plural = voice.lang === 'fr' ? frPlural(n) : enPlural(n);
    // `s`, `sf`: words then figures, as contracts write quantities: « quarante (40) heures ».
    const spelled = (spell === 's' || spell === 'sf') && Number.isInteger(n) ? ` (${formatNumber(n, voice.lang)})` : '';
    return `${words(n, voice, spell === 'wf' || spell === 'sf')}${spelled}\u00A0${plural ? many : one}`;
  },
  /** Weekdays on which something recurs: `{days|every}` → « le mardi », "on Tuesdays". */
  every: (s, voice, _args, v) => (v?.kind === 'weekdays' ? everyWeekday(v.days, voice.lang) : s),
  /**
   * An ISO 3166-2 subdivision by its name: `{region|region}` → « Rhône », « canton de Genève »;
   * `region:article` with the article French puts before it: « le Rhône », « la province de Namur ».
   */
  region: (s, voice, args) => {
    const r = REGION_NAMES.get(s.trim());
    return r ? (args[0] === 'article' ? r.withArticle : r.name)[voice.lang] : s;
  },
  /**
   * A legal form in full for the country given as argument (`{legal_form|legal_form:FR}` → « société
   * à responsabilité limitée »); a form the table does not know prints as written.
   */
  legal_form: (s, voice, args) => legalFormName(s, args[0] ?? '')?.[voice.lang] ?? s,
  /** A number with no unit or grouping-free text: the plain figure as Intl writes it. */
  number: (s, voice, _args, v) => { const n = numberOf(v); return n === undefined ? s : formatNumber(n, voice.lang); },
  /** A list joined by « ou » / "or" instead of « et » / "and" (the evaluator joins; nothing to do here). */
  or: (s) => s,
  /** A reference by its declared name rather than its label: `{priorities|id}` → « P1 et P2 », `id:or` → « P1 ou P2 » (joined by the evaluator). */
  id: (s, voice, _args, v) => {
    const name = (x: TypedValue): string | undefined => (x.kind === 'ref' || x.kind === 'name' ? x.name.text : undefined);
    if (v?.kind === 'list') {
      const names = v.items.map(name);
      return names.every((n) => n !== undefined) ? list(names as string[], voice.lang) : s;
    }
    return (v && name(v)) ?? s;
  },
};
export const FILTER_NAMES: readonly string[] = Object.keys(FILTERS);

/** Filters that read the typed value rather than its text. */
export const VALUE_FILTERS: ReadonlySet<string> = new Set(['words', 'spelled', 'count', 'number', 'fraction', 'every', 'id', 'in', 'article']);
/** Filters applied to the joined list rather than to each fact (the others apply to each fact's text). */
export const LIST_FILTERS: ReadonlySet<string> = new Set(['capital', 'or']);

/** `name:arg:arg` → its parts. */
export function splitFilter(filter: string): { readonly name: string; readonly args: readonly string[] } {
  const [name = '', ...args] = filter.split(':');
  return { name: name.trim(), args: args.map((a) => a.trim()) };
}

export function applyFilter(text: string, filter: string | undefined, voice: Voice, v?: TypedValue): string {
  if (filter === undefined) return text;
  const { name, args } = splitFilter(filter);
  const f = FILTERS[name];
  return f ? f(text, voice, args, v) : text;
}

/**
 * French typography: a narrow no-break space before ; ! ?, a no-break space before : and inside « »,
 * curly apostrophes. English only gets curly apostrophes. Fact markers are seen through.
 */
export function typography(text: string, lang: Locale): string {
  const curly = text.replace(APOSTROPHE, '$1\u2019');
  if (lang !== 'fr') return curly;
  return curly
    .replace(BEFORE_PUNCT, '\u202F$1')
    .replace(BEFORE_COLON, '\u00A0:')
    .replace(/«[ \u00A0\u202F]*/gu, '«\u00A0')
    .replace(/[ \u00A0\u202F]*»/gu, '\u00A0»')
    .replace(/\b(n°|art\.|p\.)\s+(?=\d)/gu, '$1\u00A0');
}
const APOSTROPHE = new RegExp(`(\\p{L}[${MARKS}]*)'`, 'gu');
const BEFORE_PUNCT = new RegExp(`[ \\u00A0\\u202F]*([;!?])(?=[\\s${MARKS}]|$|»)`, 'gu');
const BEFORE_COLON = new RegExp(`[ \\u00A0\\u202F]+:(?=[\\s${MARKS}]|$)`, 'gu');
