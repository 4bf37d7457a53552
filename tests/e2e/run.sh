#!/usr/bin/env bash
# Runs the end-to-end suite: the real Sharetribe SDKs, chromium and standard OAuth tooling against
# `authdesk serve`. ctest runs it as `e2e_sdk` (label e2e) with AUTHDESK_BINARY set; by hand:
#   AUTHDESK_BINARY=build/bin/authdesk tests/e2e/run.sh [test/some.test.js ...]
# Installs the pinned npm packages with `npm ci` when node_modules is missing or package-lock.json
# changed since the last install.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "e2e: '$tool' is missing; scripts/test installs it (apt-get install nodejs npm)" >&2
        exit 1
    fi
done
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; then
    echo "e2e: Node $(node --version) is too old; the suite needs Node 18 or newer" >&2
    exit 1
fi
if [ -z "${AUTHDESK_BINARY:-}" ] || [ ! -x "$AUTHDESK_BINARY" ]; then
    echo "e2e: AUTHDESK_BINARY must name the authdesk executable (got '${AUTHDESK_BINARY:-}')" >&2
    exit 1
fi

stamp=node_modules/.authdesk-package-lock.sha256
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "e2e: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$wanted" >"$stamp"
fi

if [ "$#" -eq 0 ]; then
    set -- test/*.test.js
fi
# Each test file starts its own server; two files at a time keeps the waits for real token expiry
# overlapping without starving a 2-core machine. Node 18 (Debian 12's) has no --test-concurrency
# and runs the files in parallel by itself.
node_flags=(--test)
if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 10) ? 0 : 1)'; then
    node_flags+=(--test-concurrency="${AUTHDESK_E2E_CONCURRENCY:-2}")
fi
exec node "${node_flags[@]}" "$@"
