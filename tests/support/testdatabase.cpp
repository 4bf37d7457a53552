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
    m_adminConnection = uniqueName("authdesk_test_admin");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    db.setHostName(admin->host);
    db.setPort(admin->port);
    db.setUserName(admin->user);
    db.setDatabaseName(admin->database);
    if (!db.open()) {
        m_error = QStringLiteral("cannot connect to AUTHDESK_TEST_PG_URL: ") + db.lastError().text();
        return;
    }
    PostgresTarget target = *admin;
    // FILE_COPY (PostgreSQL 15+) copies the small template faster than logging it page by page.
    target.database = uniqueName("authdesk_test");
    if (!runAdmin(QStringLiteral("CREATE DATABASE ") + target.database + QStringLiteral(" STRATEGY = FILE_COPY")))
        return;
    m_target = target;
}

TestDatabase::~TestDatabase()
{
    if (m_adminConnection.isEmpty())
        return;
    // FORCE: a test that failed half-way may still hold connections; they must not keep the database.
    if (m_target)
        runAdmin(QStringLiteral("DROP DATABASE IF EXISTS ") + m_target->database + QStringLiteral(" WITH (FORCE)"));
    QSqlDatabase::database(m_adminConnection, false).close();
    QSqlDatabase::removeDatabase(m_adminConnection);
}

bool TestDatabase::runAdmin(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_adminConnection, false));
    if (query.exec(statement))
        return true;
    m_error = statement + QStringLiteral(" failed: ") + query.lastError().text();
    qWarning("%s", qPrintable(m_error));
    return false;
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

} // namespace authdesk
