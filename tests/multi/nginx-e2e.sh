#!/usr/bin/env bash
# The end-to-end SDK flows (tests/e2e: the Marketplace SDK, the Integration SDK and the browser)
# through nginx in front of two `authdesk serve` instances on one PostgreSQL database, the set-up of
# docs/deployment.md. Every server the suite starts is such a stack (scripts/multi-instance, on a
# fresh database of the cluster that AUTHDESK_TEST_PG_URL names); afterwards each stack must have
# sent requests to both instances. ctest runs it as multi_nginx_e2e (label postgres); by hand:
#   AUTHDESK_BINARY=build/bin/authdesk AUTHDESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres \
#     tests/multi/nginx-e2e.sh
# The instances run with --public-url (nginx's address), so standards.test.js's issuer checks hold.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ -z "${AUTHDESK_TEST_PG_URL:-}" ]; then
    echo "nginx-e2e: AUTHDESK_TEST_PG_URL is not set. This test needs a PostgreSQL server: run it through" \
        "scripts/test, which starts a private cluster, or set AUTHDESK_TEST_PG_URL=postgresql://USER@HOST:PORT/DB" \
        "(a role that may CREATE DATABASE)." >&2
    exit 1
fi
command -v nginx >/dev/null 2>&1 || { echo "nginx-e2e: nginx is missing (apt-get install nginx)" >&2; exit 1; }

stats=$(mktemp "${TMPDIR:-/tmp}/authdesk-nginx-e2e.XXXXXX")
trap 'rm -f "$stats"' EXIT

export AUTHDESK_E2E_LAUNCHER=$root/scripts/multi-instance
export AUTHDESK_MULTI_STATS_FILE=$stats
"$root/tests/e2e/run.sh" test/marketplace-sdk.test.js test/integration-sdk.test.js test/browser.test.js \
    test/standards.test.js

# One line per stack the suite started: "ADDR=COUNT ..." for each instance that answered.
echo "nginx-e2e: requests per instance, one line per stack:"
cat "$stats"
stacks=$(wc -l <"$stats")
if [ "$stacks" -eq 0 ]; then
    echo "nginx-e2e: FAIL no stack reported its requests" >&2
    exit 1
fi
while read -r line; do
    served=$(tr ' ' '\n' <<<"$line" | grep -c '^127\.0\.0\.1:[0-9]*=[1-9]' || true)
    if [ "$served" -lt 2 ]; then
        echo "nginx-e2e: FAIL a stack sent all its requests to one instance: $line" >&2
        exit 1
    fi
done <"$stats"
echo "nginx-e2e: $stacks stack(s), each served by both instances"
