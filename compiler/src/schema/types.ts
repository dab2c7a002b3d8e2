import type { Localized } from '../diagnostics/index.ts';

// The vocabulary of contracts is data of these types. The checker, completion, hover, the docs and
// the PDF all read it; nothing else lists the fields of a block.

/** The kinds of things a contract declares and refers to by name. */
export type Namespace =
  | 'party'
  | 'signatory'
  | 'site'
  | 'equipment'
  | 'software'
  | 'cloud'
  | 'service'
  | 'priority'
  | 'calendar'
  | 'preset'
  | 'contact'
  | 'deliverable'
  | 'subprocessor';

export interface EnumValue {
  readonly name: string;
  readonly doc: Localized;
  /**
   * How the value reads inside a sentence of the contract, when its documentation label does not
   * (« les deux Parties » for `both`, whose label is « les deux parties (réciproque) »).
   */
  readonly text?: Localized;
  /**
   * How the value reads under a given law, when that law has its own term (Swiss law says « faute
   * grave » where French and Belgian law say « faute lourde »): keyed by `law` (FR, CH, BE).
   */
  readonly lawText?: Readonly<Partial<Record<string, Localized>>>;
}

/** The type of one argument slot. Each maps to AST literals in `model/typed-value.ts`. */
export type ValueType =
  /**
   * A string. `prose`: words of the contract that a translated document must give in each of its
   * languages (`"Texte" "Text"`); otherwise a proper name or an identifier, printed as written in every
   * language (a party's name, an address, a product).
   */
  | { readonly kind: 'string'; readonly prose?: boolean }
  /** A string or a `"""` text block (clause wording, descriptions); `prose` as for strings. */
  | { readonly kind: 'text'; readonly prose?: boolean }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'decimal'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'percent'; readonly min?: number; readonly max?: number }
  /** A duration with one of the given units (all duration units when omitted). */
  | { readonly kind: 'duration'; readonly units?: readonly string[] }
  | { readonly kind: 'money' }
  | { readonly kind: 'date' }
  | { readonly kind: 'month' }
  | { readonly kind: 'time-range' }
  /** `mon`, `mon..fri`, or a list of those. */
  | { readonly kind: 'weekdays' }
  | { readonly kind: 'enum'; readonly values: readonly EnumValue[] }
  /** A name declared elsewhere in the given namespace. */
  | { readonly kind: 'ref'; readonly namespace: Namespace }
  /** A new name, declared by this statement in its spec's `declares` namespace. */
  | { readonly kind: 'name' };

/** One element of a statement's argument pattern, matched left to right. */
export type Slot =
  | {
      readonly kind: 'value';
      /** Key under which the typed value is stored in the model. */
      readonly name: string;
      readonly type: ValueType;
      readonly optional?: boolean;
      /** Accepts a comma list (`phone, email`) as well as a single value. */
      readonly list?: boolean;
      readonly doc?: Localized;
    }
  /** A fixed word such as `per` or `from`, read for legibility. */
  | { readonly kind: 'word'; readonly word: string; readonly optional?: boolean }
  /** An optional sequence, e.g. `per month`: all of it or none of it. */
  | { readonly kind: 'group'; readonly slots: readonly Slot[] };

export interface StatementSpec {
  readonly keyword: string;
  readonly doc: Localized;
  /** Statute or standard behind the field, shown on hover and in `infog explain`. */
  readonly legalBasis?: string;
  readonly args: readonly Slot[];
  /** `one`: at most once in its block (a second one is a duplicate); `many`: repeatable. */
  readonly cardinality: 'one' | 'many';
  /** Structurally required in its block (completeness of the contract is the rules' job). */
  readonly required?: boolean;
  /** The statement's block, if it takes one; `blockRequired` makes the braces mandatory. */
  readonly block?: BlockSpec;
  readonly blockRequired?: boolean;
  /** The statement declares a name: the slot holding it and its namespace. */
  readonly declares?: { readonly slot: string; readonly namespace: Namespace };
  /** An example line for docs, completion snippets and error messages. */
  readonly example: string;
  /**
   * The statement can start from a stdlib or project preset (`sla from silver { … }`): its args must
   * include the `from <preset>` group (`presetSlot()`), and the preset's statements are merged under
   * the contract's own (model/presets.ts).
   */
  readonly presettable?: boolean;
  /** The block's spec is that of the contract-level statement named by this enum slot (`preset sla …`). */
  readonly blockOf?: string;
  /**
   * How the statement reads in the contract document, in French and in English: a template over the
   * statement's own slots (and child statements) with typed formatting (docs/clauses.md, "Phrases").
   * A clause placeholder naming the statement prints this phrase. Every value slot appears in both.
   */
  readonly phrase?: Localized;
  /**
   * Why the statement never appears in the contract document (it configures the tool, or its fact
   * goes to another output): shown by `infog explain`. Only such statements may stay out of print.
   */
  readonly unprinted?: Localized;
}

export interface BlockSpec {
  readonly statements: readonly StatementSpec[];
}
