#pragma once

#include "domain/result.h"
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

    ~Database();

    const SqlDialect &dialect() const { return m_dialect; }
    // Where the data lives, for people: a file path.
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection();
    // Answers whether the calling thread's connection can run a query right now.
    Result<void> ping();
    // Runs work in one transaction on the calling thread's connection: all of its writes, or none.
    Result<void> inTransaction(const std::function<Result<void>()> &work);

private:
    struct Connections;

    Database(SqlDialect dialect, QString location, QString baseName);
    static Result<void> applyConnectionSettings(QSqlDatabase &db, const SqlDialect &dialect);

    SqlDialect m_dialect;
    QString m_location;
    QString m_baseName;
    int m_schemaVersion = 0;
    std::shared_ptr<Connections> m_connections;
};

} // namespace authdesk
