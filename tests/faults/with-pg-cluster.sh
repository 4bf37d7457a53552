#!/usr/bin/env bash
# Runs a command against a PostgreSQL cluster of its own (scripts/lib/pg-cluster.sh), which the fault
# tests stop and restart: the shared cluster of the other suites must not go away under them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../../scripts/lib/pg-cluster.sh
source "$here/../../scripts/lib/pg-cluster.sh"
trap authdesk_pg_stop EXIT
authdesk_pg_start >/dev/null
# The tests stop and start it with $AUTHDESK_FAULTS_PG_CTL ACTION [ARG...].
export AUTHDESK_FAULTS_PG_DIR="$AUTHDESK_PG_DIR" AUTHDESK_FAULTS_PG_PORT="$AUTHDESK_PG_PORT"
export AUTHDESK_FAULTS_PG_CTL="$here/pg-ctl.sh"
"$@"
