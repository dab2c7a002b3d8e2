import { doc, t, value } from '../../value-types.ts';
import type { Slot, StatementSpec } from '../../types.ts';
import { yesNo } from '../common.ts';

// Small builders shared by the commercial vocabulary files; they only build data.

type Extra = Partial<StatementSpec>;

/** A statement with the given args, at most once in its block. */
export function one(keyword: string, fr: string, en: string, args: readonly Slot[], example: string, extra: Extra = {}): StatementSpec {
  return { keyword, doc: doc(fr, en), args, cardinality: 'one', example, ...extra };
}

/** `keyword yes|no`. */
export function flag(keyword: string, fr: string, en: string, example: string, extra: Extra = {}): StatementSpec {
  return one(keyword, fr, en, [value('value', yesNo)], example, extra);
}

/** `keyword <duration>`. */
export function duration(keyword: string, fr: string, en: string, example: string, extra: Extra = {}): StatementSpec {
  return one(keyword, fr, en, [value('duration', t.duration())], example, extra);
}

/** `keyword "free text"`: wording only, never a fact for a rule. */
export function text(keyword: string, fr: string, en: string, example: string, extra: Extra = {}): StatementSpec {
  return one(keyword, fr, en, [value('text', t.proseText())], example, extra);
}

/** A contract-level block statement without arguments. */
export function block(keyword: string, fr: string, en: string, statements: readonly StatementSpec[], example: string, extra: Extra = {}): StatementSpec {
  return { keyword, doc: doc(fr, en), args: [], cardinality: 'one', blockRequired: true, example, block: { statements }, ...extra };
}
