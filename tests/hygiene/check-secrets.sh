#!/usr/bin/env bash
# Secret hygiene (spec section 7, issue 6): runs login, refresh, token exchange, revocation,
# introspection and failure flows (wrong secrets and passwords, Basic auth) against a real
# `authdesk serve` with all its output captured at debug verbosity, then searches the captured
# stdout/stderr, every table of the database (sqlite3 .dump), the raw database and WAL files and an
# audit export (the audit_events rows as CSV) for every secret, password, refresh token and access
# token used, plain, percent-encoded and form-encoded: none may be found. Also checks that the
# database and key files are mode 0600.
# Usage: AUTHDESK_BINARY=build/bin/authdesk tests/hygiene/check-secrets.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${AUTHDESK_BINARY:-}
if [ -z "$binary" ] || [ ! -x "$binary" ]; then
    echo "hygiene: AUTHDESK_BINARY must name the authdesk executable (got '$binary')" >&2
    exit 1
fi
for tool in curl sqlite3 node; do
    command -v "$tool" >/dev/null || { echo "hygiene: '$tool' is missing (scripts/test installs it)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/authdesk-hygiene-XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [ "${failed:-0}" = 0 ]; then rm -rf "$work"; else echo "hygiene: evidence kept in $work" >&2; fi
}
trap cleanup EXIT

db=$work/authdesk.db
key=$work/kek
seed=$work/seed.json
mp_id=8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11
mp_secret='mp-Secret+/=&%hygiene-7f3b6c2e11'
in_id=2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44
in_secret='integ-secret-hygiene-0d9b1c2a3e44'
email=joe@example.com
password='secret pass&=+ hygiene'
wrong_secret='wrong-secret-hygiene-41d7c0'
wrong_password='wrong password hygiene 9c1e'
forged_refresh='rt_forged_hygiene_token_0123456789abcdef0123456789'

cat >"$seed" <<EOF
{
  "applications": [
    {"name": "Web shop", "type": "marketplace", "client_id": "$mp_id", "client_secret": "$(printf '%s' "$mp_secret")",
     "grants": ["client_credentials", "password", "refresh_token", "token_exchange"]},
    {"name": "Nightly sync", "type": "integration", "client_id": "$in_id", "client_secret": "$in_secret"}
  ],
  "users": [ {"email": "$email", "password": "$password", "display_name": "Joe Tester"} ]
}
EOF

# Everything at debug verbosity, so a secret in any debug message is found too.
HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES='authdesk.*=true' \
    "$binary" serve --port 0 --seed "$seed" --db "$db" --key-file "$key" >"$work/stdout.log" 2>"$work/stderr.log" &
server_pid=$!
for _ in $(seq 1 300); do
    grep -q '^listening on ' "$work/stdout.log" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { echo "hygiene: authdesk serve exited early" >&2; cat "$work/stderr.log" >&2; exit 1; }
    sleep 0.1
done
base=$(sed -n 's/^listening on //p' "$work/stdout.log")
[ -n "$base" ] || { echo "hygiene: authdesk serve did not start" >&2; exit 1; }

secrets_file=$work/secrets.txt
: >"$secrets_file"
remember() { printf '%s\n' "$1" >>"$secrets_file"; }
# The JSON field of a response body.
# (tokens are base64url and JWTs: nothing in them needs JSON escaping)
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
form_encode() { node -e 'process.stdout.write(new URLSearchParams({v: process.argv[1]}).toString().slice(2))' "$1"; }
post() { curl -sS -o "$work/body.json" -w '%{http_code}' -X POST "$@"; }
expect() {
    local want=$1 got=$2 what=$3
    if [ "$want" != "$got" ]; then echo "hygiene: $what answered $got, expected $want: $(cat "$work/body.json")" >&2; failed=1; fi
}
basic() { printf '%s:%s' "$(form_encode "$1")" "$(form_encode "$2")" | base64 -w0; }

