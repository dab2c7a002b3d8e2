import { compareText, type Range } from '../text/index.ts';
import type { Diagnostic, Fix, Locale, Localized, MessageArgs, RelatedInformation, Severity } from './types.ts';

/** The documentation `infog explain` prints and the docs site renders, per code. */
export interface CodeDoc {
  /** What the diagnostic means and why it matters. */
  readonly explanation: Localized;
  /**
   * Statute, regulation or standard the rule implements, when there is one: an article of law, per
   * country where it differs (`FR: C. civ. 1231-5; CH: CO 163 al. 3`). A rule of pure engineering
   * consistency has none; it never names an internal document.
   */
  readonly legalBasis?: string;
  /** The project document that defines what the diagnostic checks (a format, a tool mapping), if any. */
  readonly reference?: string;
  /** `.infog` source that triggers the diagnostic. */
  readonly example?: string;
  /** The same source, fixed. */
  readonly fixed?: string;
}

export interface CodeSpec<A extends MessageArgs> {
  readonly code: string;
  readonly severity: Severity;
  /** Checklist id, for completeness and validity rules. */
  readonly rule?: string;
  /** True for the checklist rules themselves (IG3xxx): their id is what `waive "…"` names. */
  readonly checklist?: boolean;
  /**
   * Only a defect of infog can produce it, never any input (a crash caught at the last resort, an
   * output failing its own schema, …): the fuzzer counts every occurrence as a violation.
   */
  readonly internal?: boolean;
  readonly title: Localized;
  readonly message: { readonly fr: (args: A) => string; readonly en: (args: A) => string };
  readonly doc: CodeDoc;
}

export interface CreateOptions {
  readonly severity?: Severity;
  readonly related?: readonly RelatedInformation[];
  readonly fixes?: readonly Fix[];
}

/** A catalogue entry; `create` is the only way a diagnostic is born. */
export interface DiagnosticCode<A extends MessageArgs> extends CodeSpec<A> {
  create(file: string, range: Range, args: A, options?: CreateOptions): Diagnostic;
}

const registry = new Map<string, CodeSpec<MessageArgs>>();
const CODE_SHAPE = /^IG\d{4}$/;

/**
 * Told the code of every diagnostic created in this thread. Only the test suite sets one (through
 * `INFOG_RECORD_CODES`, see cli/record-codes.ts): it proves that every code of the catalogue is
 * emitted by some test, not merely named in one.
 */
let observer: ((code: string) => void) | undefined;

export function observeCodes(fn: ((code: string) => void) | undefined): void {
  observer = fn;
}

/**
 * Registers a code. Codes are stable and never reused: a duplicate is a programming error caught when
 * the module loads (and by the catalogue test), not a user-facing condition.
 */
export function defineCode<A extends MessageArgs>(spec: CodeSpec<A>): DiagnosticCode<A> {
  if (!CODE_SHAPE.test(spec.code)) throw new Error(`catalogue: malformed code ${spec.code}`);
  if (registry.has(spec.code)) throw new Error(`catalogue: duplicate code ${spec.code}`);
  registry.set(spec.code, spec as unknown as CodeSpec<MessageArgs>);
  return {
    ...spec,
    create(file, range, args, options = {}) {
      observer?.(spec.code);
      return {
        code: spec.code,
        severity: options.severity ?? spec.severity,
        ...(spec.rule === undefined ? {} : { rule: spec.rule }),
        file,
        range,
        args,
        ...(options.related === undefined ? {} : { related: options.related }),
        ...(options.fixes === undefined ? {} : { fixes: options.fixes }),
      };
    },
  };
}

export function lookupCode(code: string): CodeSpec<MessageArgs> | undefined {
  return registry.get(code.toUpperCase());
}

export function allCodes(): readonly CodeSpec<MessageArgs>[] {
  return [...registry.values()].sort((a, b) => compareText(a.code, b.code));
}

/**
 * The rule id to show beside a message, as `[insurance]`: only for checklist findings, the ones a
 * `waive "…"` can name. A validity check (`IG4135`) belongs to a topic but is not a rule one can
 * waive, so it shows its code alone rather than something that looks like a rule id.
 */
export function shownRule(d: Diagnostic): string | undefined {
  return d.rule !== undefined && registry.get(d.code)?.checklist === true ? d.rule : undefined;
}

/** Renders a diagnostic's message in a locale; an unknown code (never expected) falls back to the code. */
export function renderMessage(d: Diagnostic, locale: Locale): string {
  const spec = registry.get(d.code);
  return spec ? spec.message[locale](d.args) : d.code;
}

/** Joins a list for a message: « a, b et c » / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Renders a did-you-mean tail, empty when there is no suggestion. */
export function suggestion(candidates: readonly string[], locale: Locale): string {
  if (candidates.length === 0) return '';
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(
    candidates.map((c) => (locale === 'fr' ? `« ${c} »` : `"${c}"`)),
  );
  return locale === 'fr' ? ` Vouliez-vous dire ${list} ?` : ` Did you mean ${list}?`;
}
