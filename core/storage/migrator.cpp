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
        if (const Result<void> applied = apply(migration); !applied)
            return applied;
    }
    return {};
}

Result<void> Migrator::apply(const Migration &migration)
{
    Transaction transaction(m_db, m_dialect);
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;

    // Another instance may be migrating the same database right now: wait for it, then look again at
    // the version inside this transaction, so each step runs once however many instances start.
    if (const QString lock = m_dialect.migrationLock(); !lock.isEmpty()) {
        QSqlQuery locking(m_db);
        if (!locking.exec(lock)) {
            qCWarning(lcStorage) << "waiting for other migrations failed:" << locking.lastError().text();
            return Error::storageUnusable(
                tr("Updating the database to schema %1 failed; nothing was changed.").arg(migration.version));
        }
    }
    const Result<int> version = currentVersion();
    if (!version)
        return version.error();
    if (*version >= migration.version)
        return transaction.commit();
    const bool createMeta = *version == 0;

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
