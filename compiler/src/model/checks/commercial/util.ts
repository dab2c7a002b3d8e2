import type { BoundStatement } from '../../bound.ts';
import { approximateDays, months } from '../../durations.ts';
import { child, enumValue, value } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import { parseAmount } from '../../validate/money.ts';
import { factsOf, type FactCheck } from '../facts.ts';
import type { CheckContext } from '../rule.ts';

// Accessors shared by the commercial rules and validators.

/** The enum values of a slot that holds one value or a comma list. */
export function enumList(b: BoundStatement | undefined, slot: string): readonly string[] {
  const v = value(b, slot);
  if (v === undefined) return [];
  const items: readonly TypedValue[] = v.kind === 'list' ? v.items : [v];
  return items.flatMap((i) => (i.kind === 'enum' ? [i.value] : []));
}

export function childList(b: BoundStatement | undefined, keyword: string, slot: string): readonly string[] {
  return enumList(child(b, keyword), slot);
}

export type Duration = Extract<TypedValue, { kind: 'duration' }>;
export type Money = Extract<TypedValue, { kind: 'money' }>;

export function durationOf(b: BoundStatement | undefined, slot = 'duration'): Duration | undefined {
  const v = value(b, slot);
  return v?.kind === 'duration' ? v : undefined;
}

export function moneyOf(b: BoundStatement | undefined, slot = 'amount'): Money | undefined {
  const v = value(b, slot);
  return v?.kind === 'money' ? v : undefined;
}

export function numberOf(b: BoundStatement | undefined, slot: string): number | undefined {
  const v = value(b, slot);
  return v?.kind === 'number' || v?.kind === 'percent' ? v.value : undefined;
}

/** Length in days, approximate for months and years: only to compare durations. */
export function days(d: Duration): number {
  return approximateDays(d.amount, d.unit);
}

/** Length in months when the unit allows it, else the approximate days / 30.4375. */
export function monthsOf(d: Duration): number {
  return months(d.amount, d.unit) ?? days(d) / 30.4375;
}

export function cents(m: Money): bigint | undefined {
  const r = parseAmount(m.amount);
  return r.ok ? r.cents : undefined;
}

export function termOf(ctx: CheckContext): BoundStatement | undefined {
  return child(ctx.contract, 'term');
}

export function clientParty(ctx: CheckContext): BoundStatement | undefined {
  return ctx.parties.find((p) => enumValue(p, 'role') === 'client');
}

export function partyId(p: BoundStatement): string {
  const id = value(p, 'id');
  return id?.kind === 'name' ? id.name.text : '';
}

export function headcount(p: BoundStatement | undefined): number | undefined {
  return numberOf(child(p, 'headcount'), 'count');
}

const PERIOD_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12 };

/** The recurring fee: amount in cents, currency, and how many months one fee covers. */
export function recurringFee(ctx: CheckContext): { cents: bigint; currency: string; periodMonths: number } | undefined {
  const fee = child(child(ctx.contract, 'price'), 'fee');
  const m = moneyOf(fee);
  const period = PERIOD_MONTHS[enumValue(fee, 'period') ?? ''];
  const c = m ? cents(m) : undefined;
  return m && c !== undefined && period !== undefined ? { cents: c, currency: m.currency, periodMonths: period } : undefined;
}

/** Fees over one year, in cents (the fee × 12 / its period). */
export function annualFees(ctx: CheckContext): { cents: bigint; currency: string } | undefined {
  const f = recurringFee(ctx);
  return f ? { cents: (f.cents * 12n) / BigInt(f.periodMonths), currency: f.currency } : undefined;
}

/** Initial term in months (`term { initial … }`), or 12 for an indefinite term (one year's worth). */
export function initialMonths(ctx: CheckContext): number | undefined {
  const term = termOf(ctx);
  const initial = durationOf(child(term, 'initial'));
  if (initial) return months(initial.amount, initial.unit);
  return child(term, 'indefinite') ? 12 : undefined;
}

/** Total contract value excluding VAT over the initial term, in cents (brief §2.8 compliance.vigilance). */
export function totalValue(ctx: CheckContext): { cents: bigint; currency: string } | undefined {
  const f = recurringFee(ctx);
  const m = initialMonths(ctx);
  if (!f || m === undefined) return undefined;
  return { cents: (f.cents * BigInt(Math.round(m))) / BigInt(f.periodMonths), currency: f.currency };
}

/** Every statement under `b` (depth first), to find a keyword another topic nests. */
export function descendants(b: BoundStatement | undefined): readonly BoundStatement[] {
  if (!b) return [];
  return b.children.flatMap((c) => [c, ...descendants(c)]);
}

/** The keys whose condition is false, in order. */
export function missingOf(checks: readonly FactCheck[]): string[] {
  return [...factsOf(checks).missing];
}
