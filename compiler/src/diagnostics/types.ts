import type { Range } from '../text/index.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'fr' | 'en';

/** A text in both languages of the product. French is authoritative. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

/** A value a message can interpolate. Lists are joined per locale by the renderer. */
export type MessageArg = string | number | readonly string[];
export type MessageArgs = Readonly<Record<string, MessageArg>>;

export interface TextEdit {
  readonly file: string;
  readonly range: Range;
  readonly newText: string;
}

/** A proposed fix: plain text edits, so the CLI, the tests and the language server can all apply it. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
  /** Set on the one fix an editor may apply without asking (e.g. a unique did-you-mean). */
  readonly preferred?: boolean;
}

export interface RelatedInformation {
  readonly file: string;
  readonly range: Range;
  readonly message: Localized;
}

/**
 * A diagnostic is plain data. Its message is not stored: it is rendered from the catalogue entry of
 * `code` and `args` in the locale the edge asks for, so one check run serves French and English users.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  /** The checklist id (`reversibility.plan`) for completeness and validity rules; absent for syntax. */
  readonly rule?: string;
  readonly file: string;
  readonly range: Range;
  readonly args: MessageArgs;
  readonly related?: readonly RelatedInformation[];
  readonly fixes?: readonly Fix[];
}
