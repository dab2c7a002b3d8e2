import type { Locale } from '../diagnostics/index.ts';
import type { Value } from '../ast/types.ts';
import type { ValueType } from '../schema/index.ts';

// Words for types and found values in messages, in both languages.

export function describeType(type: ValueType, locale: Locale): string {
  const fr = locale === 'fr';
  switch (type.kind) {
    case 'string': return fr ? 'un texte entre guillemets' : 'a quoted string';
    case 'text': return fr ? 'un texte entre guillemets ou un bloc """' : 'a quoted string or a """ text block';
    case 'integer': return fr ? 'un nombre entier' : 'a whole number';
    case 'decimal': return fr ? 'un nombre' : 'a number';
    case 'percent': return fr ? 'un pourcentage (15%)' : 'a percentage (15%)';
    case 'duration': return fr ? `une durée (${type.units ? `en ${type.units.join(', ')}` : 'ex. 30 min, 4 business_hours, 36 months'})` : `a duration (${type.units ? `in ${type.units.join(', ')}` : 'e.g. 30 min, 4 business_hours, 36 months'})`;
    case 'money': return fr ? 'un montant avec sa devise (1450.00 EUR)' : 'an amount with its currency (1450.00 EUR)';
    case 'date': return fr ? 'une date AAAA-MM-JJ' : 'a date YYYY-MM-DD';
    case 'month': return fr ? 'un mois AAAA-MM' : 'a month YYYY-MM';
    case 'time-range': return fr ? 'une plage horaire (08:00-18:00)' : 'a time range (08:00-18:00)';
    case 'weekdays': return fr ? 'des jours (mon..fri)' : 'days (mon..fri)';
    case 'enum': return fr ? `une valeur parmi ${type.values.map((v) => v.name).join(', ')}` : `one of ${type.values.map((v) => v.name).join(', ')}`;
    case 'ref': return fr ? `le nom d'un élément déclaré (${type.namespace})` : `the name of a declared ${type.namespace}`;
    case 'name': return fr ? 'un nom (identifiant)' : 'a name (identifier)';
  }
}

/** What was written instead, in the message's language: « le nombre 36 », "the number 36". */
export function describeValue(v: Value, locale: Locale): string {
  const fr = locale === 'fr';
  switch (v.kind) {
    case 'string': return fr ? 'un texte entre guillemets' : 'a quoted string';
    case 'text': return fr ? 'un bloc de texte' : 'a text block';
    case 'number': return fr ? `le nombre ${v.text}` : `the number ${v.text}`;
    case 'quantity': return `${v.amount.text} ${v.unit.text}`;
    case 'percent': return `${v.text}%`;
    case 'date': return fr ? `la date ${v.text}` : `the date ${v.text}`;
    case 'month': return fr ? `le mois ${v.text}` : `the month ${v.text}`;
    case 'time': return fr ? `l’heure ${v.text}` : `the time ${v.text}`;
    case 'time-range': return fr ? `la plage ${v.text}` : `the time range ${v.text}`;
    case 'name': return v.text.length > 40 ? `${v.text.slice(0, 40)}…` : v.text;
    case 'name-range': return `${v.from.text}..${v.to.text}`;
    case 'list': return fr ? 'une liste' : 'a list';
    case 'error': return fr ? 'une valeur invalide' : 'an invalid value';
  }
}
