#include "serveprocess.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

const QString WrongPassword = QStringLiteral("not-the-Pa55word");

} // namespace

// `authdesk serve --db-url` against the PostgreSQL cluster that scripts/test starts.
class TestServePostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badUrlExitsTwo_data();
    void badUrlExitsTwo();
    void unreachableServerExitsTwo();
    void wrongPasswordExitsTwoWithoutThePassword();
    void servesWithPasswordFromEnvironmentOrPgpass_data();
    void servesWithPasswordFromEnvironmentOrPgpass();

private:
    QProcessEnvironment environment() const;
    // The arguments `serve` always gets here: a free port and the key file.
    QStringList serveArguments() const;
    // `authdesk serve ...` that is expected to exit on its own.
    ProcessResult run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return runProcess(
            authDeskBinary(), QStringList { QStringLiteral("serve") } + serveArguments() + arguments, env, 60000);
    }

    QString m_passwordUrl;
    QString m_password;
    std::unique_ptr<TempDir> m_dir;
};

void TestServePostgres::initTestCase()
{
    QVERIFY2(!authDeskBinary().isEmpty(), "AUTHDESK_BINARY must name the authdesk executable (ctest sets it)");
    m_passwordUrl = qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD_URL");
    m_password = qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD");
    QVERIFY2(
        !m_passwordUrl.isEmpty() && !m_password.isEmpty() && !qEnvironmentVariable("AUTHDESK_TEST_PG_URL").isEmpty(),
        "AUTHDESK_TEST_PG_URL, AUTHDESK_TEST_PG_PASSWORD_URL and AUTHDESK_TEST_PG_PASSWORD must name a PostgreSQL "
        "cluster and a role with a password (scripts/test starts one with scripts/lib/pg-cluster.sh)");
}

void TestServePostgres::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
}

void TestServePostgres::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestServePostgres::environment() const
{
    QProcessEnvironment env = environmentWithHome(m_dir->filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("PGPASSWORD"));
    return env;
}

QStringList TestServePostgres::serveArguments() const
{
    return { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key-file"),
        m_dir->filePath(QStringLiteral("kek.key")) };
}

void TestServePostgres::badUrlExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("other scheme") << QStringList { QStringLiteral("--db-url"), QStringLiteral("mysql://u@h/d") }
                                  << "--db-url: The database URL must start with postgresql://, not mysql://.";
    QTest::newRow("password in url") << QStringList { QStringLiteral("--db-url"),
        QStringLiteral("postgresql://u:") + WrongPassword + QStringLiteral("@h/d") }
                                     << "must not contain a password";
    QTest::newRow("no database") << QStringList { QStringLiteral("--db-url"), QStringLiteral("postgresql://u@h") }
                                 << "names no database";
    QTest::newRow("with --db") << QStringList { QStringLiteral("--db-url"), QStringLiteral("postgresql://u@h/d"),
        QStringLiteral("--db"), QStringLiteral("a.sqlite") }
                               << "--db and --db-url cannot be used together";
}

void TestServePostgres::badUrlExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessResult finished = run(arguments, environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(message), qPrintable(finished.err));
    QVERIFY(!finished.err.contains(WrongPassword));
    QCOMPARE(finished.out, QString());
}

void TestServePostgres::unreachableServerExitsTwo()
{
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    const QString url = QStringLiteral("postgresql://authdesk@127.0.0.1:%1/authdesk").arg(closedPort);
    const ProcessResult finished = run({ QStringLiteral("--db-url"), url }, environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(url + QStringLiteral(" cannot be opened:")), qPrintable(finished.err));
    QVERIFY2(finished.err.contains(QLatin1String("refused")), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
}

void TestServePostgres::wrongPasswordExitsTwoWithoutThePassword()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PGPASSWORD"), WrongPassword);
    const ProcessResult finished = run({ QStringLiteral("--db-url"), m_passwordUrl }, env);
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(QLatin1String("password authentication failed")), qPrintable(finished.err));
    QVERIFY(!finished.err.contains(WrongPassword));
    QVERIFY(!finished.err.contains(m_password));
    QCOMPARE(finished.out, QString());
}

void TestServePostgres::servesWithPasswordFromEnvironmentOrPgpass_data()
{
    QTest::addColumn<bool>("pgpass");
    QTest::newRow("PGPASSWORD") << false;
    QTest::newRow("~/.pgpass") << true;
}

void TestServePostgres::servesWithPasswordFromEnvironmentOrPgpass()
{
    QFETCH(bool, pgpass);
    // A fresh database owned by the password role, so that it may create AuthDesk's tables.
    TestDatabase testDatabase;
    QVERIFY2(testDatabase.isValid(), qPrintable(testDatabase.error()));
    QVERIFY(testDatabase.postgresTarget());
    const QString database = testDatabase.postgresTarget()->database;
    {
        QSqlDatabase admin = testDatabase.addIndependentConnection(QStringLiteral("owner"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        QVERIFY2(query.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO authdesk_password").arg(database)),
            qPrintable(query.lastError().text()));
        query.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    QUrl url(m_passwordUrl);
    url.setPath(QLatin1Char('/') + database);

    QProcessEnvironment env = environment();
    if (pgpass) {
        QFile file(m_dir->filePath(QStringLiteral("home/.pgpass")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:*:authdesk_password:%2\n").arg(url.port()).arg(m_password).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // libpq ignores a readable one
    } else {
        env.insert(QStringLiteral("PGPASSWORD"), m_password);
    }

    ServeProcess serve;
    QVERIFY(serve.start(serveArguments() + QStringList { QStringLiteral("--db-url"), url.toString() }, env, 60000));
    QCOMPARE(serve.http().get(QStringLiteral("/health")).status, 200);

    const ProcessResult stopped = serve.stop(SIGTERM, 30000);
    QVERIFY(stopped.ok);
    QCOMPARE(stopped.exitCode, 0);
    QVERIFY(!stopped.err.contains(m_password));
}

QTEST_GUILESS_MAIN(TestServePostgres)
#include "tst_servepostgres.moc"
