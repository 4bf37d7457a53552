#include "storage/sqldialect.h"

#include <QSqlError>

namespace authdesk {

SqlDialect::SqlDialect(Engine engine)
    : m_engine(engine)
{
}

QString SqlDialect::driverName() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::expandSchema(const QString &statement) const
{
    const bool sqlite = m_engine == Engine::Sqlite;
    QString sql = statement;
    sql.replace(QLatin1String("{BLOB}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    sql.replace(QLatin1String("{SERIAL_PK}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                       : QLatin1String("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
    return sql;
}

QString SqlDialect::beginWriteTransaction() const
{
    // SQLite: take the write lock at BEGIN, so two writers never deadlock upgrading a read lock.
    return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::migrationLock() const
{
    // A transaction-scoped advisory lock on a constant key (ASCII "authdesk"): a second instance
    // starting on the same database waits here, then finds the schema already migrated.
    return m_engine == Engine::Sqlite ? QString() : QStringLiteral("SELECT pg_advisory_xact_lock(7022647185663947627)");
}

QString SqlDialect::lockSelectedRows(const QString &alias) const
{
    return m_engine == Engine::Sqlite ? QString() : QLatin1String(" FOR UPDATE OF ") + alias;
}

QString SqlDialect::lockTableForInsert(const QString &table) const
{
    // SHARE ROW EXCLUSIVE conflicts with itself and with writers, but not with plain readers.
    return m_engine == Engine::Sqlite
        ? QString()
        : QLatin1String("LOCK TABLE ") + table + QLatin1String(" IN SHARE ROW EXCLUSIVE MODE");
}

QString SqlDialect::namedTransactionLock(const QString &name) const
{
    return m_engine == Engine::Sqlite
        ? QString()
        : QLatin1String("SELECT pg_advisory_xact_lock(hashtext('authdesk:") + name + QLatin1String("'))");
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_engine == Engine::Sqlite) {
        // Qt's SQLite driver reports extended result codes: SQLITE_CONSTRAINT_PRIMARYKEY (1555) and
        // SQLITE_CONSTRAINT_UNIQUE (2067).
        return code == QLatin1String("1555") || code == QLatin1String("2067");
    }
    return code == QLatin1String("23505"); // SQLSTATE unique_violation
}

bool SqlDialect::isForeignKeyViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_engine == Engine::Sqlite)
        return code == QLatin1String("787"); // SQLITE_CONSTRAINT_FOREIGNKEY
    return code == QLatin1String("23503"); // SQLSTATE foreign_key_violation
}

bool SqlDialect::isTransientConflict(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_engine == Engine::Sqlite)
        return code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
    // SQLSTATE serialization_failure, deadlock_detected, lock_not_available.
    return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03");
}

} // namespace authdesk
