// `authdesk serve --seed FILE` and the key-encryption key options (spec sections 7 and 10), driven
// through the real executable: a seed is imported once, an invalid one is refused whole with the
// field named and exit status 2, and a key file is created 0600 and refused when others can read it.

#include "files.h"
#include "serveprocess.h"
#include "tempdir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <memory>
#include <sys/stat.h>

using namespace authdesk;

namespace {

const QByteArray ExampleSeed
    = "{\n"
      "  \"applications\": [\n"
      "    {\"name\": \"Web shop\", \"type\": \"marketplace\",\n"
      "     \"client_id\": \"8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11\", \"client_secret\": \"optional-plain-secret\",\n"
      "     \"grants\": [\"client_credentials\", \"password\", \"refresh_token\", \"token_exchange\"],\n"
      "     \"access_token_ttl\": 900, \"refresh_token_ttl\": 15552000, \"refresh_grace\": 30,\n"
      "     \"cors_origins\": [\"http://localhost:3000\"]},\n"
      "    {\"name\": \"Nightly sync\", \"type\": \"integration\",\n"
      "     \"client_id\": \"2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44\", \"client_secret\": \"another-plain-secret\"}\n"
      "  ],\n"
      "  \"users\": [\n"
      "    {\"email\": \"joe@example.com\", \"password\": \"secret pass&=+\", \"display_name\": \"Joe Tester\"}\n"
      "  ]\n"
      "}";

const QByteArray Market = "8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11";
const QByteArray Integ = "2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44";
const QByteArray JoeLogin
    = "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&client_id=" + Market;

const QString TokenPath = QStringLiteral("/v1/auth/token");

} // namespace

class TestSeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exampleSeedIsImportedOnce();
    void identityProvidersAndVerifiedEmailsAreImported();
    void invalidSeedIsRejectedWhole_data();
    void invalidSeedIsRejectedWhole();
    void invalidSeedLeavesNoLogin();
    void withoutKeyFileOrKeychainServeExplains();
    void keyFileReadableByOthersIsRefused();

private:
    QProcessEnvironment environment() const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeSeed(const QByteArray &json);
    // The arguments of `authdesk serve` on this test's database and key file.
    QStringList serveArguments(const QString &seed = {}) const;
    // `authdesk serve ...` that is expected to exit on its own.
    ProcessResult runServe(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return runProcess(authDeskBinary(), QStringList { QStringLiteral("serve") } + arguments, env, 20000);
    }
    // Rows of a table of the database file, read by the test itself; 0 when there is no file.
    int rows(const QString &table);

    std::unique_ptr<TempDir> m_dir;
};

void TestSeed::initTestCase()
{
    QVERIFY2(!authDeskBinary().isEmpty(), "AUTHDESK_BINARY must name the authdesk executable (ctest sets it)");
    QVERIFY2(QFileInfo(authDeskBinary()).isExecutable(), qPrintable(authDeskBinary()));
}

void TestSeed::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY(m_dir->isValid());
}

