#include "storage/database.h"

#include "storage/databasefile.h"
#include "storage/migrator.h"
#include "storage/schema.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace authdesk {

// The per-thread connection names, shared with the QThread::finished handlers that close them, so a
// thread may outlive or predecease the Database safely.
struct Database::Connections
{
    QMutex mutex;
    QHash<QThread *, QString> names;
    QThread *owner = nullptr; // the thread that opened the base connection
};

namespace {

QString uniqueBaseName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("authdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *result = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        qCWarning(lcStorage) << pragma << "failed:" << query.lastError().text();
        return false;
    }
    if (result && query.next())
        *result = query.value(0).toString();
    return true;
}

} // namespace

Database::Database(SqlDialect dialect, QString location, QString baseName)
    : m_dialect(dialect)
    , m_location(std::move(location))
    , m_baseName(std::move(baseName))
    , m_connections(std::make_shared<Connections>())
{
    m_connections->owner = QThread::currentThread();
    m_connections->names.insert(m_connections->owner, m_baseName);
}

Database::~Database()
{
    QMutexLocker lock(&m_connections->mutex);
    const QHash<QThread *, QString> names = std::exchange(m_connections->names, {});
    lock.unlock();
    // Connections of threads still running are only unregistered: a connection may be closed only by
    // its own thread, and those threads should have stopped before the database goes away.
    QSqlDatabase::database(m_baseName, false).close();
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    return openSqlite(path, schema::migrations());
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const QList<Migration> &migrations)
{
    if (const Result<void> prepared = DatabaseFile::prepare(path); !prepared)
        return prepared.error();

    const SqlDialect dialect(SqlDialect::Engine::Sqlite);
    const QString name = uniqueBaseName();
    std::unique_ptr<Database> database(new Database(dialect, path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return Error::storageUnusable(tr("%1 cannot be opened: %2").arg(path, db.lastError().text()));
        }
        if (const Result<void> applied = applyConnectionSettings(db, dialect); !applied)
            return applied.error();

        // Check that the file is ours before anything writes to it (WAL mode would change the file).
        Migrator migrator(db, database->m_dialect, migrations);
        const Result<int> version = migrator.currentVersion();
        if (!version)
            return version.error();

        QString journalMode;
        if (!execPragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), &journalMode)
            || journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return Error::storageUnusable(tr("%1 cannot use write-ahead logging (journal mode %2).")
                                              .arg(path, journalMode));
        }
        if (const Result<void> migrated = database->migrate(db, migrations); !migrated)
            return migrated.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresTarget &target)
{
    return openPostgres(target, schema::migrations());
}

Result<std::unique_ptr<Database>> Database::openPostgres(
    const PostgresTarget &target, const QList<Migration> &migrations)
{
    const SqlDialect dialect(SqlDialect::Engine::Postgres);
    const QString name = uniqueBaseName();
    const QString location = target.displayName();
    std::unique_ptr<Database> database(new Database(dialect, location, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (!db.isValid())
        return Error::storageUnusable(tr("Qt's PostgreSQL driver (QPSQL) is not installed."));
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setUserName(target.user);
    db.setPassword(target.password); // empty: libpq reads PGPASSWORD or ~/.pgpass
    db.setDatabaseName(target.database);
    // Fail within seconds on an unreachable host instead of libpq's unlimited wait.
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=authdesk"));
    if (!db.open()) {
        QString reason = db.lastError().text();
        if (!target.password.isEmpty())
            reason.replace(target.password, QStringLiteral("***"));
        return Error::storageUnavailable(tr("%1 cannot be opened: %2").arg(location, reason));
    }
    if (const Result<void> migrated = database->migrate(db, migrations); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::migrate(QSqlDatabase &db, const QList<Migration> &migrations)
{
    Migrator migrator(db, m_dialect, migrations);
    if (const Result<void> migrated = migrator.migrate(); !migrated)
        return migrated.error();
    const Result<int> version = migrator.currentVersion();
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    return {};
}

Result<void> Database::applyConnectionSettings(QSqlDatabase &db, const SqlDialect &dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Sqlite)
        return {};
    // These are per connection, so every connection sets them. synchronous=FULL makes a commit
    // durable once it returns (an acknowledged revocation survives power loss).
    for (const QString &pragma : { QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                   QStringLiteral("PRAGMA synchronous=FULL") }) {
        if (!execPragma(db, pragma)) {
            return Error::storageUnusable(
                tr("%1 cannot be used: %2").arg(db.databaseName(), db.lastError().text()));
        }
    }
    return {};
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_connections->mutex);
    if (const auto it = m_connections->names.constFind(thread); it != m_connections->names.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name = m_baseName + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(thread), 16);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_baseName, name);
    if (!db.open())
        qCWarning(lcStorage) << "opening a connection for a new thread failed:" << db.lastError().text();
    else if (!applyConnectionSettings(db, m_dialect))
        qCWarning(lcStorage) << "configuring a connection for a new thread failed";
    m_connections->names.insert(thread, name);

    // Close the connection from the finishing thread itself: Qt requires that.
    std::weak_ptr<Connections> connections = m_connections;
    QObject::connect(
        thread, &QThread::finished, thread,
        [connections, thread, name] {
            const std::shared_ptr<Connections> alive = connections.lock();
            if (!alive)
                return;
            {
                QMutexLocker innerLock(&alive->mutex);
                if (alive->names.value(thread) != name)
                    return;
                alive->names.remove(thread);
            }
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        },
        Qt::DirectConnection);
    return db;
}

Result<void> Database::ping()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next())
        return Error::storageUnavailable(tr("The database does not answer."));
    return {};
}

Result<void> Database::lockUntilCommit(const QString &name)
{
    const QString statement = m_dialect.namedTransactionLock(name);
    if (statement.isEmpty())
        return {};
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return Error::storageUnavailable(tr("The database is busy or unavailable."));
    return {};
}

Result<void> Database::inTransaction(const std::function<Result<void>()> &work)
{
    Transaction transaction(connection(), m_dialect);
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (const Result<void> done = work(); !done)
        return done; // the transaction rolls back as it goes out of scope
    return transaction.commit();
}

} // namespace authdesk
