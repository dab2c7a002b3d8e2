#!/usr/bin/env bash
# `npm run infog -- <args>`: npm runs every script from the repository root, but the paths the user
# types are relative to the folder they typed them in, which npm passes as INIT_CWD. Run the CLI from
# there, with the project's Node (see node-env.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/node-env.sh"
cd "${INIT_CWD:-$PWD}"
exec node "$root/compiler/bin/infog.js" "$@"
