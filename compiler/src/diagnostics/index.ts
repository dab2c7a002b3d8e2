// Stage `diagnostics`: the one catalogue every diagnostic is born from.
// Consumes nothing; produces `defineCode`, the registry and rendering helpers. Guarantees: every code is
// unique (checked when its band file loads), has a French and an English message and documentation.
//
// Codes are stable and grouped in bands by the stage that emits them:
//   IG0xxx text and limits (encoding, control characters, size, nesting)
//   IG1xxx syntax (lexer, parser, literals)
//   IG2xxx schema and names (unknown keywords, value types, duplicates, references, imports, waivers)
//   IG3xxx checklist rules (completeness, one code per rule of the domain checklist)
//   IG4xxx validation (identifiers, dates, money, consistency)
//   IG5xxx calendars and SLA
//   IG6xxx clauses and PDF
//   IG7xxx helpdesk exports
//   IG8xxx amendments: checks on a change between two versions of a contract
// A code is never reused for another meaning, even after its rule is removed.
import './codes/text.ts';
import './codes/syntax.ts';
import './codes/schema.ts';
import './codes/to-complete.ts';
import './codes/names.ts';
import './codes/identifiers.ts';
import './codes/calendar.ts';
import './codes/sla.ts';
import './codes/rules-parties-term.ts';
import './codes/rules-formation.ts';
import './codes/rules-commercial.ts';
import './codes/rules-scope.ts';
import './codes/rules-sla.ts';
import './codes/rules-data-exit.ts';
import './codes/rules-sector.ts';
import './codes/validate-scope.ts';
import './codes/validate-data-exit.ts';
import './codes/validate-sector.ts';
import './codes/validate-sla.ts';
import './codes/validate-commercial.ts';
import './codes/validate-country.ts';
import './codes/validate-completeness.ts';
import './codes/validate-formation.ts';
import './codes/validate-price-risk.ts';
import './codes/helpdesk.ts';
import './codes/sla-emit.ts';
import './codes/waivers.ts';
import './codes/values.ts';
import './codes/secrets.ts';
// Loaded here although only their backends create them, so `infog explain`, the docs and the editor
// know every code.
import './codes/pdf.ts';
import './codes/document.ts';
import './codes/format.ts';
import './codes/amendment.ts';

export type {
  Diagnostic,
  Fix,
  Locale,
  Localized,
  MessageArg,
  MessageArgs,
  RelatedInformation,
  Severity,
  TextEdit,
} from './types.ts';
export type { CodeDoc, CodeSpec, CreateOptions, DiagnosticCode } from './catalogue.ts';
export { allCodes, defineCode, joinList, lookupCode, observeCodes, renderMessage, shownRule, suggestion } from './catalogue.ts';
export { durationPhrase, humanDuration } from './durations.ts';
export { forLaw, isLaw, LAWS, type Law } from './law-hints.ts';
export type { RuleArgs, RuleLevel } from './codes/rule-codes.ts';
