import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec, ValueType } from '../../types.ts';

// Small statement builders shared by the personal-data, IP, reversibility and exit blocks.

export const frequency: ValueType = t.enum([
  ev('monthly', 'mensuelle', 'monthly'),
  ev('quarterly', 'trimestrielle', 'quarterly'),
  ev('half_yearly', 'semestrielle', 'every six months'),
  ev('yearly', 'annuelle', 'yearly'),
  ev('biennial', 'tous les deux ans', 'every two years'),
]);

export const freeOrBilled: ValueType = t.enum([
  ev('free', 'sans frais', 'free of charge'),
  ev('billed', 'facturé', 'billed'),
]);

export const whoSide: ValueType = t.enum([
  ev('client', 'le client', 'the client'),
  ev('provider', 'le prestataire', 'the provider'),
  ev('successor', 'le prestataire successeur', 'the successor provider'),
]);

/** `within <duration>`: a deadline. */
export function within(fr: string, en: string, example: string, units?: readonly string[]): StatementSpec {
  return {
    keyword: 'within', doc: doc(fr, en),
    args: [value('duration', t.duration(units))], cardinality: 'one', example,
  };
}

/** `updated quarterly` or `updated every 18 months`. */
export function updated(fr: string, en: string): StatementSpec {
  return {
    keyword: 'updated', doc: doc(fr, en),
    args: [opt('frequency', frequency), group(word('every'), value('period', t.duration(['month', 'months', 'year', 'years', 'week', 'weeks'])))],
    cardinality: 'one', example: 'updated yearly',
  };
}

export function enumList(keyword: string, fr: string, en: string, type: ValueType, example: string, legalBasis?: string): StatementSpec {
  return {
    keyword, doc: doc(fr, en), args: [value('items', type, { list: true })], cardinality: 'one', example,
    ...(legalBasis === undefined ? {} : { legalBasis }),
  };
}

export function oneEnum(keyword: string, fr: string, en: string, type: ValueType, example: string, legalBasis?: string): StatementSpec {
  return {
    keyword, doc: doc(fr, en), args: [value('value', type)], cardinality: 'one', example,
    ...(legalBasis === undefined ? {} : { legalBasis }),
  };
}

export function flag(keyword: string, fr: string, en: string): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [], cardinality: 'one', example: keyword };
}

export function text(keyword: string, fr: string, en: string, example: string): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [value('text', t.proseText())], cardinality: 'one', example };
}
