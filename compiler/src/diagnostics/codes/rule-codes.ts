import { defineCode, joinList, type DiagnosticCode } from '../catalogue.ts';
import type { Locale, Localized } from '../types.ts';
import { factLabel } from './facts.ts';
import { forLaw, isLaw, type Law } from '../law-hints.ts';

// Checklist rules (band IG3xxx). One code per rule of the domain brief §2; the number is the rule's
// position in the brief (IG3001 = parties.identification … IG3079 = compliance.vigilance), so codes
// never move when rules are added. A rule's message names exactly which facts are missing.

export type RuleLevel = 'required' | 'recommended' | 'optional';

export interface RuleArgs {
  /** What the finding is about (a party's name, a priority id); empty for the contract as a whole. */
  readonly subject: string;
  /** Fact keys (see ./facts.ts) that are missing or invalid. */
  readonly missing: readonly string[];
  /**
   * `absent`: nothing of the element is written, and the rule's summary says so; `incomplete`: part
   * of it is there, so the message says the element is incomplete and lists what is `present`.
   * Findings created before this distinction existed read as `incomplete` (always true of a finding).
   */
  readonly state?: 'absent' | 'incomplete';
  /** Fact keys the rule found, named in an incomplete element's message. */
  readonly present?: readonly string[];
  /** The contract's governing law (`FR`, `CH`, `BE`; empty when unknown): it picks the hints. */
  readonly law?: string;
  [key: string]: string | number | readonly string[];
}

export interface RuleCodeSpec {
  readonly rule: string;
  readonly number: number;
  readonly level: RuleLevel;
  readonly title: Localized;
  /** The finding when the element is absent, in one sentence, from the brief's catalogue. */
  readonly summary: Localized;
  /** The summary where a law needs its own (a Swiss contract owes no 40 € recovery fee). */
  readonly summaryByLaw?: Partial<Record<Law, Localized>>;
  /** The finding when the element is there but incomplete; by default « <title> : à compléter. ». */
  readonly incomplete?: Localized;
  /** The incomplete finding where a law needs its own (its articles, its remedies). */
  readonly incompleteByLaw?: Partial<Record<Law, Localized>>;
  readonly explanation: Localized;
  readonly legalBasis?: string;
  readonly example?: string;
  readonly fixed?: string;
}

const severityOf = { required: 'error', recommended: 'warning', optional: 'info' } as const;
const MAX_PRESENT_LISTED = 5;

function render(spec: RuleCodeSpec, a: RuleArgs, locale: Locale): string {
  const fr = locale === 'fr';
  const law = isLaw(a.law) ? a.law : undefined;
  const incomplete = a.state !== 'absent';
  const head = incomplete
    ? (((law ? spec.incompleteByLaw?.[law] : undefined) ?? spec.incomplete)?.[locale] ?? `${spec.title[locale]}${fr ? ' : à compléter.' : ': incomplete.'}`)
    : ((law ? spec.summaryByLaw?.[law] : undefined) ?? spec.summary)[locale];
  const subject = a.subject ? ` [${a.subject}]` : '';
  const label = (k: string): string => factLabel(k, locale, law);
  // What is present needs no syntax to write: the label without its example in parentheses.
  const name = (k: string): string => label(k).replace(/\s*\((?:[^()]|\([^()]*\))*\)$/u, '');
  const found = incomplete ? (a.present ?? []) : [];
  const total = found.length + a.missing.length;
  // A long list of what is there would bury what is missing: beyond a few, only the count.
  const present = found.length === 0 ? ''
    : found.length > MAX_PRESENT_LISTED
      ? (fr ? ` Présent : ${found.length} éléments sur ${total}.` : ` Present: ${found.length} of ${total} elements.`)
      : ` ${fr ? 'Présent : ' : 'Present: '}${joinList(found.map(name), locale)}.`;
  const missing = a.missing.length === 0 ? '' : ` ${fr ? 'Manque : ' : 'Missing: '}${joinList(a.missing.map(label), locale)}.`;
  return `${forLaw(head, law)}${subject}${present}${missing}`;
}

export function defineRuleCode(spec: RuleCodeSpec): DiagnosticCode<RuleArgs> & { readonly level: RuleLevel } {
  const code = defineCode<RuleArgs>({
    code: `IG${3000 + spec.number}`,
    severity: severityOf[spec.level],
    rule: spec.rule,
    checklist: true,
    title: spec.title,
    message: { fr: (a) => render(spec, a, 'fr'), en: (a) => render(spec, a, 'en') },
    doc: {
      explanation: spec.explanation,
      ...(spec.legalBasis === undefined ? {} : { legalBasis: spec.legalBasis }),
      ...(spec.example === undefined ? {} : { example: spec.example }),
      ...(spec.fixed === undefined ? {} : { fixed: spec.fixed }),
    },
  });
  return { ...code, level: spec.level };
}
