import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { file } from './generate.ts';
import { invariantProblem } from './support.ts';

// Generated contracts: random statements and values, nesting, comments in every position, blank lines,
// `;` separators and sloppy indentation. For each: format(format(x)) = format(x), the tree is unchanged
// and no line ends in blanks (all checked by invariantProblem).

describe('format properties', () => {
  it('is idempotent and preserves the tree on generated contracts', () => {
    fc.assert(fc.property(file, (text) => {
      expect(invariantProblem(text)).toBeUndefined();
    }), { numRuns: 400 });
  });
});
