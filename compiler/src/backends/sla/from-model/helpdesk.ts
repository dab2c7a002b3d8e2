// `channels` and `quota`, from `support { channels { … } quota … }`.
import type { BoundStatement } from '../../../model/index.ts';
import { fixedMinutes } from '../../../model/durations.ts';
import { child, enumValue, value } from '../../../model/query.ts';
import { formatAmount, parseAmount } from '../../../model/validate/money.ts';
import type { SlaChannel, SlaQuota } from '../schema.ts';
import { missing, unsupported, type EmitContext } from './context.ts';

type Period = 'month' | 'quarter' | 'year' | 'contract';
type Rollover = 'none' | 'next_period' | { capped: number };
type Money = { amount: string; currency: 'EUR' | 'CHF' };

/** Channels in source order, with their address (phone, sms, email) or url (portal). */
export function readChannels(ctx: EmitContext): SlaChannel[] | undefined {
  const support = child(ctx.contract, 'support');
  const channels = child(support, 'channels');
  const out: SlaChannel[] = [];
  for (const ch of channels?.children ?? []) {
    const v = value(ch, 'address');
    if (v?.kind !== 'string') continue;
    const address = v.value.trim();
    switch (ch.spec.keyword) {
      case 'phone': out.push({ kind: 'phone', address }); break;
      case 'sms': out.push({ kind: 'sms', address }); break;
      case 'email': out.push({ kind: 'email', address }); break;
      case 'portal': out.push({ kind: 'portal', url: address }); break;
    }
  }
  if (out.length === 0) return missing(ctx, 'support { channels { phone | email | portal … } }', channels ?? support);
  return out;
}

/** A money value as a two-decimal string in EUR or CHF, times `factor` (exact, in cents). */
export function money(ctx: EmitContext, b: BoundStatement, slot: string, fact: string, factor = 1n): Money | undefined {
  const v = value(b, slot);
  if (v?.kind !== 'money') return missing(ctx, fact, b);
  if (v.currency !== 'EUR' && v.currency !== 'CHF') return unsupported(ctx, b, slot, fact, v.currency, 'EUR | CHF');
  const r = parseAmount(v.amount);
  if (!r.ok || r.cents <= 0n) return unsupported(ctx, b, slot, fact, v.amount, '> 0.00');
  return { amount: formatAmount(r.cents * factor), currency: v.currency };
}

function wholeNumber(b: BoundStatement | undefined, slot: string): number | undefined {
  const v = value(b, slot);
  return v?.kind === 'number' && Number.isInteger(v.value) && v.value > 0 ? v.value : undefined;
}

/**
 * The quota. A ticket pack keeps its count; an hours or minutes bank becomes the `hours` model kept in
 * minutes (spec: every duration in minutes), so its count, step and capped rollover are minutes, and an
 * overage priced per minute is restated per hour (× 60, exact in cents).
 */
export function readQuota(ctx: EmitContext): SlaQuota | undefined {
  const support = child(ctx.contract, 'support');
  const quota = child(support, 'quota');
  const model = enumValue(quota, 'model');
  if (!quota || model === undefined) return missing(ctx, 'support { quota }', support);
  if (model === 'unlimited') {
    const fair = value(child(quota, 'fair_use'), 'text');
    // `fair_use` is one text in the contract's language: the EN text is that same text (documented in
    // from-model.ts), unlike priority labels, whose EN text the checker requires.
    return { model: 'unlimited', fairUse: fair?.kind === 'string' ? { fr: fair.value, en: fair.value } : null };
  }
  const count = child(quota, 'count');
  const n = wholeNumber(count, 'count');
  const period = enumValue(count, 'period') as Period | undefined;
  if (!count || n === undefined || period === undefined) return missing(ctx, 'support { quota { count <n> per <period> } }', quota);
  const rolloverStmt = child(quota, 'rollover');
  const mode = enumValue(rolloverStmt, 'mode');
  if (mode === undefined) return missing(ctx, 'support { quota { rollover } }', quota);
  const cap = mode === 'capped' ? wholeNumber(rolloverStmt, 'cap') : undefined;
  if (mode === 'capped' && cap === undefined) return missing(ctx, 'support { quota { rollover capped <n> } }', rolloverStmt);
  const overage = child(quota, 'overage');
  if (!overage) return missing(ctx, 'support { quota { overage } }', quota);
  const per = enumValue(overage, 'unit');
  if (model === 'tickets') {
    if (per !== 'ticket') return unsupported(ctx, overage, 'unit', 'overage', String(per), 'per ticket');
    const price = money(ctx, overage, 'price', 'support { quota { overage } }');
    if (!price) return undefined;
    const rollover: Rollover = mode === 'capped' ? { capped: cap ?? 0 } : mode === 'next_period' ? 'next_period' : 'none';
    return { model: 'tickets', count: n, period, rollover, overage: { ...price, per: 'ticket' } };
  }
  // hours or minutes: one time bank, kept in minutes.
  const unit = model === 'hours' ? 60 : 1;
  const stepV = value(child(quota, 'step'), 'step');
  const step = stepV?.kind === 'duration' ? fixedMinutes(stepV.amount, stepV.unit) : undefined;
  if (step === undefined) return missing(ctx, 'support { quota { step } }', quota);
  if (!Number.isInteger(step) || step < 1) return unsupported(ctx, child(quota, 'step') ?? quota, 'step', 'step', `${step} min`, 'a whole number of minutes ≥ 1');
  if (per !== 'hour' && per !== 'minute') return unsupported(ctx, overage, 'unit', 'overage', String(per), 'per hour | per minute');
  const price = money(ctx, overage, 'price', 'support { quota { overage } }', per === 'minute' ? 60n : 1n);
  if (!price) return undefined;
  const rollover: Rollover = mode === 'capped' ? { capped: (cap ?? 0) * unit } : mode === 'next_period' ? 'next_period' : 'none';
  return { model: 'hours', minutes: n * unit, step, period, rollover, overage: { ...price, per: 'hour' } };
}
