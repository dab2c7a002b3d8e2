#!/usr/bin/env bash
# Runs a command with Node.js >= 22 first on PATH (see node-env.sh). Every npm script goes through
# this, so `npm test` works even when npm itself was started by an older system Node.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
exec "$@"
