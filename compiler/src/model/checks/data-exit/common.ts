import type { BoundStatement } from '../../bound.ts';
import { child, children, enumValue, value } from '../../query.ts';
import { factsOf, type FactCheck, type Facts } from '../facts.ts';
import type { CheckContext } from '../rule.ts';
import { EU } from './tables.ts';

// Facts several data-exit rules read, including those stated by other topics: whether the provider
// processes personal data (scope: remote access, mail), whether it supplies a cloud service itself
// (scope: `cloud … { supplied_by provider }`), and when the contract ends.

/** Enum values of a list slot (or of a single enum value). */
export function items(b: BoundStatement | undefined, slot = 'items'): readonly string[] {
  const v = value(b, slot);
  if (v?.kind === 'list') return v.items.flatMap((i) => (i.kind === 'enum' ? [i.value] : i.kind === 'ref' ? [i.name.text] : []));
  if (v?.kind === 'enum') return [v.value];
  return [];
}

/** A child statement's list slot has at least one value. */
export function listed(b: BoundStatement | undefined, keyword: string, slot = 'items'): boolean {
  return items(child(b, keyword), slot).length > 0;
}

/** A child statement has a value in this slot. */
export function stated(b: BoundStatement | undefined, keyword: string, slot: string): boolean {
  return value(child(b, keyword), slot) !== undefined;
}

/** `[stated, fact]`, or `[stated, fact, applies]` for a fact asked for only in some contracts. */
export type Check = readonly [ok: boolean, key: string, applies?: boolean];

/** The facts found and lacking, in order (a fact that does not apply is neither). */
export function factsWhere(checks: readonly Check[]): Facts {
  return factsOf(checks.map(([ok, key, applies]): FactCheck => (applies === undefined ? [key, ok] : [key, ok, applies])));
}

/** The facts lacking, in order. */
export function missingWhere(checks: readonly Check[]): string[] {
  return [...factsWhere(checks).missing];
}

export function personalData(ctx: CheckContext): BoundStatement | undefined {
  return child(ctx.contract, 'personal_data');
}

export function exitBlock(ctx: CheckContext): BoundStatement | undefined {
  return child(ctx.contract, 'exit');
}

/** Remote maintenance declared by the scope topic (`services { remote_access { … } }`). */
export function remoteAccess(ctx: CheckContext): BoundStatement | undefined {
  return child(child(ctx.contract, 'services'), 'remote_access');
}

/**
 * The provider processes personal data for the client: always so for remote maintenance of
 * workstations or mail (brief §2.7), or when the contract has a `personal_data` block that does not
 * say `processing no`.
 */
export function processesPersonalData(ctx: CheckContext): boolean {
  if (remoteAccess(ctx)) return true;
  const mail = children(child(ctx.contract, 'scope'), 'software').some((s) => enumValue(child(s, 'category'), 'category') === 'mail');
  if (mail) return true;
  const pd = personalData(ctx);
  return pd !== undefined && enumValue(child(pd, 'processing'), 'value') !== 'no';
}

/** GDPR governs the processing: law FR or BE, or data subjects in the EU. */
export function gdprApplies(ctx: CheckContext): boolean {
  return ctx.law === 'FR' || ctx.law === 'BE' || items(child(personalData(ctx), 'subjects_location')).includes('eu');
}

/** The provider itself supplies a cloud / hosting / SaaS service (scope `cloud … { supplied_by provider }`). */
export function providerCloudServices(ctx: CheckContext): readonly BoundStatement[] {
  return children(child(ctx.contract, 'scope'), 'cloud').filter((c) => enumValue(child(c, 'supplied_by'), 'party') === 'provider');
}

/** The client is in the EU: its country, or failing that the governing law. */
export function clientInEu(ctx: CheckContext): boolean {
  const client = ctx.parties.find((p) => enumValue(p, 'role') === 'client');
  const country = enumValue(child(client, 'country'), 'country');
  if (country !== undefined) return EU.has(country);
  return ctx.law === 'FR' || ctx.law === 'BE';
}

function addMonths(date: string, months: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${m[3] ?? '01'}`;
}

/** The end of the initial term (effective date + initial months), when both are stated. */
export function contractEnd(ctx: CheckContext): string | undefined {
  const term = child(ctx.contract, 'term');
  const eff = value(child(term, 'effective'), 'date');
  const initial = value(child(term, 'initial'), 'duration');
  if (eff?.kind !== 'date' || initial?.kind !== 'duration') return undefined;
  const months = initial.unit === 'year' ? initial.amount * 12 : initial.unit === 'month' ? initial.amount : undefined;
  return months === undefined ? undefined : addMonths(eff.text, months);
}
