#!/usr/bin/env bash
# Proves check-layers.sh can fail: each case builds a tiny source tree with one violation and expects
# the check to exit non-zero naming the file and line; a tree where every layer keeps to its own
# includes must pass.
set -uo pipefail

checker=${1:?usage: check-layers-selftest.sh path/to/check-layers.sh}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# tree NAME FILE CONTENT...: a fresh tree holding FILE with CONTENT (one argument per line).
tree() {
    local dir=$work/$1 file=$2
    shift 2
    mkdir -p "$dir/$(dirname "$file")"
    printf '%s\n' "$@" >"$dir/$file"
    echo "$dir"
}

clean_tree() {
    local dir=$work/clean
    mkdir -p "$dir/core/domain" "$dir/core/storage" "$dir/core/server" "$dir/core/services" "$dir/ui" \
        "$dir/app" "$dir/tests/storage" "$dir/build/core"
    printf '#include <QDateTime>\n#include "domain/result.h"\n' >"$dir/core/domain/user.h"
    printf '#include <QSqlQuery>\n#include <QtSql/QSqlDatabase>\n' >"$dir/core/storage/repo.cpp"
    printf '#include <QHttpServer>\n#include "services/tokenservice.h"\n' >"$dir/core/server/routes.cpp"
    printf '#include "storage/database.h"\n#include "crypto/jwt.h"\n// QSqlQuery is only used in storage\n' \
        >"$dir/core/services/tokenservice.cpp"
    printf '#include <QWidget>\n#include <QMainWindow>\n#include "services/servicehub.h"\n' >"$dir/ui/mainwindow.cpp"
    printf '#include <QWidget>\n#include "services/tokenservice.h"\n' >"$dir/ui/tryitpage.cpp"
    printf '#include <QApplication>\n#include <QSqlDatabase>\n#include "storage/database.h"\n#include "ui/mainwindow.h"\n' \
        >"$dir/app/main.cpp"
    printf '#include <QSqlQuery>\n#include <QHttpServer>\n' >"$dir/tests/storage/tst_x.cpp"
    touch "$dir/build/CMakeCache.txt"
    printf '#include <QSqlQuery>\n' >"$dir/build/core/moc_x.cpp"
    echo "$dir"
}

expect_violation() {
    local name=$1 where=$2 dir=$3 output status
    output=$(bash "$checker" "$dir" 2>&1)
    status=$?
    if [ "$status" -eq 0 ]; then
        echo "FAIL: $name: check-layers.sh passed a tree with a violation in $where"
        failures=$((failures + 1))
    elif ! grep -qF -- "$where" <<<"$output"; then
        echo "FAIL: $name: check-layers.sh failed but did not name $where:"
        echo "$output"
        failures=$((failures + 1))
    else
        echo "ok: $name: $(grep -F -- "$where" <<<"$output" | head -n1)"
    fi
}

expect_violation "QSqlQuery in services" "core/services/x.cpp:2" \
    "$(tree sql-services core/services/x.cpp '#include "storage/database.h"' '#include <QSqlQuery>')"
expect_violation "QtSql module include in server" "core/server/y.cpp:1" \
    "$(tree sql-server core/server/y.cpp '#include <QtSql>')"
expect_violation "QSqlDatabase type in ui" "ui/page.cpp:3" \
    "$(tree sql-ui ui/page.cpp '#include <QWidget>' '' 'void f(QSqlDatabase db);')"
expect_violation "QHttpServer in services" "core/services/z.cpp:1" \
    "$(tree http-services core/services/z.cpp '#include <QHttpServerResponse>')"
expect_violation "QHttpServer in ui" "ui/server.cpp:1" "$(tree http-ui ui/server.cpp '#include <QtHttpServer/QHttpServer>')"
expect_violation "QWidget in services" "core/services/w.h:1" "$(tree widget-services core/services/w.h '#include <QWidget>')"
expect_violation "QMessageBox in storage" "core/storage/m.cpp:2" \
    "$(tree widget-storage core/storage/m.cpp '#include <QSqlQuery>' '#include <QMessageBox>')"
expect_violation "QtWidgets module in domain" "core/domain/d.cpp:1" \
    "$(tree widget-domain core/domain/d.cpp '#include <QtWidgets/QApplication>')"
expect_violation "core includes ui" "core/services/u.cpp:1" "$(tree core-ui core/services/u.cpp '#include "ui/mainwindow.h"')"
expect_violation "domain includes storage" "core/domain/a.h:1" "$(tree domain-storage core/domain/a.h '#include "storage/database.h"')"
expect_violation "domain includes crypto" "core/domain/b.h:1" "$(tree domain-crypto core/domain/b.h '#include "crypto/digest.h"')"
expect_violation "domain includes services" "core/domain/c.h:1" \
    "$(tree domain-services core/domain/c.h '#include "services/tokenservice.h"')"
expect_violation "domain includes server" "core/domain/e.h:1" "$(tree domain-server core/domain/e.h '#include "server/routes.h"')"
expect_violation "domain includes QtNetwork" "core/domain/f.h:1" "$(tree domain-network core/domain/f.h '#include <QHostAddress>')"
expect_violation "server includes storage" "core/server/s.cpp:1" \
    "$(tree server-storage core/server/s.cpp '#include "storage/tokenrepository.h"')"
expect_violation "ui includes storage" "ui/t.cpp:1" "$(tree ui-storage ui/t.cpp '#include "storage/database.h"')"
expect_violation "ui page includes the whole ServiceHub" "ui/sessionspage.cpp:2" \
    "$(tree ui-hub ui/sessionspage.cpp '#include <QWidget>' '#include "services/servicehub.h"')"
expect_violation "ui header includes the whole ServiceHub" "ui/mainwindow.h:1" \
    "$(tree ui-hub-header ui/mainwindow.h '#include "services/servicehub.h"')"
expect_violation "services header includes storage" "core/services/h.h:2" \
    "$(tree services-header-storage core/services/h.h '#pragma once' '#include "storage/tokenrepository.h"')"

clean=$(clean_tree)
if output=$(bash "$checker" "$clean" 2>&1); then
    echo "ok: a tree that keeps the rules passes (app/, tests/ and build folders are exempt)"
else
    echo "FAIL: check-layers.sh refused a tree that keeps the rules:"
    echo "$output"
    failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
    echo "check-layers-selftest: $failures case(s) failed"
    exit 1
fi
echo "check-layers-selftest: all cases behaved"
