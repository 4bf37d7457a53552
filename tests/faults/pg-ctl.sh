#!/usr/bin/env bash
# pg-ctl.sh ACTION [ARG...]: pg_ctl stop|start|restart on the cluster that with-pg-cluster.sh started.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../../scripts/lib/pg-cluster.sh
source "$here/../../scripts/lib/pg-cluster.sh"
AUTHDESK_PG_DIR=${AUTHDESK_FAULTS_PG_DIR:?run through with-pg-cluster.sh}
AUTHDESK_PG_PORT=${AUTHDESK_FAULTS_PG_PORT:?run through with-pg-cluster.sh}
authdesk_pg_ctl "$@"
