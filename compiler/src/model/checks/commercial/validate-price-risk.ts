import type { Diagnostic, Fix } from '../../../diagnostics/index.ts';
import {
  insuranceYearBelowClaim, nonSolicitationAllStaff, recoveryFeeSwiss, revisionFirstVariation, subcontractorLiabilityExcluded,
} from '../../../diagnostics/codes/validate-price-risk.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, childEnum, children, enumValue, value } from '../../query.ts';
import type { CheckContext, Validator } from '../rule.ts';
import { cents, moneyOf, termOf } from './util.ts';

// Validity checks of the price, payment and risk facts the clause library prints (IG4175–IG4179):
// what would make a printed clause disproportionate, foreign to the law, deemed unwritten or
// self-contradictory. Mechanical fixes travel with the diagnostic (replace a value, remove a line).

type Report = (d: Diagnostic) => void;

/** An index is published one to three months after the month it measures (C. mon. fin. L112-1 al. 2). */
const PUBLICATION_LAG_MONTHS = 3;

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** A fix that removes a statement's whole line when it stands alone on it. */
function removeLine(ctx: CheckContext, b: BoundStatement, title: Fix['title']): Fix {
  const text = ctx.program.modules.get(b.file)?.source.text ?? '';
  let { start, end } = b.node.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (/^[ \t]*$/u.test(text.slice(lineStart, start)) && /^[ \t]*;?[ \t]*$/u.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) {
    start = lineStart;
    end = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  return { title, edits: [{ file: b.file, range: { start, end }, newText: '' }], preferred: true };
}

function nonSolicitation(ctx: CheckContext, report: Report): void {
  const protects = child(child(ctx.contract, 'non_solicitation'), 'protects');
  const who = value(protects, 'who');
  if (!protects || who?.kind !== 'enum' || who.value !== 'all_staff') return;
  report(nonSolicitationAllStaff.create(protects.file, who.range, {}, {
    fixes: [{ title: { fr: 'Limiter aux salariés affectés au contrat (contract_staff)', en: 'Limit to staff assigned to the contract (contract_staff)' }, edits: [{ file: protects.file, range: who.range, newText: 'contract_staff' }], preferred: true }],
  }));
}

function swissRecoveryFee(ctx: CheckContext, report: Report): void {
  if (ctx.law !== 'CH') return;
  const fee = child(child(ctx.contract, 'payment'), 'recovery_fee');
  const m = moneyOf(fee);
  if (!fee || !m) return;
  report(recoveryFeeSwiss.create(fee.file, anchor(fee), { amount: `${m.amount} ${m.currency}` }, {
    fixes: [removeLine(ctx, fee, { fr: 'Retirer l’indemnité de recouvrement', en: 'Remove the recovery indemnity' })],
  }));
}

function firstRevision(ctx: CheckContext, report: Report): void {
  if (ctx.law !== 'FR') return;
  const revision = child(ctx.contract, 'revision');
  // S1 of the same calendar month as S0 spans exactly the interval; the latest published one does not.
  if (childEnum(revision, 'current_month', 'rule') === 'same_month') return;
  const base = child(revision, 'base_month');
  const month = value(base, 'month');
  const effective = value(child(termOf(ctx), 'effective'), 'date');
  if (!base || month?.kind !== 'month' || effective?.kind !== 'date') return;
  const gap = monthIndex(effective.text.slice(0, 7)) - monthIndex(month.text);
  if (gap > PUBLICATION_LAG_MONTHS) report(revisionFirstVariation.create(base.file, month.range, { month: month.text, effective: effective.text, months: gap }));
}

function insuranceCovers(ctx: CheckContext, report: Report): void {
  const covers = children(child(ctx.contract, 'insurance'), 'cover');
  const amountOf = (per: string): { b: BoundStatement; cents: bigint; text: string; currency: string } | undefined => {
    const b = covers.find((c) => enumValue(c, 'per') === per);
    const m = moneyOf(b);
    const c = m ? cents(m) : undefined;
    return b && m && c !== undefined ? { b, cents: c, text: `${m.amount} ${m.currency}`, currency: m.currency } : undefined;
  };
  const claim = amountOf('claim');
  const year = amountOf('year');
  if (claim && year && claim.currency === year.currency && year.cents < claim.cents) {
    report(insuranceYearBelowClaim.create(year.b.file, anchor(year.b), { year: year.text, claim: claim.text }));
  }
}

function subcontractorLiability(ctx: CheckContext, report: Report): void {
  const s = child(ctx.contract, 'subcontracting');
  const liable = child(s, 'provider_liable');
  const v = value(liable, 'value');
  if (!liable || enumValue(s, 'stance') !== 'allowed' || childEnum(s, 'provider_liable', 'value') !== 'no' || !v) return;
  report(subcontractorLiabilityExcluded.create(liable.file, v.range, {}, {
    fixes: [{ title: { fr: 'Maintenir la responsabilité du prestataire (yes)', en: 'Keep the provider liable (yes)' }, edits: [{ file: liable.file, range: v.range, newText: 'yes' }], preferred: true }],
  }));
}

export const validatePriceRisk: Validator = (ctx, report) => {
  nonSolicitation(ctx, report);
  swissRecoveryFee(ctx, report);
  firstRevision(ctx, report);
  insuranceCovers(ctx, report);
  subcontractorLiability(ctx, report);
};
