#include "testdatabase.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

QString uniqueName(const char *prefix)
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("%1_%2_%3_%4")
        .arg(QLatin1String(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// Databases on the PostgreSQL cluster are made once per test process and reused. CREATE DATABASE
// and DROP DATABASE each force a checkpoint (about a second on two busy cores) and the suites ask
// for several hundred databases; emptying the public schema of one that a finished test gave back
// takes milliseconds and leaves it as empty as a new one (the schema holds every object AuthDesk
// makes). What is left is dropped when the application object goes away.
class PostgresDatabasePool
{
public:
    static PostgresDatabasePool &instance()
    {
        static PostgresDatabasePool pool;
        return pool;
    }

    // The admin connection (to the cluster's maintenance database) the pool and TestDatabase use.
    QString adminConnection(const PostgresTarget &admin, QString *error)
    {
        if (!m_adminConnection.isEmpty())
            return m_adminConnection;
        const QString name = uniqueName("authdesk_test_admin");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setDatabaseName(admin.database);
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to AUTHDESK_TEST_PG_URL: ") + db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
        m_admin = admin;
        m_adminConnection = name;
        qAddPostRoutine(&PostgresDatabasePool::dropAll);
        return m_adminConnection;
    }

    // An empty database for one test: one given back earlier, emptied, or a new one.
    std::optional<PostgresTarget> take(QString *error)
    {
        while (!m_free.isEmpty()) {
            const QString database = m_free.takeLast();
            QString reuseError;
            if (empty(database, &reuseError))
                return target(database);
            qWarning("%s", qPrintable(reuseError));
            m_all.removeOne(database); // left for the cluster's removal; a fresh one follows
        }
        const QString database = uniqueName("authdesk_test");
        // FILE_COPY (PostgreSQL 15+) copies the small template faster than logging it page by page.
        if (!exec(m_adminConnection,
                QStringLiteral("CREATE DATABASE ") + database + QStringLiteral(" STRATEGY = FILE_COPY"), error))
            return std::nullopt;
        m_all.append(database);
        return target(database);
    }

    void giveBack(const QString &database) { m_free.append(database); }

private:
    PostgresTarget target(const QString &database) const
    {
        PostgresTarget t = m_admin;
        t.database = database;
        return t;
    }

    // Ends whatever connections a finished test left (a failed test may leave some), then drops
    // and recreates the public schema with everything in it.
    bool empty(const QString &database, QString *error)
    {
        if (!exec(m_adminConnection,
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '") + database
                    + QStringLiteral("' AND pid <> pg_backend_pid()"),
                error)
            // A test may have given the database to another role.
            || !exec(m_adminConnection,
                QStringLiteral("ALTER DATABASE ") + database + QStringLiteral(" OWNER TO CURRENT_USER"), error))
            return false;
        const QString name = uniqueName("authdesk_test_reset");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_admin.host);
            db.setPort(m_admin.port);
            db.setUserName(m_admin.user);
            db.setDatabaseName(database);
            if (!db.open())
                *error = QStringLiteral("cannot reuse ") + database + QStringLiteral(": ") + db.lastError().text();
            else
                // As a new database has it (PostgreSQL 15): owned by the database's owner, usable by all.
                ok = exec(name, QStringLiteral("SET client_min_messages = warning"), error)
                    && exec(name, QStringLiteral("DROP SCHEMA public CASCADE"), error)
                    && exec(name, QStringLiteral("CREATE SCHEMA public AUTHORIZATION pg_database_owner"), error)
                    && exec(name, QStringLiteral("GRANT USAGE ON SCHEMA public TO PUBLIC"), error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static bool exec(const QString &connection, const QString &statement, QString *error)
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (query.exec(statement))
            return true;
        *error = statement + QStringLiteral(" failed: ") + query.lastError().text();
        return false;
    }

    static void dropAll()
    {
        PostgresDatabasePool &pool = instance();
        QString error;
        // FORCE: a test that failed half-way may still hold connections.
        for (const QString &database : std::as_const(pool.m_all))
            exec(pool.m_adminConnection,
                QStringLiteral("DROP DATABASE IF EXISTS ") + database + QStringLiteral(" WITH (FORCE)"), &error);
        pool.m_all.clear();
        pool.m_free.clear();
        QSqlDatabase::database(pool.m_adminConnection, false).close();
        QSqlDatabase::removeDatabase(pool.m_adminConnection);
        pool.m_adminConnection.clear();
    }

    PostgresTarget m_admin;
    QString m_adminConnection;
    QStringList m_all;
    QStringList m_free;
};

} // namespace

bool TestDatabase::usesPostgres()
{
    return qEnvironmentVariable("AUTHDESK_TEST_ENGINE") == QLatin1String("postgres");
}

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    if (!usesPostgres())
        return;
    const QString url = qEnvironmentVariable("AUTHDESK_TEST_PG_URL");
    if (url.isEmpty()) {
        m_error = QStringLiteral("AUTHDESK_TEST_ENGINE=postgres needs AUTHDESK_TEST_PG_URL, the URL of a PostgreSQL "
                                 "server the test may create databases on (scripts/test starts one and sets it)");
        return;
    }
    const Result<PostgresTarget> admin = DatabaseUrl::parse(url);
    if (!admin) {
        m_error = QStringLiteral("AUTHDESK_TEST_PG_URL: ") + admin.error().message();
        return;
    }
    PostgresDatabasePool &pool = PostgresDatabasePool::instance();
    if (pool.adminConnection(*admin, &m_error).isEmpty())
        return;
    m_target = pool.take(&m_error);
}

TestDatabase::~TestDatabase()
{
    if (m_target)
        PostgresDatabasePool::instance().giveBack(m_target->database);
}

QSqlDatabase TestDatabase::addIndependentConnection(const QString &name) const
{
    if (!m_target) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_target->host);
    db.setPort(m_target->port);
    db.setUserName(m_target->user);
    db.setDatabaseName(m_target->database);
    return db;
}

QString TestDatabase::sqlitePath() const
{
    return m_dir.filePath(QStringLiteral("authdesk.sqlite"));
}

Result<std::unique_ptr<Database>> TestDatabase::open()
{
    if (!isValid())
        return Error::storageUnavailable(m_error);
    return m_target ? Database::openPostgres(*m_target) : Database::openSqlite(sqlitePath());
}

Result<std::unique_ptr<Database>> TestDatabase::open(const QList<Migration> &migrations)
{
    if (!isValid())
        return Error::storageUnavailable(m_error);
    return m_target ? Database::openPostgres(*m_target, migrations) : Database::openSqlite(sqlitePath(), migrations);
}

QString OpenedTestDatabase::open()
{
    m_data = std::make_unique<TestDatabase>();
    if (!m_data->isValid())
        return m_data->error();
    Result<std::unique_ptr<Database>> opened = m_data->open();
    if (!opened)
        return opened.error().message();
    m_database = std::move(opened).value();
    return {};
}

void OpenedTestDatabase::close()
{
    m_database.reset();
    m_data.reset();
}

} // namespace authdesk
