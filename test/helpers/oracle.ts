import { it } from 'vitest';
import { IN_CI } from './ci.ts';

// Independent oracles the suite compares with (Business::Hours, Request Tracker 5, the Perl compiler)
// are Debian packages `.ci/run` installs. Without `CI`, a machine that lacks one skips those tests
// with a loud message; with `CI=true`, a missing oracle is a failure, so CI can never go green
// without them.

/**
 * Call at the top of a test file. Returns whether the oracle's tests can run; when it cannot, prints
 * why and how to install it, and under `CI=true` adds a failing test.
 */
export function requireOracle(name: string, available: boolean, install: string): boolean {
  if (available) return true;
  const why = `${name} is missing. Install it with: ${install}`;
  if (IN_CI) {
    it(`has its oracle, ${name} (mandatory with CI=true)`, () => {
      throw new Error(`${why} (.ci/run installs it)`);
    });
  } else {
    console.warn(`\n*** SKIPPED: the tests that compare with ${name}. ${why}\n*** With CI=true this is a failure.\n`);
  }
  return false;
}