remember "$mp_secret"; remember "$in_secret"; remember "$password"
remember "$wrong_secret"; remember "$wrong_password"; remember "$forged_refresh"
remember "$(basic "$mp_id" "$mp_secret")"; remember "$(basic "$in_id" "$in_secret")"
remember "$(basic "$in_id" "$wrong_secret")"

token_url=$base/v1/auth/token
form=(-H 'Content-Type: application/x-www-form-urlencoded')

# Anonymous marketplace token, with and without the (optional) secret, and with Basic.
expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$mp_id")" "anonymous token"
remember "$(field access_token <"$work/body.json")"
expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$mp_id" --data-urlencode "client_secret=$mp_secret")" "anonymous token with secret"
remember "$(field access_token <"$work/body.json")"
expect 200 "$(post "$token_url" "${form[@]}" -H "Authorization: Basic $(basic "$mp_id" "$mp_secret")" --data-urlencode grant_type=client_credentials)" "anonymous token with Basic"
# Wrong secrets, in the body and in Basic.
expect 401 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$mp_id" --data-urlencode "client_secret=$wrong_secret")" "wrong body secret"
expect 401 "$(post "$token_url" "${form[@]}" -H "Authorization: Basic $(basic "$in_id" "$wrong_secret")" --data-urlencode grant_type=client_credentials)" "wrong Basic secret"

# Password login, wrong password, refresh (twice), token exchange, introspection, API call, revocation.
expect 401 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=password --data-urlencode "client_id=$mp_id" --data-urlencode "username=$email" --data-urlencode "password=$wrong_password")" "wrong password"
expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=password --data-urlencode "client_id=$mp_id" --data-urlencode "username=$email" --data-urlencode "password=$password")" "password login"
access=$(field access_token <"$work/body.json"); refresh=$(field refresh_token <"$work/body.json")
remember "$access"; remember "$refresh"
for round in 1 2; do
    expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=refresh_token --data-urlencode "client_id=$mp_id" --data-urlencode "refresh_token=$refresh")" "refresh $round"
    access=$(field access_token <"$work/body.json"); refresh=$(field refresh_token <"$work/body.json")
    remember "$access"; remember "$refresh"
done
expect 401 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=refresh_token --data-urlencode "client_id=$mp_id" --data-urlencode "refresh_token=$forged_refresh")" "forged refresh token"
expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=token_exchange --data-urlencode "client_id=$mp_id" --data-urlencode "client_secret=$mp_secret" --data-urlencode "subject_token=$access")" "token exchange"
trusted_access=$(field access_token <"$work/body.json"); trusted_refresh=$(field refresh_token <"$work/body.json")
remember "$trusted_access"; remember "$trusted_refresh"
expect 200 "$(post "$base/v1/auth/introspect" "${form[@]}" --data-urlencode "client_id=$mp_id" --data-urlencode "client_secret=$mp_secret" --data-urlencode "token=$access")" "introspection"
code=$(curl -sS -o "$work/body.json" -w '%{http_code}' -H "Authorization: Bearer $access" "$base/v1/api/current_user/show")
expect 200 "$code" "current_user/show"
expect 200 "$(post "$base/v1/auth/revoke" "${form[@]}" -H "Authorization: Bearer $access" --data-urlencode "token=$refresh")" "revocation"
# The revoked token again (refused, and the attempt is audited), and a reuse of an ancestor.
expect 401 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=refresh_token --data-urlencode "client_id=$mp_id" --data-urlencode "refresh_token=$refresh")" "revoked refresh token"
expect 401 "$(post "$base/v1/auth/revoke" "${form[@]}" -H "Authorization: Bearer $forged_refresh" --data-urlencode "token=$trusted_refresh")" "revocation with a forged bearer"

