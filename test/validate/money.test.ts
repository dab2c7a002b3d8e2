import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRate,
  centsToSafeInteger,
  compareCents,
  formatAmount,
  formatRate,
  normalizeAmount,
  parseAmount,
  parseRate,
} from '../../compiler/src/model/validate/money.ts';

describe('parseAmount', () => {
  it.each([
    ['1450.00', 145000n],
    ['1450', 145000n],
    ['1450.5', 145050n],
    ['0.01', 1n],
    ['45.00', 4500n],
    ['-3.50', -350n],
    ['90071992547409.93', 9007199254740993n],
  ])('%s → %s cents, exactly', (text, cents) => expect(parseAmount(text)).toEqual({ ok: true, cents }));
  it.each(['1450.001', '1450.000', '0.125'])('%s has too many decimals', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason: 'precision' });
  });
  it.each(['', '.5', '5.', '+5', '1e3', '1 450.00', '1450,00', 'NaN', '0x10', '١٢'])('%s is not a decimal', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason: 'syntax' });
  });
});

describe('formatting', () => {
  it('writes two decimals, never a float', () => {
    expect(formatAmount(145000n)).toBe('1450.00');
    expect(formatAmount(4500n)).toBe('45.00');
    expect(formatAmount(5n)).toBe('0.05');
    expect(formatAmount(-5n)).toBe('-0.05');
    expect(formatAmount(0n)).toBe('0.00');
    expect(normalizeAmount('45')).toBe('45.00');
    expect(normalizeAmount('45.0')).toBe('45.00');
    expect(normalizeAmount('45.001')).toBeUndefined();
  });
  it('0.10 + 0.20 is exactly 0.30', () => {
    const a = parseAmount('0.10');
    const b = parseAmount('0.20');
    if (!a.ok || !b.ok) throw new Error('parse');
    expect(formatAmount(a.cents + b.cents)).toBe('0.30');
  });
  it('round-trips any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (cents) => {
        expect(parseAmount(formatAmount(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
  it('converts to a number only when safe', () => {
    expect(centsToSafeInteger(145000n)).toBe(145000);
    expect(centsToSafeInteger(2n ** 53n)).toBeUndefined();
    expect(compareCents(1n, 2n)).toBe(-1);
    expect(compareCents(2n, 2n)).toBe(0);
  });
});

describe('rates', () => {
  it.each([
    ['20', 2000],
    ['20%', 2000],
    ['5.5 %', 550],
    ['8.1', 810],
    ['2.6', 260],
    ['21', 2100],
  ])('%s → %d basis points', (text, bp) => expect(parseRate(text)).toEqual({ ok: true, basisPoints: bp }));
  it('rejects a third decimal', () => expect(parseRate('8.125')).toEqual({ ok: false, reason: 'precision' }));
  it('formats the shortest form', () => {
    expect(formatRate(810)).toBe('8.1');
    expect(formatRate(2000)).toBe('20');
    expect(formatRate(550)).toBe('5.5');
    expect(formatRate(0)).toBe('0');
  });
  it('applies a rate with commercial rounding', () => {
    expect(applyRate(145000n, 2000)).toBe(29000n); // 1450.00 × 20 % = 290.00
    expect(applyRate(1999n, 810)).toBe(162n); // 19.99 × 8.1 % = 1.61919 → 1.62
    expect(applyRate(1000n, 550)).toBe(55n);
    expect(applyRate(10n, 500)).toBe(1n); // 0.10 × 5 % = 0.005 → 0.01 (half away from zero)
    expect(applyRate(-10n, 500)).toBe(-1n);
    expect(applyRate(10n, 499)).toBe(0n);
  });
});
