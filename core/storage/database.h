#pragma once

#include "domain/result.h"
#include "storage/databaseurl.h"
#include "storage/migration.h"
#include "storage/sqldialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace authdesk {

class ChangeListener;

// An open, migrated AuthDesk database. Every thread that uses it gets its own connection (SQL
// connections must not cross threads); a thread's connection is closed when the thread finishes.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Opens (creating when missing) the SQLite file at path and migrates it to the newest schema.
    // An unusable file is refused with an error and left as it was.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const QList<Migration> &migrations);
    // Connects to the PostgreSQL database of target and migrates it to the newest schema; several
    // instances may do so at once. A server that cannot be reached or refuses the login is reported
    // with the driver's reason, which never holds the password.
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresTarget &target);
    static Result<std::unique_ptr<Database>> openPostgres(
        const PostgresTarget &target, const QList<Migration> &migrations);

    ~Database();

    const SqlDialect &dialect() const { return m_dialect; }
    // Where the data lives, for people: a file path, or a postgresql:// URL without the password.
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // The calling thread's connection, opened on first use. On PostgreSQL a connection found broken is
    // reopened here (never inside an open transaction), at most once per backoff step while the
    // server stays away (ReconnectBackoffMs), each attempt bounded by ConnectTimeoutSeconds. Once one
    // thread has found its connection broken, every thread reopens its own before its next use, so a
    // restart costs at most the one request that noticed it.
    QSqlDatabase connection();
    // Answers whether the calling thread's connection can run a query right now; a broken connection is
    // reopened and asked once more, so the answer is the database's, not one thread's.
    Result<void> ping();
    // Whether the database answered the last time any thread asked, and if not why, for /health and
    // the console's banner. One state for the whole instance.
    struct Reachability
    {
        bool reachable = true;
        QString reason; // empty while reachable
    };
    Reachability reachability() const;
    // Tells every thread that its connection may be dead (e.g. a listener saw the server go away), so
    // each reopens its own before its next use.
    void connectionsLost(const QString &reason);

    // Cache invalidation across processes (docs/security.md). A count that changes whenever an
    // application's settings change, in this process or, as far as the calling thread can tell
    // right now, in any other on the same database: SQLite compares PRAGMA data_version and then a
    // stamp in meta on the thread's connection, PostgreSQL relies on LISTEN/NOTIFY (ChangeListener)
    // and reads the stamp itself while the listener is not connected. Thread-safe.
    quint64 applicationsGeneration();
    // Whether the change listener is subscribed, i.e. other processes' changes arrive as they
    // commit (PostgreSQL; false on SQLite, which needs no listener).
    bool isListening() const { return m_listening.load(std::memory_order_acquire); }
    // Inside the transaction that changes applications: leaves the stamp (and on PostgreSQL the
    // notification) that tells other processes, delivered when that transaction commits.
    Result<void> markApplicationsChanged();
    // After that transaction committed: this process's caches count from the next read.
    void applicationsChangedHere() { m_applicationsGeneration.fetch_add(1, std::memory_order_acq_rel); }

    static constexpr int ConnectTimeoutSeconds = 2;
    static constexpr int ReconnectBackoffMs[] = { 0, 100, 250, 500, 1000 };
    // Inside a transaction: waits until no other transaction (of any instance) holds the lock called
    // name, and holds it until this one ends. Does nothing on SQLite, whose write transactions
    // already run one at a time.
    Result<void> lockUntilCommit(const QString &name);
    // Runs work in one transaction on the calling thread's connection: all of its writes, or none.
    Result<void> inTransaction(const std::function<Result<void>()> &work);

    // A statement of the hot paths (refresh rotation, login, token exchange), prepared once per
    // connection and then only bound and run: statement must be a constant text with ? placeholders.
    // On PostgreSQL it is a named statement of the connection's server session; it survives the
    // transactions it ran in, even rolled back ones, and is prepared again when the connection is
    // reopened (connection()), since the server forgets a session's statements with the session.
    // Valid while the holder lives; finish() it after reading, before the next statement.
    class Prepared
    {
    public:
        QSqlQuery &query() { return *m_query; }
        // Binds values to the placeholders in order and runs it. False without running it when the
        // statement could not be prepared; query() then holds the error of the PREPARE.
        bool run(const QVariantList &values);

    private:
        friend class Database;
        std::shared_ptr<void> m_owner; // the connection's statements
        QSqlQuery *m_query = nullptr;
        bool m_prepared = false;
    };
    // The calling thread's statement on db (its connection()).
    Prepared prepared(const QSqlDatabase &db, const QString &statement);

private:
    struct Connections;
    struct HotStatements;

    Database(SqlDialect dialect, QString location, QString baseName);
    static Result<void> applyConnectionSettings(QSqlDatabase &db, const SqlDialect &dialect);
    // Whether libpq has given up on db's connection (PostgreSQL only; SQLite files do not go away).
    bool isBroken(const QSqlDatabase &db) const;
    // The calling thread's prepared statements on db, its connection; none prepared yet on a new one.
    std::shared_ptr<HotStatements> hotStatements(const QSqlDatabase &db);
    // Reopens the calling thread's connection name unless the backoff says not yet.
    void reopen(QSqlDatabase &db, const QString &name);
    // Reopens the change listener's connection; a success makes the database reachable again.
    bool reopenListener(QSqlDatabase &db);
    void startListener();
    // Checks that db holds no one else's data and brings it to the newest schema.
    Result<void> migrate(QSqlDatabase &db, const QList<Migration> &migrations);

    SqlDialect m_dialect;
    QString m_location;
    QString m_baseName;
    int m_schemaVersion = 0;
    std::shared_ptr<Connections> m_connections;
    std::atomic<quint64> m_applicationsGeneration { 0 };
    std::atomic<bool> m_listening { false };
    std::unique_ptr<ChangeListener> m_listener; // PostgreSQL
};

} // namespace authdesk
