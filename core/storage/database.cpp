#include "storage/database.h"

#include "storage/changelistener.h"
#include "storage/databasefile.h"
#include "storage/migrator.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <chrono>
#include <iterator>
#include <libpq-fe.h>
#include <unordered_map>
#include <utility>

namespace authdesk {

// The statements of Database::prepared() on one connection, by their text, each prepared once:
// preparing costs more than running them. A node-based map, so a query never moves. On PostgreSQL
// each is a named statement of the connection's server session (QPSQL's PREPARE qpsqlpstmt_N,
// DEALLOCATEd when the query is destroyed): they live and die with that session.
struct Database::HotStatements
{
    std::unordered_map<QString, QSqlQuery> statements;
};

// The per-thread connection names, shared with the QThread::finished handlers that close them, so a
// thread may outlive or predecease the Database safely.
struct Database::Connections
{
    QMutex mutex;
    QHash<QThread *, QString> names;
    QThread *owner = nullptr; // the thread that opened the base connection

    // Reconnection (PostgreSQL). epoch counts the times a connection was found broken; a connection
    // opened before the latest one is presumed dead too and reopened before its next use.
    QHash<QString, quint64> openedEpoch;
    quint64 epoch = 0;
    bool reachable = true;
    QString reason;
    int failedAttempts = 0; // in a row, for the backoff
    qint64 retryAtMs = 0; // steady clock; no attempt before this while unreachable

    // By connection name, used only by that connection's thread; taken out before the connection
    // closes or reopens (the statements belong to its session) and destroyed outside the mutex.
    QHash<QString, std::shared_ptr<HotStatements>> hot;
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

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Reconnects bounded in time: libpq's connect timeout, and TCP keepalives plus a user timeout so a
// statement to a server that vanished from the network fails within seconds instead of hanging.
QString reconnectOptions()
{
    return QStringLiteral("connect_timeout=%1;application_name=authdesk;keepalives_idle=5;keepalives_interval=2;"
                          "keepalives_count=2;tcp_user_timeout=5000")
        .arg(Database::ConnectTimeoutSeconds);
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
    m_listener.reset();
    QMutexLocker lock(&m_connections->mutex);
    const QHash<QThread *, QString> names = std::exchange(m_connections->names, {});
    auto hot = std::exchange(m_connections->hot, {});
    lock.unlock();
    hot.clear(); // the prepared statements go before their connections
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
            return Error::storageUnusable(
                tr("%1 cannot use write-ahead logging (journal mode %2).").arg(path, journalMode));
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
    database->startListener();
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
            return Error::storageUnusable(tr("%1 cannot be used: %2").arg(db.databaseName(), db.lastError().text()));
        }
    }
    return {};
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_connections->mutex);
    if (const auto it = m_connections->names.constFind(thread); it != m_connections->names.constEnd()) {
        const QString name = *it;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Never swap the connection under an open transaction: its statements must fail and roll
        // back as one, not continue half on a new connection.
        if (m_dialect.engine() != SqlDialect::Engine::Postgres || Transaction::isOpenOn(name))
            return db;
        const bool stale = m_connections->openedEpoch.value(name) != m_connections->epoch;
        const bool dead = db.isOpen() && isBroken(db);
        if (!stale && !dead && db.isOpen())
            return db;
        if (dead && !stale) {
            // The first thread to notice: tell the others, whose connections died with it.
            ++m_connections->epoch;
            m_connections->reachable = false;
            m_connections->reason = tr("The connection to the database was lost. Retrying...");
            m_connections->retryAtMs = 0;
            qCWarning(lcStorage) << "the connection to" << m_location << "was lost:" << db.lastError().text();
        }
        lock.unlock();
        reopen(db, name);
        return db;
    }

    const QString name = m_baseName + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(thread), 16);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_baseName, name);
    m_connections->names.insert(thread, name);
    m_connections->openedEpoch.insert(name, m_connections->epoch);

    // Close the connection from the finishing thread itself: Qt requires that.
    std::weak_ptr<Connections> connections = m_connections;
    QObject::connect(
        thread, &QThread::finished, thread,
        [connections, thread, name] {
            const std::shared_ptr<Connections> alive = connections.lock();
            if (!alive)
                return;
            std::shared_ptr<HotStatements> hot;
            {
                QMutexLocker innerLock(&alive->mutex);
                if (alive->names.value(thread) != name)
                    return;
                alive->names.remove(thread);
                alive->openedEpoch.remove(name);
                hot = alive->hot.take(name);
            }
            hot.reset(); // on the open connection, whose session still knows them
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        },
        Qt::DirectConnection);
    lock.unlock();

    if (m_dialect.engine() == SqlDialect::Engine::Postgres) {
        db.setConnectOptions(reconnectOptions());
        reopen(db, name);
    } else if (!db.open()) {
        qCWarning(lcStorage) << "opening a connection for a new thread failed:" << db.lastError().text();
    } else if (!applyConnectionSettings(db, m_dialect)) {
        qCWarning(lcStorage) << "configuring a connection for a new thread failed";
    }
    return db;
}

