#pragma once

#include "domain/result.h"
#include "storage/databaseurl.h"
#include "storage/migration.h"
#include "tempdir.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace authdesk {

class Database;

// The database one test runs on, on the engine the test run asks for. By default a SQLite file in a
// temporary folder; with AUTHDESK_TEST_ENGINE=postgres an empty database of its own on the cluster at
// AUTHDESK_TEST_PG_URL (scripts/test starts one): made for this test or emptied after an earlier
// test of the same process gave it back, and dropped when the process ends.
// Without AUTHDESK_TEST_PG_URL a postgres run fails with a message instead of quietly using SQLite.
class TestDatabase
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    TestDatabase();
    ~TestDatabase();

    static bool usesPostgres();

    // False when the temporary folder or the PostgreSQL database could not be made; error() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Opens (and migrates) the database; every call opens the same data again, as another
    // AuthDesk instance would.
    Result<std::unique_ptr<Database>> open();
    Result<std::unique_ptr<Database>> open(const QList<Migration> &migrations);

    // A plain Qt connection named `name` to the same data, for checks that must not trust the
    // repositories under test. The caller closes it and removes it with QSqlDatabase::removeDatabase().
    QSqlDatabase addIndependentConnection(const QString &name) const;

    // The SQLite file (SQLite runs only).
    QString sqlitePath() const;
    // Where the PostgreSQL database is (postgres runs only).
    std::optional<PostgresTarget> postgresTarget() const { return m_target; }

private:
    TempDir m_dir;
    std::optional<PostgresTarget> m_target;
    QString m_error;
};

// A fresh test database, opened: what most storage suites set up in init() and drop in cleanup().
class OpenedTestDatabase
{
public:
    // Empty when the database is open; otherwise what went wrong.
    QString open();
    // The connection first, then the data under it.
    void close();

    TestDatabase &data() { return *m_data; }
    Database &database() { return *m_database; }

private:
    std::unique_ptr<TestDatabase> m_data;
    std::unique_ptr<Database> m_database;
};

} // namespace authdesk
