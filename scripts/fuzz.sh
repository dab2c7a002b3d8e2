#!/usr/bin/env bash
# `npm run fuzz [-- --seconds N --seed N]`: the long fuzzing run, outside `npm test`.
#  1. grammar-aware generation and byte-level mutation against the compiler (test/fuzz/fuzz.ts);
#  2. random edit scripts against the real language server (test/lsp/random-edits.test.ts with a
#     larger budget): the server must stay alive and agree with `infog check` after the last edit.
# Failures of (1) are minimised into test/fuzz/regressions/, which `npm test` replays.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seed=$(date +%s)
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [ "${args[$i]}" = "--seed" ] && seed="${args[$((i + 1))]}"; done
node test/fuzz/fuzz.ts --seed "$seed" "$@"
node scripts/build.mjs
echo "== language server: random edits (seed $seed)"
INFOG_FUZZ_EDITS="${INFOG_FUZZ_EDITS:-30000}" INFOG_FUZZ_SEED="$seed" vitest run test/lsp/random-edits.test.ts