bool Database::isBroken(const QSqlDatabase &db) const
{
    if (m_dialect.engine() != SqlDialect::Engine::Postgres || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *const conn = *static_cast<PGconn *const *>(handle.constData());
    return conn && PQstatus(conn) == CONNECTION_BAD;
}

void Database::reopen(QSqlDatabase &db, const QString &name)
{
    QMutexLocker lock(&m_connections->mutex);
    const qint64 now = steadyNowMs();
    if (!m_connections->reachable && now < m_connections->retryAtMs) {
        lock.unlock();
        db.close(); // fail fast until the next attempt is due
        return;
    }
    const quint64 epoch = m_connections->epoch;
    // The statements were prepared in the old connection's session, which the server forgets with
    // it (a restart, a terminated backend): running one on the new session would fail ("prepared
    // statement qpsqlpstmt_N does not exist"). They go, and prepared() prepares them afresh on the
    // new session. Destroyed once the old connection is closed, so that QPSQL's DEALLOCATE for each
    // fails at once in libpq instead of waiting on a socket to a server that may have vanished.
    std::shared_ptr<HotStatements> stale = m_connections->hot.take(name);
    lock.unlock();

    db.close();
    stale.reset();
    db.setConnectOptions(reconnectOptions());
    const bool opened = db.open() && applyConnectionSettings(db, m_dialect);
    QString detail;
    if (!opened) {
        detail = db.lastError().text();
        if (!db.password().isEmpty())
            detail.replace(db.password(), QStringLiteral("***"));
        db.close();
    }

    lock.relock();
    if (opened) {
        m_connections->openedEpoch.insert(name, epoch);
        if (!m_connections->reachable)
            qCInfo(lcStorage) << "reconnected to" << m_location;
        m_connections->reachable = true;
        m_connections->reason.clear();
        m_connections->failedAttempts = 0;
        return;
    }
    if (m_connections->reachable || m_connections->failedAttempts == 0)
        qCWarning(lcStorage) << "cannot reach" << m_location << "(retrying):" << detail;
    m_connections->reachable = false;
    m_connections->reason = tr("The database cannot be reached. Retrying...");
    constexpr int steps = int(std::size(ReconnectBackoffMs));
    m_connections->failedAttempts = qMin(m_connections->failedAttempts + 1, steps - 1);
    m_connections->retryAtMs = steadyNowMs() + ReconnectBackoffMs[m_connections->failedAttempts];
}

std::shared_ptr<Database::HotStatements> Database::hotStatements(const QSqlDatabase &db)
{
    // Nothing is prepared here: a statement is prepared by the first prepared() that asks for it,
    // on an engine that knows it. (Preparing SQLite's PRAGMA here on every new connection was a
    // syntax error on PostgreSQL, which inside a transaction aborted it: every statement after it
    // failed, and QPSQL ran the next one with no name, "EXECUTE  (...)".)
    QMutexLocker lock(&m_connections->mutex);
    std::shared_ptr<HotStatements> &slot = m_connections->hot[db.connectionName()];
    if (!slot)
        slot = std::make_shared<HotStatements>();
    return slot;
}

Database::Prepared Database::prepared(const QSqlDatabase &db, const QString &statement)
{
    std::shared_ptr<HotStatements> hot = hotStatements(db);
    // Only the calling thread uses its connection's statements: no lock is needed past hotStatements().
    auto [it, inserted] = hot->statements.try_emplace(statement, db);
    Prepared prepared;
    if (inserted) {
        it->second.setForwardOnly(true);
        if (!it->second.prepare(statement)) {
            // Kept out of the cache, so that the next call tries again (e.g. after a reconnect), and
            // never run: QPSQL forgets the name of a statement it could not prepare and would run
            // "EXECUTE  (...)", whose syntax error would hide why the PREPARE failed.
            auto failed = std::make_shared<QSqlQuery>(std::move(it->second));
            hot->statements.erase(it);
            prepared.m_query = failed.get();
            prepared.m_owner = std::move(failed);
            return prepared;
        }
    }
    prepared.m_query = &it->second;
    prepared.m_owner = std::move(hot);
    prepared.m_prepared = true;
    return prepared;
}

bool Database::Prepared::run(const QVariantList &values)
{
    if (!m_prepared)
        return false; // query() holds the error of its PREPARE
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query->bindValue(static_cast<int>(i), values.at(i));
    return m_query->exec();
}

Result<void> Database::ping()
{
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite) {
        // A file does not go away like a server, and SELECT 1 reads nothing from it: on SQLite the
        // database answers exactly when this thread's connection is open. (Running SELECT 1 was a
        // tenth of the cost of GET /health.)
        if (connection().isOpen())
            return {};
        return Error::storageUnavailable(tr("The database does not answer."));
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = connection();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT 1")) && query.next())
            return {};
        // A connection that died since its last use is reopened by connection(): ask once more.
        if (!isBroken(db))
            break;
    }
    const Reachability state = reachability();
    return Error::storageUnavailable(state.reachable ? tr("The database does not answer.") : state.reason);
}

