import type { Range } from '../text/index.ts';

// The AST is plain readonly data with a `kind` discriminant on every node. It knows the grammar only:
// statements, blocks, typed literals, lists, names and imports. What a keyword means is the schema's
// business (../schema), never the parser's.

export interface FileNode {
  readonly kind: 'file';
  readonly items: readonly Item[];
  /** Every comment of the file, in order, for the formatter and folding. */
  readonly comments: readonly Comment[];
  readonly range: Range;
}

export type Item = Import | Statement;

export interface Import {
  readonly kind: 'import';
  /** The module path; `undefined` when recovery could not find the string. */
  readonly path: StringLiteral | undefined;
  readonly range: Range;
}

/** `keyword arg arg, arg … { … }` — the only statement form of the language. */
export interface Statement {
  readonly kind: 'statement';
  readonly keyword: Name;
  readonly args: readonly Value[];
  readonly block: Block | undefined;
  readonly range: Range;
}

export interface Block {
  readonly kind: 'block';
  readonly statements: readonly Statement[];
  readonly range: Range;
  /** False when the closing brace was missing and recovery closed the block. */
  readonly closed: boolean;
}

export interface Comment {
  readonly kind: 'comment';
  /** The comment's full text including `//` or `/* … *\/`. */
  readonly text: string;
  readonly style: 'line' | 'block';
  readonly range: Range;
}

export type Value =
  | StringLiteral
  | TextBlock
  | NumberLiteral
  | Quantity
  | Percent
  | DateLiteral
  | MonthLiteral
  | TimeLiteral
  | TimeRange
  | Name
  | NameRange
  | List
  | ErrorValue;

/** `"…"` with escapes decoded. */
export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
  readonly range: Range;
}

/**
 * `"""…"""` multi-line wording. `value` has the common indentation removed and the first and last
 * line breaks dropped; `contentStart` is the offset of the first character after the opening quotes,
 * so placeholders in the wording can be mapped back to positions.
 */
export interface TextBlock {
  readonly kind: 'text';
  readonly value: string;
  readonly contentStart: number;
  readonly range: Range;
}

/** A decimal number. `text` keeps the digits as written so money never goes through a float. */
export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
  readonly text: string;
  readonly range: Range;
}

/** A number with a unit from the literal grammar: `30 min`, `4 business_hours`, `1450.00 EUR`. */
export interface Quantity {
  readonly kind: 'quantity';
  readonly amount: NumberLiteral;
  readonly unit: Name;
  readonly range: Range;
}

export interface Percent {
  readonly kind: 'percent';
  readonly value: number;
  readonly text: string;
  readonly range: Range;
}

export interface DateLiteral {
  readonly kind: 'date';
  /** `YYYY-MM-DD`, a valid Gregorian date (invalid ones are reported and become `ErrorValue`). */
  readonly text: string;
  readonly range: Range;
}

export interface MonthLiteral {
  readonly kind: 'month';
  /** `YYYY-MM`. */
  readonly text: string;
  readonly range: Range;
}

export interface TimeLiteral {
  readonly kind: 'time';
  /** Minutes since midnight, 0..1440 (`24:00` is allowed as the end of a day). */
  readonly minutes: number;
  readonly text: string;
  readonly range: Range;
}

/** `08:00-12:00`; `end < start` means an overnight window, split by the calendar stage. */
export interface TimeRange {
  readonly kind: 'time-range';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly range: Range;
}

/** An identifier: a keyword, an enum value, a declared name or a reference, depending on the schema. */
export interface Name {
  readonly kind: 'name';
  readonly text: string;
  readonly range: Range;
}

/** `mon..fri`. */
export interface NameRange {
  readonly kind: 'name-range';
  readonly from: Name;
  readonly to: Name;
  readonly range: Range;
}

/** Comma-separated values: `phone, email, portal`. Always at least two items. */
export interface List {
  readonly kind: 'list';
  readonly items: readonly Value[];
  readonly range: Range;
}

/** A value the parser could not read; the diagnostic was already reported. */
export interface ErrorValue {
  readonly kind: 'error';
  readonly range: Range;
}

export type Node = FileNode | Item | Block | Comment | Value;
