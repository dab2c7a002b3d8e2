// Exact decimal money and rates (domain brief §3.3: amounts have two decimals; the SLA JSON writes
// them as decimal strings, spec/sla-v1.md). A float never holds an amount: 0.1 + 0.2 ≠ 0.3 would put
// a cent of error in an invoice total, so amounts live as integer cents in a bigint. Pure, no throw.

export type AmountReason =
  /** Not a plain decimal: sign other than a leading `-`, exponent, grouping, comma, empty. */
  | 'syntax'
  /** More than two decimals: a currency amount is in cents (EUR, CHF). */
  | 'precision';

export type AmountResult = { readonly ok: true; readonly cents: bigint } | { readonly ok: false; readonly reason: AmountReason };

// Digits before the point are required (`.5` is rejected) and so are digits after it (`5.`), as in
// the `.infog` number literal; the sign lets the checker say "must be > 0" rather than "bad syntax".
const DECIMAL = /^(-?)([0-9]+)(?:\.([0-9]+))?$/u;

/** Parses `1450`, `1450.5` or `1450.00` into cents exactly; rejects a third decimal even when zero. */
export function parseAmount(text: string): AmountResult {
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, reason: 'syntax' };
  const [, sign = '', units = '0', fraction = ''] = m;
  if (fraction.length > 2) return { ok: false, reason: 'precision' };
  const cents = BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0'));
  return { ok: true, cents: sign === '-' ? -cents : cents };
}

/** Two-decimal text of an amount in cents: `145000n` → `1450.00`, `-5n` → `-0.05`. No grouping. */
export function formatAmount(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The two-decimal form of an amount written in the contract (`45` → `45.00`), or `undefined`. */
export function normalizeAmount(text: string): string | undefined {
  const r = parseAmount(text);
  return r.ok ? formatAmount(r.cents) : undefined;
}

/** The cents as a `number` when exactly representable (|cents| ≤ 2^53 − 1), else `undefined`. */
export function centsToSafeInteger(cents: bigint): number | undefined {
  const n = Number(cents);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Orders two amounts in cents: negative, zero or positive like `Array.prototype.sort` expects. */
export function compareCents(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- Rates --------------------------------------------------------------------------------------

export type RateResult = { readonly ok: true; readonly basisPoints: number } | { readonly ok: false; readonly reason: AmountReason };

/**
 * Parses a percentage (`20`, `5.5`, `8.1`, with or without a trailing `%`) into basis points
 * (hundredths of a percent): every VAT rate of FR (20, 10, 5.5, 2.1), CH (8.1, 3.8, 2.6) and BE (21,
 * 12, 6) is exact at that precision, so rate tables compare as integers.
 */
export function parseRate(text: string): RateResult {
  const r = parseAmount(text.endsWith('%') ? text.slice(0, -1).trimEnd() : text);
  if (!r.ok) return r;
  const n = centsToSafeInteger(r.cents);
  return n === undefined ? { ok: false, reason: 'syntax' } : { ok: true, basisPoints: n };
}

/** Shortest decimal text of a rate in basis points: `810` → `8.1`, `2000` → `20`, `550` → `5.5`. */
export function formatRate(basisPoints: number): string {
  return formatAmount(BigInt(basisPoints)).replace(/\.?0+$/u, '');
}

/**
 * `cents × rate`, rounded to the cent half away from zero (commercial rounding), e.g. the VAT of an
 * amount excluding VAT. Integer arithmetic only, so the result is the same on every host.
 */
export function applyRate(cents: bigint, basisPoints: number): bigint {
  const product = cents * BigInt(basisPoints);
  const q = product / 10_000n;
  const r = product % 10_000n;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice < 10_000n) return q;
  return product < 0n ? q - 1n : q + 1n;
}
