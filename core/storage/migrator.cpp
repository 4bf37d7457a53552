#include "storage/migrator.h"

#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

const auto MetaTable = QLatin1String("meta");
const auto VersionKey = QLatin1String("schema_version");

QString tr(const char *text)
{
    // The context lupdate files these texts under (it takes tr() here for Migrator's own).
    return QCoreApplication::translate("authdesk::Migrator", text);
}

} // namespace

Migrator::Migrator(QSqlDatabase db, const SqlDialect &dialect, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_migrations(std::move(migrations))
{
}

Result<int> Migrator::currentVersion() const
{
    const QStringList tables = m_db.tables(QSql::Tables);
    if (m_db.lastError().isValid())
        return Error::storageUnusable(tr("The database cannot be read: %1").arg(m_db.lastError().text()));
    if (!tables.contains(MetaTable)) {
        if (tables.isEmpty())
            return 0;
        return Error::storageUnusable(tr("The database holds other data and is not an AuthDesk database."));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(VersionKey);
    if (!query.exec() || !query.next())
        return Error::storageUnusable(tr("The database has no schema version and is not an AuthDesk database."));
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 0)
        return Error::storageUnusable(tr("The database's schema version is not a number."));
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (version > latest) {
        return Error::storageUnusable(
            tr("The database was written by a newer AuthDesk (schema %1; this version knows up to %2).")
                .arg(version)
                .arg(latest));
    }
    return version;
}

Result<void> Migrator::migrate()
{
    const Result<int> current = currentVersion();
    if (!current)
        return current.error();
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= *current)
            continue;
        const Result<void> applied = apply(migration, *current == 0 && migration.version == m_migrations.first().version);
        if (!applied)
            return applied;
    }
    return {};
}

Result<void> Migrator::apply(const Migration &migration, bool createMeta)
{
    Transaction transaction(m_db, m_dialect);
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;

    QStringList statements;
    if (createMeta)
        statements << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    statements << migration.statements;

    QSqlQuery query(m_db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(m_dialect.expandSchema(statement))) {
            qCWarning(lcStorage) << "migration" << migration.version << "failed:" << query.lastError().text();
            return Error::storageUnusable(tr("Updating the database to schema %1 failed; nothing was changed.")
                                              .arg(migration.version));
        }
    }
    query.prepare(createMeta ? QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)")
                             : QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    if (createMeta) {
        query.addBindValue(VersionKey);
        query.addBindValue(QString::number(migration.version));
    } else {
        query.addBindValue(QString::number(migration.version));
        query.addBindValue(VersionKey);
    }
    if (!query.exec()) {
        qCWarning(lcStorage) << "recording schema version failed:" << query.lastError().text();
        return Error::storageUnusable(tr("Updating the database to schema %1 failed; nothing was changed.")
                                          .arg(migration.version));
    }
    qCInfo(lcStorage) << "database migrated to schema" << migration.version << "-" << migration.description;
    return transaction.commit();
}

} // namespace authdesk
