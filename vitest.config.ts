import { defineConfig } from 'vitest/config';

// Two projects run one after the other: the suite, then the check that needs the whole suite's
// record of emitted diagnostic codes (test/diagnostics/emitted.test.ts). Group orders start at 1:
// vitest runs a group 0 of single-worker projects last, which would invert them.
const LAST = 'test/diagnostics/emitted.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // Two cores here and in CI: more workers only adds contention.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [LAST], sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'emitted codes', include: [LAST], sequence: { groupOrder: 2 } } },
    ],
  },
});
