#include "storage/sqldialect.h"

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

} // namespace authdesk
