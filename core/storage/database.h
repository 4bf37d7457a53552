#pragma once

#include "domain/result.h"
#include "storage/databaseurl.h"
#include "storage/migration.h"
#include "storage/sqldialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QThread;

namespace authdesk {

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

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection();
    // Answers whether the calling thread's connection can run a query right now.
    Result<void> ping();
    // Inside a transaction: waits until no other transaction (of any instance) holds the lock called
    // name, and holds it until this one ends. Does nothing on SQLite, whose write transactions
    // already run one at a time.
    Result<void> lockUntilCommit(const QString &name);
    // Runs work in one transaction on the calling thread's connection: all of its writes, or none.
    Result<void> inTransaction(const std::function<Result<void>()> &work);

private:
    struct Connections;

    Database(SqlDialect dialect, QString location, QString baseName);
    static Result<void> applyConnectionSettings(QSqlDatabase &db, const SqlDialect &dialect);
    // Checks that db holds no one else's data and brings it to the newest schema.
    Result<void> migrate(QSqlDatabase &db, const QList<Migration> &migrations);

    SqlDialect m_dialect;
    QString m_location;
    QString m_baseName;
    int m_schemaVersion = 0;
    std::shared_ptr<Connections> m_connections;
};

} // namespace authdesk
