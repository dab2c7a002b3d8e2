import type { Locale } from '../../diagnostics/index.ts';
import type { SymbolTable, TypedValue } from '../../model/index.ts';
import type { ValueType } from '../../schema/index.ts';
import type { Item } from './facts.ts';
import { principal } from './facts.ts';

// Facts rendered by their type, per language, with Intl: « 36 mois » / "36 months",
// « 1 450,00 € » / "€1,450.00", « 1er janvier 2027 » / "1 January 2027". French spacing uses the
// non-breaking spaces Intl produces (U+202F in numbers, U+00A0 before €).

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
export function listFormat(lang: Locale): Intl.ListFormat {
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' })));
  return f;
}

/** Units Intl knows by name; business time has no Intl unit and is spelt out here. */
const INTL_UNITS: Readonly<Record<string, string>> = { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };
const BUSINESS: Readonly<Record<string, Readonly<Record<Locale, readonly [string, string]>>>> = {
  business_hour: { fr: ['heure ouvrée', 'heures ouvrées'], en: ['business hour', 'business hours'] },
  business_day: { fr: ['jour ouvré', 'jours ouvrés'], en: ['business day', 'business days'] },
  working_day: { fr: ['jour ouvrable', 'jours ouvrables'], en: ['working day', 'working days'] },
};
const WEEKDAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const DAY_INDEX: Readonly<Record<string, number>> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

