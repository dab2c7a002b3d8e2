// `contract`: reference, title, law, language, parties with their identifiers, term dates, source.
import { addMonths, formatIsoDate, parseIsoDate } from '../../../calendar/civil.ts';
import { holidaySpan } from '../../../calendar/index.ts';
import type { BoundStatement } from '../../../model/index.ts';
import { months } from '../../../model/durations.ts';
import { child, children, childString, enumValue, value } from '../../../model/query.ts';
import {
  checkBeEnterprise, checkBeVat, checkChUid, checkChVat, checkFrVat, checkSiren, checkSiret, normalizeIdentifier,
  type IdResult,
} from '../../../model/validate/identifiers.ts';
import type { SlaContract, SlaIdentifier, SlaIdentifierScheme, SlaParty } from '../schema.ts';
import { missing, type EmitContext } from './context.ts';

type Law = SlaContract['law'];

/** The identifiers of a party, in the schema's scheme order, in compact (normalised) form. */
const SCHEMES: readonly { scheme: SlaIdentifierScheme; keyword: string; check: (s: string) => IdResult; prefix?: RegExp }[] = [
  { scheme: 'FR:SIREN', keyword: 'siren', check: checkSiren },
  { scheme: 'FR:SIRET', keyword: 'siret', check: checkSiret },
  { scheme: 'FR:VAT', keyword: 'vat', check: checkFrVat, prefix: /^FR/u },
  { scheme: 'CH:UID', keyword: 'uid', check: checkChUid },
  { scheme: 'CH:VAT', keyword: 'vat', check: checkChVat, prefix: /^(?:CHE|IDE|UID)/u },
  { scheme: 'BE:BCE', keyword: 'bce', check: checkBeEnterprise },
  { scheme: 'BE:VAT', keyword: 'vat', check: checkBeVat, prefix: /^BE/u },
];

/**
 * Identifiers exactly as the contract states them (a SIREN is not derived from a SIRET). A VAT number
 * goes to the scheme its prefix names; one of another country (a party outside FR/CH/BE) has no scheme
 * in v1 and is left out. The checker has validated every value (IG40xx), so a failing checksum here is
 * impossible on a clean model; such a value is left out rather than written wrong.
 */
function identifiers(p: BoundStatement): SlaIdentifier[] {
  const out: SlaIdentifier[] = [];
  for (const s of SCHEMES) {
    const text = childString(p, s.keyword);
    if (text === undefined) continue;
    if (s.prefix && !s.prefix.test(normalizeIdentifier(text))) continue;
    const r = s.check(text);
    if (r.ok) out.push({ scheme: s.scheme, value: r.normalized } as SlaIdentifier);
  }
  return out;
}

function party(ctx: EmitContext, role: 'provider' | 'client'): SlaParty | undefined {
  const p = children(ctx.contract, 'party').find((b) => enumValue(b, 'role') === role);
  if (!p) return missing(ctx, `party ${role}`);
  const id = value(p, 'id');
  const name = childString(p, 'name');
  if (id?.kind !== 'name') return missing(ctx, `party ${role} <id>`, p);
  if (name === undefined) return missing(ctx, `party ${role} ${id.name.text} { name }`, p);
  return { id: id.name.text, name, identifiers: identifiers(p) };
}

export interface Term {
  readonly effective: string;
  readonly initialTermEnd: string | null;
  /** Years the holiday lists cover (spec sla-v1: effective year to end of initial term + one renewal). */
  readonly fromYear: number;
  readonly toYear: number;
}

function monthsOf(b: BoundStatement | undefined): number | undefined {
  const d = value(b, 'duration');
  if (d?.kind !== 'duration') return undefined;
  const m = months(d.amount, d.unit);
  if (m !== undefined) return m;
  // A renewal period written in days or weeks: whole months that cover it (28-day months), so the
  // holiday span is never shorter than the contract.
  const days = d.unit === 'day' ? d.amount : d.unit === 'week' ? d.amount * 7 : undefined;
  return days === undefined ? undefined : Math.ceil(days / 28);
}

/** Effective date, end of the initial term, and the holiday span. */
export function readTerm(ctx: EmitContext): Term | undefined {
  const term = child(ctx.contract, 'term');
  if (!term) return missing(ctx, 'term');
  const eff = value(child(term, 'effective'), 'date');
  if (eff?.kind !== 'date') return missing(ctx, 'term { effective }', term);
  const start = parseIsoDate(eff.text);
  if (start === undefined) return missing(ctx, 'term { effective }', term);
  const effective = formatIsoDate(start);
  const initial = child(term, 'initial');
  let initialMonths: number | undefined;
  if (initial) {
    initialMonths = monthsOf(initial);
    if (initialMonths === undefined) return missing(ctx, 'term { initial <months> }', initial);
  } else if (!child(term, 'indefinite')) {
    return missing(ctx, 'term { initial | indefinite }', term);
  }
  const renewal = child(term, 'renewal');
  const renewalMonths = enumValue(renewal, 'mode') === 'none' ? undefined : monthsOf(child(renewal, 'period'));
  const span = holidaySpan(effective, initialMonths, renewalMonths);
  if (!span) return missing(ctx, 'term { effective }', term);
  const initialTermEnd = initialMonths === undefined ? null : formatIsoDate(initialMonths === 0 ? start : addMonths(start, initialMonths) - 1);
  return { effective, initialTermEnd, fromYear: span.fromYear, toYear: span.toYear };
}

export function readLaw(ctx: EmitContext, law: string | undefined): Law | undefined {
  if (law === 'FR' || law === 'CH' || law === 'BE') return law;
  return missing(ctx, 'law');
}

export function readContract(ctx: EmitContext, law: Law | undefined, term: Term | undefined, source: SlaContract['source']): SlaContract | undefined {
  const reference = childString(ctx.contract, 'reference');
  const title = value(ctx.contract, 'title');
  const language = enumValue(child(ctx.contract, 'language'), 'language');
  if (reference === undefined) missing(ctx, 'reference');
  if (title?.kind !== 'string' || title.value.trim() === '') missing(ctx, 'contract "<title>"');
  if (language !== 'fr' && language !== 'en') missing(ctx, 'language fr | en');
  const provider = party(ctx, 'provider');
  const client = party(ctx, 'client');
  if (reference === undefined || title?.kind !== 'string' || (language !== 'fr' && language !== 'en') || !provider || !client || !law || !term) return undefined;
  const amendment = latestAmendment(ctx.contract);
  return {
    reference, title: title.value, law, language, provider, client,
    effective: term.effective, initialTermEnd: term.initialTermEnd, source,
    ...(amendment ? { amendment } : {}),
  };
}

/**
 * The latest amendment of the history (`amendments { amendment N { effective … } }`) that states when
 * it takes effect (else when it was signed): the version this document describes.
 */
function latestAmendment(contract: BoundStatement): { number: number; effective: string } | undefined {
  let best: { number: number; effective: string } | undefined;
  for (const a of children(child(contract, 'amendments'), 'amendment')) {
    const n = a.values['number'];
    const d = value(child(a, 'effective'), 'date') ?? value(child(a, 'signature'), 'date');
    if (n?.kind !== 'number' || d?.kind !== 'date') continue;
    if (!best || n.value > best.number) best = { number: n.value, effective: d.text };
  }
  return best;
}
