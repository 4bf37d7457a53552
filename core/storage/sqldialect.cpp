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

} // namespace authdesk