export function formatNumber(n: number, lang: Locale, fraction?: number): string {
  return nf(lang, fraction === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(n);
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
  // French writes the first day of a month as an ordinal: « 1er janvier ».
  const spaced = text.replace(/ /gu, '\u00A0');
  return lang === 'fr' && d === 1 ? spaced.replace(/^1(?=\u00A0)/u, '1er') : spaced;
}

function formatMonth(text: string, lang: Locale): string {
  const [y, m] = text.split('-').map(Number);
  return df(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
}

export function formatDuration(amount: number, unit: string, lang: Locale): string {
  const business = BUSINESS[unit];
  if (business) return `${formatNumber(amount, lang)}\u00A0${business[lang][amount > 1 ? 1 : 0]}`;
  const intl = INTL_UNITS[unit] ?? unit;
  return nf(lang, { style: 'unit', unit: intl, unitDisplay: 'long' }).format(amount).replace(' ', '\u00A0');
}

function clock(minutes: number, lang: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return lang === 'fr' ? `${h}\u00A0h${m === 0 ? '' : `\u00A0${String(m).padStart(2, '0')}`}` : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function formatWeekdays(days: readonly string[], lang: Locale): string {
  const idx = days.map((d) => DAY_INDEX[d] ?? 0);
  const names = WEEKDAY_NAMES[lang];
  const contiguous = idx.length > 2 && idx.every((d, i) => i === 0 || d === (idx[i - 1] ?? 0) + 1);
  if (contiguous) {
    const a = names[idx[0] ?? 0] ?? '';
    const b = names[idx[idx.length - 1] ?? 0] ?? '';
    return lang === 'fr' ? `du ${a} au ${b}` : `${a} to ${b}`;
  }
  return list(idx.map((d) => names[d] ?? ''), lang);
}

export function list(items: readonly string[], lang: Locale): string {
  return listFormat(lang).format(items);
}

/** The display text of a declared name: its `name` or `label`, else the name itself. */
function declared(ns: string | undefined, name: string, symbols: SymbolTable): string {
  if (!ns) return name;
  const decl = symbols.lookup(ns as Parameters<SymbolTable['lookup']>[0], name);
  for (const kw of ['name', 'label']) {
    const v = decl?.statement.children.find((c) => c.spec.keyword === kw)?.values['value'];
    if (v?.kind === 'string') return v.value;
  }
  return name;
}

export function formatValue(v: TypedValue, type: ValueType, lang: Locale, symbols: SymbolTable): string {
  switch (v.kind) {
    case 'string': return v.value;
    case 'number': return formatNumber(v.value, lang);
    case 'percent': return nf(lang, { style: 'percent', maximumFractionDigits: 3 }).format(v.value / 100);
    case 'duration': return formatDuration(v.amount, v.unit, lang);
    case 'money': return formatMoney(v.amount, v.currency, lang);
    case 'date': return formatDate(v.text, lang);
    case 'month': return formatMonth(v.text, lang);
    case 'time-range': return lang === 'fr' ? `${clock(v.start, lang)} à ${clock(v.end, lang)}` : `${clock(v.start, lang)}–${clock(v.end, lang)}`;
    case 'weekdays': return formatWeekdays(v.days, lang);
    case 'enum': {
      const e = type.kind === 'enum' ? type.values.find((x) => x.name === v.value) : undefined;
      return e ? e.doc[lang] : v.value;
    }
    case 'ref': return declared(type.kind === 'ref' ? type.namespace : undefined, v.name.text, symbols);
    case 'name': return v.name.text;
    case 'list': return list(v.items.map((x) => formatValue(x, type, lang, symbols)), lang);
  }
}

export function formatItem(item: Item, lang: Locale, symbols: SymbolTable): string {
  switch (item.kind) {
    case 'value': return formatValue(item.v, item.type, lang, symbols);
    case 'text': return item.text[lang];
    case 'record': return '';
    case 'stmt': {
      const p = principal(item);
      if (p?.v.kind === 'name' && item.b.spec.declares) return declared(item.b.spec.declares.namespace, p.v.name.text, symbols);
      return p ? formatValue(p.v, p.type, lang, symbols) : '';
    }
  }
}

const FILTERS: Readonly<Record<string, (s: string, lang: Locale) => string>> = {
  /** SIREN from a SIREN or SIRET, grouped by three as the RCS extract prints it. */
  siren: (s) => s.replace(/\s/g, '').slice(0, 9).replace(/(\d{3})(?=\d)/g, '$1\u00A0'),
  siret: (s) => { const d = s.replace(/\s/g, ''); return `${d.slice(0, 9).replace(/(\d{3})(?=\d)/g, '$1\u00A0')}\u00A0${d.slice(9)}`; },
  /** The town of a postal address: its last comma part without the postcode. */
  city: (s) => (s.split(',').pop() ?? s).replace(/\b[A-Z]{0,3}-?\d{4,5}\b/gu, '').trim(),
  upper: (s, lang) => s.toLocaleUpperCase(LOCALES[lang]),
  lower: (s, lang) => s.toLocaleLowerCase(LOCALES[lang]),
  capital: (s, lang) => s.charAt(0).toLocaleUpperCase(LOCALES[lang]) + s.slice(1),
};
export const FILTER_NAMES: readonly string[] = Object.keys(FILTERS);

export function applyFilter(text: string, filter: string | undefined, lang: Locale): string {
  const f = filter === undefined ? undefined : FILTERS[filter];
  return f ? f(text, lang) : text;
}

/**
 * French typography: a narrow no-break space before ; ! ?, a no-break space before : and inside « »,
 * curly apostrophes. English only gets curly apostrophes.
 */
export function typography(text: string, lang: Locale): string {
  const curly = text.replace(/(\p{L})'/gu, '$1\u2019');
  if (lang !== 'fr') return curly;
  return curly
    .replace(/[ \u00A0\u202F]*([;!?])(?=\s|$|»)/gu, '\u202F$1')
    .replace(/[ \u00A0\u202F]+:(?=\s|$)/gu, '\u00A0:')
    .replace(/«[ \u00A0\u202F]*/gu, '«\u00A0')
    .replace(/[ \u00A0\u202F]*»/gu, '\u00A0»')
    .replace(/\b(n°|art\.|p\.)\s+(?=\d)/gu, '$1\u00A0');
}