# Integration: client_credentials with Basic, refresh without secret, RFC 7009 revocation.
expect 200 "$(post "$token_url" "${form[@]}" -H "Authorization: Basic $(basic "$in_id" "$in_secret")" --data-urlencode grant_type=client_credentials)" "integration login"
in_access=$(field access_token <"$work/body.json"); in_refresh=$(field refresh_token <"$work/body.json")
remember "$in_access"; remember "$in_refresh"
expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=refresh_token --data-urlencode "client_id=$in_id" --data-urlencode "refresh_token=$in_refresh")" "integration refresh"
remember "$(field access_token <"$work/body.json")"; in_refresh2=$(field refresh_token <"$work/body.json"); remember "$in_refresh2"
expect 200 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=refresh_token --data-urlencode "client_id=$in_id" --data-urlencode "refresh_token=$in_refresh2")" "integration refresh 2"
remember "$(field access_token <"$work/body.json")"; in_refresh3=$(field refresh_token <"$work/body.json"); remember "$in_refresh3"
# Reuse of an older ancestor (outside the grace rule): the family is revoked, a security event audited.
expect 401 "$(post "$token_url" "${form[@]}" --data-urlencode grant_type=refresh_token --data-urlencode "client_id=$in_id" --data-urlencode "refresh_token=$in_refresh")" "integration reuse"
expect 200 "$(post "$base/v1/auth/revoke" "${form[@]}" --data-urlencode "client_id=$in_id" --data-urlencode "client_secret=$in_secret" --data-urlencode "token=$in_refresh3" --data-urlencode token_type_hint=refresh_token)" "RFC 7009 revocation"

kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

# Modes of the files at rest.
for file in "$db" "$key"; do
    mode=$(stat -c '%a' "$file")
    if [ "$mode" != 600 ]; then echo "hygiene: $(basename "$file") has mode $mode, expected 600" >&2; failed=1; fi
done

# What to search: the captured output, every table, the raw files, and an audit export.
sqlite3 "$db" .dump >"$work/dump.sql"
sqlite3 -header -csv "$db" 'SELECT * FROM audit_events ORDER BY id' >"$work/audit.csv"
audit_rows=$(sqlite3 "$db" 'SELECT count(*) FROM audit_events')
haystack=("$work/stdout.log" "$work/stderr.log" "$work/dump.sql" "$work/audit.csv" "$db")
for extra in "$db-wal" "$db-journal"; do [ -f "$extra" ] && haystack+=("$extra"); done

# Every variant of every secret, one a line: plain, form-encoded, percent-encoded, a JWT's signature.
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
const out = new Set();
for (const s of lines) {
  out.add(s);
  out.add(new URLSearchParams({ v: s }).toString().slice(2));
  out.add(encodeURIComponent(s));
  const parts = s.split(".");
  if (parts.length === 3) out.add(parts[2]); // a JWT signature alone is as good as the token
}
process.stdout.write([...out].join("\n") + "\n");' "$secrets_file" >"$work/needles.txt"
needles=$(wc -l <"$work/needles.txt")
# Positive control: the seed file holds the plain secrets, so the search must find them there.
if ! grep -aqF -f "$work/needles.txt" "$seed"; then echo "hygiene: the search finds nothing, even in the seed file" >&2; exit 1; fi
found=0
for file in "${haystack[@]}"; do
    hits=$(grep -aoF -f "$work/needles.txt" "$file" | sort -u || true)
    if [ -n "$hits" ]; then
        while IFS= read -r hit; do
            echo "hygiene: a secret (${#hit} characters, starts '${hit:0:4}') is in $(basename "$file")" >&2
            found=$((found + 1))
        done <<<"$hits"
    fi
done

stderr_lines=$(wc -l <"$work/stderr.log")
echo "hygiene: searched ${#haystack[@]} files (stderr $stderr_lines lines, $audit_rows audit rows) for $needles secret variants: $found found"
if [ "$found" != 0 ]; then failed=1; fi
if [ "$audit_rows" = 0 ] || [ "$stderr_lines" -lt 2 ]; then
    echo "hygiene: too little was captured to prove anything" >&2
    failed=1
fi
if [ "${failed:-0}" != 0 ]; then exit 1; fi
echo "hygiene: ok"
