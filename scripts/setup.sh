#!/usr/bin/env bash
# Quick start, the first of the README's two commands: provisions Node >= 22 if needed, installs
# the dependencies exactly as locked, builds, then compiles the flagship example into out/ (its legal
# PDF and its SLA JSON).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/node-env.sh
echo "node $(node -v), npm $(npm -v)"
npm ci --no-audit --no-fund
node scripts/build.mjs
node compiler/bin/infog.js compile examples/cabinet-dupont.infog -o out
