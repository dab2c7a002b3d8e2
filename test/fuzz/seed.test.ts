import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IN_CI } from '../helpers/ci.ts';

// Every fast-check property of the run uses the seed test/global-setup.ts chose and printed
// (fixed under CI=true), so a failure replays with FC_SEED=<seed> npm test.

describe('fast-check seed', () => {
  it('is the run’s printed seed', () => {
    const seed = Number(process.env['FC_SEED']);
    expect(Number.isInteger(seed)).toBe(true);
    expect(fc.readConfigureGlobal().seed).toBe(seed);
    if (IN_CI && process.env['FC_SEED_GIVEN'] === undefined) expect(seed).toBe(20_261_207);
  });

  it('makes a property draw the same values on every run with that seed', () => {
    const draw = (): number[] => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
