# shellcheck shell=bash
# A private PostgreSQL cluster for the tests, on a free loopback port in a temporary folder, so the
# suites run against a real server without touching any installed one. Sourced by scripts/test:
#   authdesk_pg_start   initdb + pg_ctl start; exports AUTHDESK_TEST_PG_URL (superuser, trust auth)
#                       and AUTHDESK_TEST_PG_PASSWORD_URL + AUTHDESK_TEST_PG_PASSWORD (a role that
#                       must log in with its password)
#   authdesk_pg_stop    stops the cluster and removes its folder (safe to call twice)
#   authdesk_pg_ctl ACTION [ARG...]
#                       pg_ctl stop|start|restart on the running cluster with its own options, for
#                       the fault tests (tests/faults/pg-ctl.sh)

AUTHDESK_PG_BIN=${AUTHDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
AUTHDESK_PG_DIR=""
AUTHDESK_PG_PORT=""

# Runs a command as the cluster's owner: initdb and postgres refuse to run as root.
authdesk_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

authdesk_pg_free_port() {
    local port
    for _ in $(seq 1 50); do
        # Below Linux's ephemeral range (32768-60999), where a client's source port may hold it.
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

authdesk_pg_start() {
    local port password
    AUTHDESK_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/authdesk-pg.XXXXXX")
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$AUTHDESK_PG_DIR"
    fi
    # --no-locale: text sorts by code point, as in SQLite, whatever the machine's locale.
    authdesk_pg_as_owner "$AUTHDESK_PG_BIN/initdb" -D "$AUTHDESK_PG_DIR/data" -U postgres --no-locale \
        -E UTF8 --auth=trust >"$AUTHDESK_PG_DIR/initdb.log" 2>&1 || {
        cat "$AUTHDESK_PG_DIR/initdb.log" >&2
        return 1
    }
    # The password role must prove its password even on loopback; everyone else is trusted there.
    cat >"$AUTHDESK_PG_DIR/data/pg_hba.conf" <<'HBA'
local all all                            trust
host  all authdesk_password 127.0.0.1/32 scram-sha-256
host  all all               127.0.0.1/32 trust
HBA
    # Durability is not under test here, speed is welcome: no fsync. A port taken between the check
    # and the bind (another process got it first) makes the start fail: try another one.
    local attempt started=0
    for attempt in 1 2 3 4 5; do
        port=$(authdesk_pg_free_port) || break
        AUTHDESK_PG_PORT=$port
        if authdesk_pg_ctl start >/dev/null; then
            started=1
            break
        fi
        echo "pg-cluster: could not start on port $port (attempt $attempt), trying another" >&2
    done
    if [ "$started" != 1 ]; then
        cat "$AUTHDESK_PG_DIR/server.log" >&2
        return 1
    fi
    password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
    authdesk_pg_as_owner "$AUTHDESK_PG_BIN/psql" -h "$AUTHDESK_PG_DIR" -p "$port" -U postgres -d postgres -qAt \
        -v ON_ERROR_STOP=1 -c "CREATE ROLE authdesk_password LOGIN CREATEDB PASSWORD '$password'" >/dev/null
    export AUTHDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    export AUTHDESK_TEST_PG_PASSWORD_URL="postgresql://authdesk_password@127.0.0.1:$port/postgres"
    export AUTHDESK_TEST_PG_PASSWORD="$password"
    echo "pg-cluster: PostgreSQL on 127.0.0.1:$port ($AUTHDESK_PG_DIR)"
}

authdesk_pg_ctl() {
    local action=$1
    shift
    authdesk_pg_as_owner "$AUTHDESK_PG_BIN/pg_ctl" -D "$AUTHDESK_PG_DIR/data" -l "$AUTHDESK_PG_DIR/server.log" \
        -w -t 60 -o "-p $AUTHDESK_PG_PORT -c listen_addresses=127.0.0.1 -k $AUTHDESK_PG_DIR -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        "$action" "$@"
}

authdesk_pg_stop() {
    if [ -n "$AUTHDESK_PG_DIR" ] && [ -d "$AUTHDESK_PG_DIR" ]; then
        authdesk_pg_as_owner "$AUTHDESK_PG_BIN/pg_ctl" -D "$AUTHDESK_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$AUTHDESK_PG_DIR"
    fi
    AUTHDESK_PG_DIR=""
    AUTHDESK_PG_PORT=""
    unset AUTHDESK_TEST_PG_URL AUTHDESK_TEST_PG_PASSWORD_URL AUTHDESK_TEST_PG_PASSWORD
}
