import { defineCode, joinList, type DiagnosticCode } from '../catalogue.ts';
import type { Locale, Localized } from '../types.ts';
import { factLabel } from './facts.ts';

// Checklist rules (band IG3xxx). One code per rule of the domain brief §2; the number is the rule's
// position in the brief (IG3001 = parties.identification … IG3079 = compliance.vigilance), so codes
// never move when rules are added. A rule's message names exactly which facts are missing.

export type RuleLevel = 'required' | 'recommended' | 'optional';

export interface RuleArgs {
  /** What the finding is about (a party's name, a priority id); empty for the contract as a whole. */
  readonly subject: string;
  /** Fact keys (see ./facts.ts) that are missing or invalid. */
  readonly missing: readonly string[];
  [key: string]: string | number | readonly string[];
}

export interface RuleCodeSpec {
  readonly rule: string;
  readonly number: number;
  readonly level: RuleLevel;
  readonly title: Localized;
  /** The finding in one sentence, from the brief's catalogue. */
  readonly summary: Localized;
  readonly explanation: Localized;
  readonly legalBasis?: string;
  readonly example?: string;
  readonly fixed?: string;
}

const severityOf = { required: 'error', recommended: 'warning', optional: 'info' } as const;

function render(spec: RuleCodeSpec, a: RuleArgs, locale: Locale): string {
  const subject = a.subject ? (locale === 'fr' ? ` [${a.subject}]` : ` [${a.subject}]`) : '';
  const missing = a.missing.length === 0 ? '' : locale === 'fr'
    ? ` Manque : ${joinList(a.missing.map((k) => factLabel(k, 'fr')), 'fr')}.`
    : ` Missing: ${joinList(a.missing.map((k) => factLabel(k, 'en')), 'en')}.`;
  return `${spec.summary[locale]}${subject}${missing}`;
}

export function defineRuleCode(spec: RuleCodeSpec): DiagnosticCode<RuleArgs> & { readonly level: RuleLevel } {
  const code = defineCode<RuleArgs>({
    code: `IG${3000 + spec.number}`,
    severity: severityOf[spec.level],
    rule: spec.rule,
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
