#pragma once

#include "domain/result.h"
#include "storage/migration.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace authdesk {

// Brings a database to the newest schema version, one migration per transaction, recording the
// version in meta(key = 'schema_version') inside the same transaction. Instances that start at once
// on one database apply each migration once: the dialect's migration lock orders them.
class Migrator
{
public:
    Migrator(QSqlDatabase db, const SqlDialect &dialect, QList<Migration> migrations);

    // 0 for an empty database. An error when the database holds tables but is not AuthDesk's, or
    // was written by a newer AuthDesk; reading it changes nothing.
    Result<int> currentVersion() const;
    Result<void> migrate();

private:
    Result<void> apply(const Migration &migration);

    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    QList<Migration> m_migrations;
};

} // namespace authdesk
