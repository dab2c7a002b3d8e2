#!/usr/bin/env bash
# The whole test suite, as `npm test` and CI run it: types, lint, then every vitest test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "== typecheck (tsc -b)"
tsc -b
echo "== lint (eslint)"
eslint .
echo "== tests (vitest)"
vitest run "$@"
echo "== format (infog fmt --check)"
node compiler/bin/infog.js fmt --check examples stdlib