bool Database::reopenListener(QSqlDatabase &db)
{
    db.close();
    db.setConnectOptions(reconnectOptions());
    if (!db.open()) {
        db.close();
        return false;
    }
    QMutexLocker lock(&m_connections->mutex);
    // The server is back: threads whose connections are stale reconnect now, not at their backoff.
    m_connections->reachable = true;
    m_connections->reason.clear();
    m_connections->failedAttempts = 0;
    return true;
}

void Database::startListener()
{
    ChangeListener::Callbacks callbacks;
    callbacks.changed = [this] { applicationsChangedHere(); };
    auto subscribed = std::make_shared<QSemaphore>();
    callbacks.listening = [this, subscribed](bool listening) {
        m_listening.store(listening, std::memory_order_release);
        if (listening)
            subscribed->release();
    };
    callbacks.lost = [this] { connectionsLost(tr("The connection to the database was lost. Retrying...")); };
    callbacks.reopen = [this](QSqlDatabase &db) { return reopenListener(db); };
    callbacks.broken = [this](const QSqlDatabase &db) { return isBroken(db); };
    m_listener = std::make_unique<ChangeListener>(m_baseName, std::move(callbacks));
    // Serve from a listening start: until then every lookup reads the change stamp, and the first
    // subscription drops every cache anyway. Bounded: the listener keeps trying on its own.
    subscribed->tryAcquire(1, ConnectTimeoutSeconds * 1000);
}

namespace {

const auto ApplicationsStampKey = QLatin1String("applications_changed");

// What the calling thread last saw of other processes' changes, per connection.
struct SeenChanges
{
    qint64 dataVersion = -1;
    QString stamp;
};
thread_local QHash<QString, SeenChanges> t_seenChanges;

} // namespace

quint64 Database::applicationsGeneration()
{
    const bool sqlite = m_dialect.engine() == SqlDialect::Engine::Sqlite;
    if (!sqlite && m_listening.load(std::memory_order_acquire))
        return m_applicationsGeneration.load(std::memory_order_acquire);

    QSqlDatabase db = connection();
    SeenChanges &seen = t_seenChanges[db.connectionName()];
    if (sqlite) {
        // Changes when another connection committed anything; only then is the stamp worth reading.
        Prepared read = prepared(db, QStringLiteral("PRAGMA data_version"));
        QSqlQuery &dataVersion = read.query();
        if (!read.run({}) || !dataVersion.next()) {
            dataVersion.finish();
            return m_applicationsGeneration.fetch_add(1, std::memory_order_acq_rel) + 1; // cannot tell: read afresh
        }
        const qint64 version = dataVersion.value(0).toLongLong();
        dataVersion.finish();
        if (version == seen.dataVersion)
            return m_applicationsGeneration.load(std::memory_order_acquire);
        seen.dataVersion = version;
    }
    // On SQLite every commit of another connection (each batch of the commit batcher) brings a thread
    // here once: prepared once per thread.
    Prepared read = prepared(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    QSqlQuery &query = read.query();
    if (!read.run({ ApplicationsStampKey })) {
        seen.dataVersion = -1;
        return m_applicationsGeneration.fetch_add(1, std::memory_order_acq_rel) + 1;
    }
    const QString stamp = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (stamp != seen.stamp) {
        seen.stamp = stamp;
        applicationsChangedHere();
    }
    return m_applicationsGeneration.load(std::memory_order_acquire);
}

Result<void> Database::markApplicationsChanged()
{
    QSqlQuery query(connection());
    if (!sql::run(query,
            QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { ApplicationsStampKey, QUuid::createUuid().toString(QUuid::WithoutBraces) })) {
        return sql::failure(query, "recording a change of applications");
    }
    if (m_dialect.engine() == SqlDialect::Engine::Postgres
        && !query.exec(QStringLiteral("NOTIFY ") + ChangeListener::Channel)) {
        return sql::failure(query, "announcing a change of applications");
    }
    return {};
}

Database::Reachability Database::reachability() const
{
    QMutexLocker lock(&m_connections->mutex);
    return { m_connections->reachable, m_connections->reason };
}

void Database::connectionsLost(const QString &reason)
{
    QMutexLocker lock(&m_connections->mutex);
    ++m_connections->epoch;
    m_connections->reachable = false;
    m_connections->reason = reason;
    m_connections->retryAtMs = 0;
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
    Transaction transaction(*this);
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (const Result<void> done = work(); !done)
        return done; // the transaction rolls back as it goes out of scope
    return transaction.commit();
}

} // namespace authdesk