void TestSeed::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestSeed::environment() const
{
    QProcessEnvironment env = environmentWithHome(path(QStringLiteral("home")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

QString TestSeed::writeSeed(const QByteArray &json)
{
    const QString file = path(QStringLiteral("seed-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return {};
    return file;
}

QStringList TestSeed::serveArguments(const QString &seed) const
{
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
        path(QStringLiteral("a.sqlite")), QStringLiteral("--key-file"), path(QStringLiteral("kek")) };
    if (!seed.isEmpty())
        arguments << QStringLiteral("--seed") << seed;
    return arguments;
}

int TestSeed::rows(const QString &table)
{
    const QString file = path(QStringLiteral("a.sqlite"));
    if (!QFileInfo::exists(file))
        return 0;
    int count = -1;
    const QString name = QStringLiteral("seed-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void TestSeed::exampleSeedIsImportedOnce()
{
    const QString seed = writeSeed(ExampleSeed);
    QVERIFY(!seed.isEmpty());
    {
        ServeProcess serve;
        QVERIFY(serve.start(serveArguments(seed), environment()));
        const HttpReply login = serve.http().postForm(TokenPath, JoeLogin);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QLatin1String("scope")).toString(), QStringLiteral("user"));
        QVERIFY(!login.json().value(QLatin1String("refresh_token")).toString().isEmpty());
        // The seeded integration secret works too; the plain secret was hashed on import.
        QCOMPARE(serve.http()
                     .postForm(TokenPath,
                         "grant_type=client_credentials&client_id=" + Integ + "&client_secret=another-plain-secret")
                     .status,
            200);
        QCOMPARE(serve.http()
                     .postForm(TokenPath, "grant_type=client_credentials&client_id=" + Integ + "&client_secret=wrong")
                     .status,
            401);
        const ProcessResult stopped = serve.stop();
        QVERIFY(stopped.ok);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(QLatin1String("2 application(s) and 1 test user(s) created")),
            qPrintable(stopped.err));
        QVERIFY(!stopped.out.contains(QLatin1String("listening on"))); // exactly one such line, already read
    }
    // The key file was created for the owner only.
    QCOMPARE(fileMode(path(QStringLiteral("kek"))), 0600);
    QCOMPARE(QFileInfo(path(QStringLiteral("kek"))).size(), qint64(32));
    QCOMPARE(rows(QStringLiteral("applications")), 2);
    QCOMPARE(rows(QStringLiteral("test_users")), 1);

    // The same seed again creates nothing and changes nothing.
    {
        ServeProcess serve;
        QVERIFY(serve.start(serveArguments(seed), environment()));
        QCOMPARE(serve.http().postForm(TokenPath, JoeLogin).status, 200);
        const ProcessResult stopped = serve.stop();
        QVERIFY(stopped.ok);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QVERIFY2(
            stopped.err.contains(QLatin1String("0 application(s) and 0 test user(s) created, 2 and 1 already there")),
            qPrintable(stopped.err));
    }
    QCOMPARE(rows(QStringLiteral("applications")), 2);
    QCOMPARE(rows(QStringLiteral("test_users")), 1);
}

void TestSeed::identityProvidersAndVerifiedEmailsAreImported()
{
    const QString seed = writeSeed(R"({
  "users": [{"email": "joe@example.com", "password": "secret pass&=+"},
            {"email": "ann@example.com", "password": "secret pass", "email_verified": false}],
  "identity_providers": [{"idp_id": "google", "name": "Google", "issuer": "https://accounts.google.com",
                          "client_id": "web", "trusted_client_ids": ["ios", "android"]},
                         {"idp_id": "sso", "name": "SSO", "issuer": "http://127.0.0.1:9999/", "client_id": "web",
                          "jwks_uri": "http://127.0.0.1:9999/keys"}]
})");
    QVERIFY(!seed.isEmpty());
    for (int round = 0; round < 2; ++round) { // the second import finds everything there
        ServeProcess serve;
        QVERIFY(serve.start(serveArguments(seed), environment()));
        const ProcessResult stopped = serve.stop();
        QVERIFY(stopped.ok);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
    }
    QCOMPARE(rows(QStringLiteral("identity_providers")), 2);
    QCOMPARE(rows(QStringLiteral("identity_providers WHERE trusted_client_ids = 'ios\nandroid'")), 1);
    QCOMPARE(rows(QStringLiteral("identity_providers WHERE jwks_uri = 'http://127.0.0.1:9999/keys'")), 1);
    QCOMPARE(rows(QStringLiteral("test_users WHERE email_verified = 0")), 1);
    QCOMPARE(rows(QStringLiteral("test_users WHERE email_verified = 1")), 1);
}

void TestSeed::invalidSeedIsRejectedWhole_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QString>("names"); // what the message must name

    const QByteArray goodApp
        = R"({"name": "Web shop", "type": "marketplace", "client_id": "8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11"})";
    const QByteArray goodUser = R"({"email": "joe@example.com", "password": "secret pass&=+"})";
    const auto seed = [&](const QByteArray &apps, const QByteArray &users) {
        return QByteArray(R"({"applications": [)" + apps + R"(], "users": [)" + users + "]}");
    };

    QTest::newRow("not JSON") << QByteArray("{\"applications\": [" + goodApp + ",") << QStringLiteral("JSON");
    QTest::newRow("bogus type") << seed(goodApp + R"(, {"name": "Sync", "type": "bogus"})", goodUser)
                                << QStringLiteral("applications[1].type");
    QTest::newRow("user with an empty password")
        << seed(goodApp, R"({"email": "ann@example.com", "password": ""}, )" + goodUser)
        << QStringLiteral("users[0].password");
    QTest::newRow("unknown field grant") << seed(
        R"({"name": "Web shop", "type": "marketplace", "grant": ["password"]})", goodUser)
                                         << QStringLiteral("applications[0].grant");
    QTest::newRow("client_id not a UUID")
        << seed(R"({"name": "Web shop", "type": "marketplace", "client_id": "web-shop"})", goodUser)
        << QStringLiteral("applications[0].client_id");
    QTest::newRow("refresh_grace 301") << seed(
        goodApp + R"(, {"name": "Other", "type": "marketplace", "refresh_grace": 301})", goodUser)
                                       << QStringLiteral("applications[1].refresh_grace");
    QTest::newRow("grant not for integration") << seed(
        goodApp + R"(, {"name": "Sync", "type": "integration", "grants": ["client_credentials", "password"]})",
        goodUser) << QStringLiteral("applications[1].grants[1]");
    const auto withIdps = [&](const QByteArray &providers) {
        return QByteArray(R"({"applications": [)" + goodApp + R"(], "users": [)" + goodUser
            + R"(], "identity_providers": [)" + providers + "]}");
    };
    const QByteArray goodIdp
        = R"({"idp_id": "google", "name": "Google", "issuer": "https://accounts.google.com", "client_id": "c"})";
    QTest::newRow("idp_id with capitals") << withIdps(
        R"({"idp_id": "Google", "name": "Google", "issuer": "https://accounts.google.com", "client_id": "c"})")
                                          << QStringLiteral("identity_providers[0]: idp_id");
    QTest::newRow("issuer not a URL") << withIdps(
        goodIdp + R"(, {"idp_id": "sso", "name": "SSO", "issuer": "sso.example", "client_id": "c"})")
                                      << QStringLiteral("identity_providers[1]: issuer");
    QTest::newRow("idp without client_id")
        << withIdps(R"({"idp_id": "sso", "name": "SSO", "issuer": "https://sso.example"})")
        << QStringLiteral("identity_providers[0].client_id");
    QTest::newRow("trusted_client_ids not a list") << withIdps(
        R"({"idp_id": "sso", "name": "SSO", "issuer": "https://sso.example", "client_id": "c", "trusted_client_ids": "x"})")
                                                   << QStringLiteral("identity_providers[0].trusted_client_ids");
    QTest::newRow("idp repeats an idp_id")
        << withIdps(goodIdp + ", " + goodIdp) << QStringLiteral("identity_providers[1].idp_id");
    QTest::newRow("email_verified not a boolean")
        << seed(goodApp, R"({"email": "ann@example.com", "password": "pw", "email_verified": "yes"})")
        << QStringLiteral("users[0].email_verified");
    QTest::newRow("marketplace_url not a URL") << seed(
        goodApp + R"(, {"name": "Other", "type": "marketplace", "marketplace_url": "localhost:3000"})", goodUser)
                                               << QStringLiteral("applications[1].marketplace_url");
    QTest::newRow("marketplace_url with a query") << seed(
        goodApp + R"(, {"name": "Other", "type": "marketplace", "marketplace_url": "http://shop.test/?a=1"})", goodUser)
                                                  << QStringLiteral("applications[1].marketplace_url");
    QTest::newRow("environment prod") << seed(
        goodApp + R"(, {"name": "Other", "type": "marketplace", "environment": "prod"})", goodUser)
                                      << QStringLiteral("applications[1].environment");
    QTest::newRow("login_as_auto_approve a string")
        << seed(goodApp + R"(, {"name": "Other", "type": "marketplace", "login_as_auto_approve": "yes"})", goodUser)
        << QStringLiteral("applications[1].login_as_auto_approve");
    QTest::newRow("marketplace_url on integration") << seed(
        goodApp + R"(, {"name": "Sync", "type": "integration", "marketplace_url": "http://localhost:3000"})", goodUser)
                                                    << QStringLiteral("applications[1].marketplace_url");
    QTest::newRow("second user repeats the first")
        << seed(goodApp, goodUser + R"(, {"email": "JOE@example.com", "password": "another"})")
        << QStringLiteral("users[1].email");
}

void TestSeed::invalidSeedIsRejectedWhole()
{
    QFETCH(QByteArray, seed);
    QFETCH(QString, names);
    const QString file = writeSeed(seed);
    QVERIFY(!file.isEmpty());

    const ProcessResult finished = runServe(serveArguments(file), environment());
    QVERIFY2(finished.ok, "serve did not exit on its own");
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(!finished.out.contains(QLatin1String("listening on")), qPrintable(finished.out));
    QVERIFY2(finished.err.contains(names), qPrintable(finished.err));
    // One clear message (other stderr lines are the log's "authdesk.<category>: ..." lines).
    QStringList messages;
    for (const QString &line : finished.err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("authdesk: ")))
            messages << line;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(names), qPrintable(messages.first()));
    // Nothing of the seed was imported, not even the valid entries before the bad one.
    QCOMPARE(rows(QStringLiteral("applications")), 0);
    QCOMPARE(rows(QStringLiteral("test_users")), 0);
}

void TestSeed::invalidSeedLeavesNoLogin()
{
    // The user is valid, the second application is not: the user must not be importable on its own.
    const QString bad = writeSeed(QByteArray(ExampleSeed).replace("\"type\": \"integration\"", "\"type\": \"bogus\""));
    QVERIFY(!bad.isEmpty());
    const ProcessResult refused = runServe(serveArguments(bad), environment());
    QVERIFY(refused.ok);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("applications[1].type")), qPrintable(refused.err));

    ServeProcess serve;
    QVERIFY(serve.start(serveArguments(), environment()));
    const HttpReply login = serve.http().postForm(TokenPath, JoeLogin);
    QCOMPARE(login.status, 401);
    QCOMPARE(login.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client")); // no such app
    const ProcessResult stopped = serve.stop();
    QVERIFY(stopped.ok);
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
}

void TestSeed::withoutKeyFileOrKeychainServeExplains()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    // A KDE session would make QtKeychain try KWallet instead of the Secret Service.
    env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    env.remove(QStringLiteral("DESKTOP_SESSION"));
    env.remove(QStringLiteral("KDE_FULL_SESSION"));
    const ProcessResult finished = runServe(
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), path(QStringLiteral("a.sqlite")) },
        env);
    QVERIFY2(finished.ok, "serve did not exit on its own");
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(QLatin1String("--key-file")), qPrintable(finished.err));
    QVERIFY(!finished.out.contains(QLatin1String("listening on")));
    // It gave up on the missing bus's answer, not after the keychain's job timeout.
    QVERIFY2(finished.err.contains(QLatin1String("answered \"")), qPrintable(finished.err));
    QVERIFY2(!finished.err.contains(QLatin1String("did not answer")), qPrintable(finished.err));
}

void TestSeed::keyFileReadableByOthersIsRefused()
{
    const QString key = path(QStringLiteral("kek"));
    {
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(QByteArray(32, 'k')), qint64(32));
    }
    QVERIFY(::chmod(QFile::encodeName(key).constData(), 0644) == 0);

    const ProcessResult finished = runServe(serveArguments(writeSeed(ExampleSeed)), environment());
    QVERIFY2(finished.ok, "serve did not exit on its own");
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(QLatin1String("chmod")), qPrintable(finished.err));
    QVERIFY(!finished.out.contains(QLatin1String("listening on")));
    QCOMPARE(fileMode(key), 0644); // AuthDesk does not quietly change it
    QCOMPARE(rows(QStringLiteral("test_users")), 0); // and imported nothing
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
