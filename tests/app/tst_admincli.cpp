// The admin CLI (`authdesk app|user|sessions|export`), driven through the real executable on the
// engine the run asks for: exit statuses 0/1/2 with one line on stderr, --json outputs field by
// field, the audit actor, a revocation seen at once by a running `serve` on the same database, and
// export -> `serve --seed` recreating the same applications, users and identity providers.

#include "serveprocess.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <memory>
#include <sys/stat.h>

using namespace authdesk;

namespace {

const QString Market = QStringLiteral("8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11");
const QString Integ = QStringLiteral("2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44");
const QString TokenPath = QStringLiteral("/v1/auth/token");

// Every field an export can hold, with values other than the defaults (defined at the end: moc
// misreads raw strings before the class).
QByteArray richSeed();

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

// The lines of stderr that are messages, not the log's "authdesk.<category>: ..." lines.
QStringList messages(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("authdesk: ")))
            lines << line;
    }
    return lines;
}

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return object;
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void applicationCommands();
    void applicationCommandsRefuseBadInput_data();
    void applicationCommandsRefuseBadInput();
    void userCommands();
    void changesAreAuditedWithTheAccountName();
    void revocationIsSeenByRunningServe();
    void applicationChangesAreSeenByRunningServe();
    void sessionCommandsRefuseBadInput();
    void exportRecreatesTheSameDatabase();
    void worksWithoutKeychainOrKeyFile();
    void clockCommands();
    void faultCommands();
    void faultCommandsRefuseBadInput_data();
    void faultCommandsRefuseBadInput();
    void testControlsAreSeenByRunningServe();

private:
    QProcessEnvironment environment() const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QStringList databaseArguments(const TestDatabase &database);
    // `authdesk arguments... <this test's database>`, run to its end.
    ProcessResult cli(const QStringList &arguments, const TestDatabase *database = nullptr) const;
    // The same with --json, expecting exit status 0 and JSON on stdout.
    QJsonDocument cliJson(const QStringList &arguments, const TestDatabase *database = nullptr) const;
    // Expects the exit status and one message line on stderr that contains text.
    void expectFailure(const QStringList &arguments, int status, const QString &text) const;
    // `serve --seed` of the file into database, then stops.
    void seed(const QByteArray &json, const TestDatabase &database);
    bool startServe(ServeProcess &serve, const QString &seedFile = {});
    QString writeFile(const QByteArray &bytes);
    QByteArray login(ServeProcess &serve);

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
};

void TestAdminCli::initTestCase()
{
    QVERIFY2(!authDeskBinary().isEmpty(), "AUTHDESK_BINARY must name the authdesk executable (ctest sets it)");
}

void TestAdminCli::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void TestAdminCli::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QProcessEnvironment TestAdminCli::environment() const
{
    QProcessEnvironment env = environmentWithHome(path(QStringLiteral("home")));
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
    return env;
}

QStringList TestAdminCli::databaseArguments(const TestDatabase &database)
{
    if (database.postgresTarget())
        return { QStringLiteral("--db-url"), database.postgresTarget()->displayName() };
    return { QStringLiteral("--db"), database.sqlitePath() };
}

ProcessResult TestAdminCli::cli(const QStringList &arguments, const TestDatabase *database) const
{
    return runProcess(authDeskBinary(), arguments + databaseArguments(database ? *database : *m_db), environment());
}

QJsonDocument TestAdminCli::cliJson(const QStringList &arguments, const TestDatabase *database) const
{
    const ProcessResult result = cli(arguments + QStringList { QStringLiteral("--json") }, database);
    const QString what = arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err;
    if (!result.ok || result.exitCode != 0) {
        qWarning().noquote() << "failed:" << what;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << what << result.out;
    return document;
}

void TestAdminCli::expectFailure(const QStringList &arguments, int status, const QString &text) const
{
    const ProcessResult result = cli(arguments);
    const QString what = arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + result.err;
    QVERIFY2(result.ok, qPrintable(what));
    QVERIFY2(result.exitCode == status, qPrintable(QStringLiteral("status %1: ").arg(result.exitCode) + what));
    const QStringList lines = messages(result.err);
    QVERIFY2(lines.size() == 1, qPrintable(what));
    QVERIFY2(lines.constFirst().contains(text), qPrintable(what));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
}

QString TestAdminCli::writeFile(const QByteArray &bytes)
{
    const QString file = path(QStringLiteral("file-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return file;
}

bool TestAdminCli::startServe(ServeProcess &serve, const QString &seedFile)
{
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key-file"),
        path(QStringLiteral("kek")) };
    arguments += databaseArguments(*m_db);
    if (!seedFile.isEmpty())
        arguments << QStringLiteral("--seed") << seedFile;
    return serve.start(arguments, environment(), 60000);
}

void TestAdminCli::seed(const QByteArray &json, const TestDatabase &database)
{
    const QString file = writeFile(json);
    QVERIFY(!file.isEmpty());
    ServeProcess serve;
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key-file"),
        path(QStringLiteral("kek")), QStringLiteral("--seed"), file };
    QVERIFY(serve.start(arguments + databaseArguments(database), environment(), 60000));
    const ProcessResult stopped = serve.stop(SIGTERM, 30000);
    QVERIFY(stopped.ok);
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
}

QByteArray TestAdminCli::login(ServeProcess &serve)
{
    const HttpReply reply = serve.http().postForm(TokenPath,
        "grant_type=password&username=joe%40example.com&password=joe%20password&client_id=" + Market.toLatin1());
    if (reply.status != 200)
        return {};
    return reply.json().value(QLatin1String("refresh_token")).toString().toLatin1();
}

void TestAdminCli::applicationCommands()
{
    // create prints the client ID and, once, the secret.
    const QJsonObject market
        = cliJson({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("--name"),
                      QStringLiteral(" Web shop "), QStringLiteral("--type"), QStringLiteral("marketplace") })
              .object();
    QVERIFY(!QUuid::fromString(market.value(QLatin1String("client_id")).toString()).isNull());
    QCOMPARE(market.value(QLatin1String("name")).toString(), QStringLiteral("Web shop"));
    QCOMPARE(market.value(QLatin1String("type")).toString(), QStringLiteral("marketplace"));
    QCOMPARE(market.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(market.value(QLatin1String("has_secret")).toBool(), true);
    QCOMPARE(market.value(QLatin1String("access_token_ttl")).toInt(), 900);
    QCOMPARE(market.value(QLatin1String("refresh_grace")).toInt(), 30);
    QCOMPARE(market.value(QLatin1String("environment")).toString(), QStringLiteral("dev"));
    QVERIFY(market.value(QLatin1String("grants")).toArray().contains(QStringLiteral("password")));
    QVERIFY(market.value(QLatin1String("client_secret")).toString().startsWith(QLatin1String("ads_")));
    QVERIFY(!market.value(QLatin1String("created_at")).toString().isEmpty());
    QVERIFY(market.value(QLatin1String("last_used_at")).isNull());

    const QJsonObject integ = cliJson(
        { QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Nightly sync"),
            QStringLiteral("--type"), QStringLiteral("integration"), QStringLiteral("--client-id"), Integ.toUpper() })
                                  .object();
    QCOMPARE(integ.value(QLatin1String("client_id")).toString(), Integ);
    QCOMPARE(integ.value(QLatin1String("type")).toString(), QStringLiteral("integration"));
    QCOMPARE(integ.value(QLatin1String("grants")).toArray(),
        QJsonArray({ QStringLiteral("client_credentials"), QStringLiteral("refresh_token") }));
    QVERIFY(!integ.contains(QLatin1String("environment"))); // marketplace applications only
    const QString secret = integ.value(QLatin1String("client_secret")).toString();
    QVERIFY(secret.startsWith(QLatin1String("ads_")));

    expectFailure({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Again"),
                      QStringLiteral("--type"), QStringLiteral("integration"), QStringLiteral("--client-id"), Integ },
        2, QStringLiteral("already exists"));

    // Without --json: the same, for people.
    const ProcessResult text = cli({ QStringLiteral("app"), QStringLiteral("show"), Integ });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(Integ) && text.out.contains(QLatin1String("Nightly sync")), qPrintable(text.out));

    // list and show: the same fields as create, without the secret.
    const QJsonArray list = cliJson({ QStringLiteral("app"), QStringLiteral("list") }).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject(), without(market, { QStringLiteral("client_secret") }));
    QCOMPARE(list.at(1).toObject(), without(integ, { QStringLiteral("client_secret") }));
    QCOMPARE(cliJson({ QStringLiteral("app"), QStringLiteral("show"), Integ }).object(), list.at(1).toObject());
    const ProcessResult listed = cli({ QStringLiteral("app"), QStringLiteral("list") });
    QVERIFY(!listed.out.contains(secret) && !listed.err.contains(secret));

    // rotate-secret: a new secret, the old one until the overlap ends (none with --overlap 0).
    const QJsonObject rotated = cliJson({ QStringLiteral("app"), QStringLiteral("rotate-secret"), Integ }).object();
    QVERIFY(rotated.value(QLatin1String("client_secret")).toString().startsWith(QLatin1String("ads_")));
    QVERIFY(rotated.value(QLatin1String("client_secret")).toString() != secret);
    QVERIFY(!rotated.value(QLatin1String("previous_secret_valid_until")).toString().isEmpty());
    const QJsonObject rotatedNow = cliJson({ QStringLiteral("app"), QStringLiteral("rotate-secret"), Integ,
                                               QStringLiteral("--overlap"), QStringLiteral("0") })
                                       .object();
    QVERIFY(!rotatedNow.contains(QLatin1String("previous_secret_valid_until")));

    // disable and enable, seen by show.
    QCOMPARE(cliJson({ QStringLiteral("app"), QStringLiteral("disable"), Integ })
                 .object()
                 .value(QLatin1String("enabled"))
                 .toBool(true),
        false);
    QCOMPARE(cliJson({ QStringLiteral("app"), QStringLiteral("show"), Integ })
                 .object()
                 .value(QLatin1String("enabled"))
                 .toBool(true),
        false);
    QCOMPARE(cliJson({ QStringLiteral("app"), QStringLiteral("enable"), Integ })
                 .object()
                 .value(QLatin1String("enabled"))
                 .toBool(false),
        true);

    // Not there: exit status 1.
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QString &command : { QStringLiteral("show"), QStringLiteral("rotate-secret"), QStringLiteral("disable"),
             QStringLiteral("enable") })
        expectFailure({ QStringLiteral("app"), command, unknown }, 1, unknown);
}

void TestAdminCli::applicationCommandsRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString app = QStringLiteral("app");
    const QString create = QStringLiteral("create");
    QTest::newRow("no name") << QStringList { app, create, QStringLiteral("--type"), QStringLiteral("marketplace") }
                             << QStringLiteral("--name");
    QTest::newRow("bad type") << QStringList { app, create, QStringLiteral("--name"), QStringLiteral("A"),
        QStringLiteral("--type"), QStringLiteral("web") }
                              << QStringLiteral("'web'");
    QTest::newRow("client ID not a UUID") << QStringList { app, create, QStringLiteral("--name"), QStringLiteral("A"),
        QStringLiteral("--type"), QStringLiteral("marketplace"), QStringLiteral("--client-id"),
        QStringLiteral("web-shop") } << QStringLiteral("UUID");
    QTest::newRow("unknown option") << QStringList { app, QStringLiteral("list"), QStringLiteral("--all") }
                                    << QStringLiteral("'all'");
    QTest::newRow("missing client ID") << QStringList { app, QStringLiteral("show") } << QStringLiteral("CLIENT_ID");
    QTest::newRow("extra argument") << QStringList { app, QStringLiteral("show"), Market, QStringLiteral("x") }
                                    << QStringLiteral("x");
    QTest::newRow("unknown command") << QStringList { app, QStringLiteral("delete") } << QStringLiteral("delete");
    QTest::newRow("no command") << QStringList { app } << QStringLiteral("create");
    QTest::newRow("negative overlap") << QStringList { app, QStringLiteral("rotate-secret"), Market,
        QStringLiteral("--overlap"), QStringLiteral("-5") }
                                      << QStringLiteral("overlap");
    QTest::newRow("db and db-url") << QStringList { app, QStringLiteral("list"), QStringLiteral("--db"),
        QStringLiteral("x.sqlite"), QStringLiteral("--db-url"), QStringLiteral("postgresql://u@h/d") }
                                   << QStringLiteral("--db-url");
}

void TestAdminCli::applicationCommandsRefuseBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    expectFailure(arguments, 2, message);
}

void TestAdminCli::userCommands()
{
    const QString joe = QStringLiteral("joe@example.com");
    const QJsonObject created = cliJson({ QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
                                            joe, QStringLiteral("--password"), QStringLiteral("joe password"),
                                            QStringLiteral("--display-name"), QStringLiteral("Joe Tester") })
                                    .object();
    QCOMPARE(created.value(QLatin1String("email")).toString(), joe);
    QCOMPARE(created.value(QLatin1String("display_name")).toString(), QStringLiteral("Joe Tester"));
    QCOMPARE(created.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QCOMPARE(created.value(QLatin1String("banned")).toBool(true), false);
    QCOMPARE(created.value(QLatin1String("email_verified")).toBool(false), true);
    QVERIFY(!QUuid::fromString(created.value(QLatin1String("id")).toString()).isNull());
    QVERIFY(created.value(QLatin1String("locked_until")).isNull());
    QVERIFY(!created.contains(QLatin1String("password"))); // given, so not printed back

    // Without --password, one is made and printed once.
    const QJsonObject ann = cliJson({ QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
                                        QStringLiteral("ann@example.com") })
                                .object();
    QVERIFY(ann.value(QLatin1String("password")).toString().size() >= 32);

    const QJsonArray list = cliJson({ QStringLiteral("user"), QStringLiteral("list") }).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject(), without(ann, { QStringLiteral("password") })); // by e-mail
    QCOMPARE(list.at(1).toObject(), created);

    const QJsonObject banned = cliJson({ QStringLiteral("user"), QStringLiteral("ban"), joe }).object();
    QCOMPARE(banned.value(QLatin1String("state")).toString(), QStringLiteral("banned"));
    QCOMPARE(banned.value(QLatin1String("banned")).toBool(), true);
    QCOMPARE(cliJson({ QStringLiteral("user"), QStringLiteral("unban"), QStringLiteral("JOE@example.com") })
                 .object()
                 .value(QLatin1String("state"))
                 .toString(),
        QStringLiteral("active"));
    QCOMPARE(cliJson({ QStringLiteral("user"), QStringLiteral("unlock"), joe })
                 .object()
                 .value(QLatin1String("state"))
                 .toString(),
        QStringLiteral("active"));

    const QJsonObject reset = cliJson({ QStringLiteral("user"), QStringLiteral("reset-password"), joe }).object();
    QCOMPARE(reset.value(QLatin1String("email")).toString(), joe);
    QCOMPARE(reset.value(QLatin1String("sessions_revoked")).toInt(-1), 0);
    QVERIFY(reset.value(QLatin1String("password")).toString().size() >= 32);
    const QJsonObject given = cliJson({ QStringLiteral("user"), QStringLiteral("reset-password"), joe,
                                          QStringLiteral("--password"), QStringLiteral("another one") })
                                  .object();
    QVERIFY(!given.contains(QLatin1String("password")));

    const QString nobody = QStringLiteral("nobody@example.com");
    for (const QString &command :
        { QStringLiteral("ban"), QStringLiteral("unban"), QStringLiteral("unlock"), QStringLiteral("reset-password") })
        expectFailure({ QStringLiteral("user"), command, nobody }, 1, nobody);
    expectFailure({ QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"), joe }, 2,
        QStringLiteral("exists"));
    expectFailure({ QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
                      QStringLiteral("not an e-mail") },
        2, QString());
    expectFailure({ QStringLiteral("user"), QStringLiteral("create") }, 2, QStringLiteral("--email"));
    expectFailure(
        { QStringLiteral("user"), QStringLiteral("reset-password"), joe, QStringLiteral("--password"), QString() }, 2,
        QString());
}

void TestAdminCli::changesAreAuditedWithTheAccountName()
{
    QCOMPARE(cli({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("A"),
                     QStringLiteral("--type"), QStringLiteral("integration"), QStringLiteral("--client-id"), Integ })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("app"), QStringLiteral("rotate-secret"), Integ }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
                     QStringLiteral("joe@example.com") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("user"), QStringLiteral("ban"), QStringLiteral("joe@example.com") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("app"), QStringLiteral("list") }).exitCode, 0); // reads are not audited

    QStringList audited;
    QString reasons;
    {
        QSqlDatabase db = m_db->addIndependentConnection(QStringLiteral("audit"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT actor, action, reason FROM audit_events ORDER BY id")));
        while (query.next()) {
            audited << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
            reasons += query.value(2).toString();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    QCOMPARE(audited,
        QStringList(
            { QStringLiteral("cli-tester application.create"), QStringLiteral("cli-tester application.rotate_secret"),
                QStringLiteral("cli-tester user.create"), QStringLiteral("cli-tester user.ban") }));
    QVERIFY(!reasons.contains(QLatin1String("ads_"))); // no secret in the audit log
}

void TestAdminCli::revocationIsSeenByRunningServe()
{
    ServeProcess serve;
    QVERIFY(startServe(serve, writeFile(richSeed())));
    const auto refresh = [&](const QByteArray &token) {
        return serve.http().postForm(
            TokenPath, "grant_type=refresh_token&refresh_token=" + token + "&client_id=" + Market.toLatin1());
    };
    const auto revoke = [&](const QString &option, const QString &value) {
        return cliJson({ QStringLiteral("sessions"), QStringLiteral("revoke"), option, value,
                           QStringLiteral("--reason"), QStringLiteral("support ticket 42") })
            .object()
            .value(QLatin1String("revoked"))
            .toInt(-1);
    };

    // --family: the session listed for the user.
    const QByteArray first = login(serve);
    QVERIFY(!first.isEmpty());
    QJsonArray sessions = cliJson({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--user"),
                                      QStringLiteral("joe@example.com") })
                              .array();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    QCOMPARE(session.value(QLatin1String("client_id")).toString(), Market);
    QCOMPARE(session.value(QLatin1String("user_email")).toString(), QStringLiteral("joe@example.com"));
    QCOMPARE(session.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    QCOMPARE(session.value(QLatin1String("state")).toString(), QStringLiteral("live"));
    QVERIFY(session.value(QLatin1String("revoked_at")).isNull());
    QCOMPARE(cliJson({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--app"), Market }).array(),
        sessions);
    QCOMPARE(revoke(QStringLiteral("--family"), session.value(QLatin1String("id")).toString()), 1);
    // invalid_grant is 401 here, so the SDK falls back to an anonymous token (spec section 8).
    HttpReply refused = refresh(first);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    const QJsonObject revoked
        = cliJson({ QStringLiteral("sessions"), QStringLiteral("list") }).array().at(0).toObject();
    QCOMPARE(revoked.value(QLatin1String("state")).toString(), QStringLiteral("revoked"));
    QCOMPARE(revoked.value(QLatin1String("revoked_by")).toString(), QStringLiteral("admin:cli-tester"));
    QCOMPARE(revoked.value(QLatin1String("revoke_reason")).toString(), QStringLiteral("support ticket 42"));

    // --user and --app: every live session of theirs.
    const QByteArray second = login(serve);
    QVERIFY(!second.isEmpty());
    QCOMPARE(revoke(QStringLiteral("--user"), QStringLiteral("joe@example.com")), 1);
    refused = refresh(second);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));

    const QByteArray third = login(serve);
    QVERIFY(!third.isEmpty());
    const HttpReply refreshed = refresh(third); // a session that refreshed once is still one session
    QCOMPARE(refreshed.status, 200);
    const QByteArray rotated = refreshed.json().value(QLatin1String("refresh_token")).toString().toLatin1();
    QCOMPARE(revoke(QStringLiteral("--app"), Market), 1);
    refused = refresh(rotated);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));

    const ProcessResult stopped = serve.stop(SIGTERM, 30000);
    QVERIFY(stopped.ok);
    QCOMPARE(stopped.exitCode, 0);
}

void TestAdminCli::applicationChangesAreSeenByRunningServe()
{
    ServeProcess serve;
    QVERIFY(startServe(serve, writeFile(richSeed())));
    const auto run = [&](const QStringList &arguments) {
        const ProcessResult result = cli(arguments);
        return result.ok && result.exitCode == 0;
    };
    const auto integLogin = [&](const QString &secret) {
        return serve.http()
            .postForm(TokenPath,
                "grant_type=client_credentials&client_id=" + Integ.toLatin1() + "&client_secret=" + secret.toLatin1())
            .status;
    };

    // Disabled by the CLI: the running server refuses the application's clients within a second.
    QVERIFY(!login(serve).isEmpty());
    QVERIFY(run({ QStringLiteral("app"), QStringLiteral("disable"), Market }));
    QTRY_COMPARE_WITH_TIMEOUT(login(serve).isEmpty(), true, 1000);
    QVERIFY(run({ QStringLiteral("app"), QStringLiteral("enable"), Market }));
    QTRY_COMPARE_WITH_TIMEOUT(login(serve).isEmpty(), false, 1000);

    // A secret rotated by the CLI with no overlap: the old one stops, the new one works.
    QVERIFY(run({ QStringLiteral("app"), QStringLiteral("enable"), Integ }));
    QTRY_COMPARE_WITH_TIMEOUT(integLogin(QStringLiteral("integ-secret")), 200, 1000);
    const QString secret = cliJson({ QStringLiteral("app"), QStringLiteral("rotate-secret"), Integ,
                                       QStringLiteral("--overlap"), QStringLiteral("0") })
                               .object()
                               .value(QLatin1String("client_secret"))
                               .toString();
    QVERIFY(!secret.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(integLogin(QStringLiteral("integ-secret")), 401, 1000);
    QCOMPARE(integLogin(secret), 200);

    const ProcessResult stopped = serve.stop(SIGTERM, 30000);
    QVERIFY(stopped.ok);
    QCOMPARE(stopped.exitCode, 0);
    QVERIFY(!stopped.out.contains(secret) && !stopped.err.contains(secret)); // not in the server's log
}

void TestAdminCli::sessionCommandsRefuseBadInput()
{
    seed(richSeed(), *m_db);
    const QString sessions = QStringLiteral("sessions");
    const QString revoke = QStringLiteral("revoke");
    const QString reason = QStringLiteral("--reason");
    const QString nobody = QStringLiteral("nobody@example.com");
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    expectFailure({ sessions, QStringLiteral("list"), QStringLiteral("--user"), nobody }, 1, nobody);
    expectFailure({ sessions, QStringLiteral("list"), QStringLiteral("--app"), unknown }, 1, unknown);
    expectFailure({ sessions, revoke, QStringLiteral("--user"), nobody, reason, QStringLiteral("r") }, 1, nobody);
    expectFailure({ sessions, revoke, QStringLiteral("--app"), unknown, reason, QStringLiteral("r") }, 1, QString());
    expectFailure({ sessions, revoke, QStringLiteral("--family"), unknown, reason, QStringLiteral("r") }, 1, QString());
    expectFailure({ sessions, revoke, QStringLiteral("--app"), Market }, 2, reason);
    expectFailure({ sessions, revoke, QStringLiteral("--app"), Market, reason, QStringLiteral("  ") }, 2, QString());
    expectFailure({ sessions, revoke, reason, QStringLiteral("r") }, 2, QStringLiteral("--family"));
    expectFailure({ sessions, revoke, QStringLiteral("--app"), Market, QStringLiteral("--user"),
                      QStringLiteral("joe@example.com"), reason, QStringLiteral("r") },
        2, QStringLiteral("--family"));
    // Nothing to revoke is no error.
    QCOMPARE(cliJson({ sessions, revoke, QStringLiteral("--app"), Market, reason, QStringLiteral("r") })
                 .object()
                 .value(QLatin1String("revoked"))
                 .toInt(-1),
        0);
}

namespace {

QJsonArray byClientId(const QJsonArray &applications)
{
    QList<QJsonValue> sorted(applications.begin(), applications.end());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QLatin1String("client_id")).toString()
            < b.toObject().value(QLatin1String("client_id")).toString();
    });
    QJsonArray result;
    for (const QJsonValue &application : sorted)
        result.append(application);
    return result;
}

} // namespace

void TestAdminCli::exportRecreatesTheSameDatabase()
{
    seed(richSeed(), *m_db);
    const QString out = path(QStringLiteral("export.json"));
    const QJsonObject summary = cliJson({ QStringLiteral("export"), QStringLiteral("--out"), out }).object();
    QCOMPARE(summary.value(QLatin1String("applications")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("users")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("identity_providers")).toInt(), 2);
    QCOMPARE(modeOf(out), 0600);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    for (const char *secret : { "client_secret", "\"password\":", "market-secret", "integ-secret", "argon2" })
        QVERIFY2(!exported.contains(secret), secret);
    // Without --out, the same on stdout.
    const ProcessResult toStdout = cli({ QStringLiteral("export") });
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(toStdout.out.toUtf8()), QJsonDocument::fromJson(exported));

    // The export holds what the seed said, field by field.
    const QJsonObject document = QJsonDocument::fromJson(exported).object();
    const QJsonObject original = QJsonDocument::fromJson(richSeed()).object();
    const QJsonArray originalApps = original.value(QLatin1String("applications")).toArray();
    const QJsonArray exportedApps = document.value(QLatin1String("applications")).toArray();
    QCOMPARE(exportedApps.size(), 2);
    for (const QJsonValue &entry : originalApps) {
        const QJsonObject want = entry.toObject();
        const auto found = std::find_if(exportedApps.begin(), exportedApps.end(), [&](const QJsonValue &app) {
            return app.toObject().value(QLatin1String("client_id")) == want.value(QLatin1String("client_id"));
        });
        QVERIFY(found != exportedApps.end());
        const QJsonObject have = found->toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            if (it.key() != QLatin1String("client_secret"))
                QVERIFY2(have.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }
    const QJsonArray providers = document.value(QLatin1String("identity_providers")).toArray();
    const QJsonArray originalProviders = original.value(QLatin1String("identity_providers")).toArray();
    QCOMPARE(providers.at(0).toObject(), originalProviders.at(0).toObject());
    QJsonObject sso = originalProviders.at(1).toObject();
    sso.insert(QStringLiteral("trusted_client_ids"), QJsonArray()); // the default, written out
    QCOMPARE(providers.at(1).toObject(), sso);

    // serve --seed of the export recreates the same database elsewhere.
    TestDatabase other;
    QVERIFY2(other.isValid(), qPrintable(other.error()));
    seed(exported, other);
    QCOMPARE(cliJson({ QStringLiteral("export") }, &other).object(), document);
    const QStringList appOnly { QStringLiteral("created_at"), QStringLiteral("last_used_at"),
        QStringLiteral("has_secret") };
    // Both lists oldest first; the copy's applications were made in another order, so match by client ID.
    const QJsonArray apps = byClientId(cliJson({ QStringLiteral("app"), QStringLiteral("list") }).array());
    const QJsonArray otherApps = byClientId(cliJson({ QStringLiteral("app"), QStringLiteral("list") }, &other).array());
    QCOMPARE(otherApps.size(), apps.size());
    for (qsizetype i = 0; i < apps.size(); ++i) {
        QCOMPARE(without(otherApps.at(i).toObject(), appOnly), without(apps.at(i).toObject(), appOnly));
        // No secret came along: `app rotate-secret` issues one.
        QCOMPARE(otherApps.at(i).toObject().value(QLatin1String("has_secret")).toBool(true), false);
    }
    const QStringList userOnly { QStringLiteral("id"), QStringLiteral("created_at") };
    const QJsonArray users = cliJson({ QStringLiteral("user"), QStringLiteral("list") }).array();
    const QJsonArray otherUsers = cliJson({ QStringLiteral("user"), QStringLiteral("list") }, &other).array();
    QCOMPARE(otherUsers.size(), users.size());
    for (qsizetype i = 0; i < users.size(); ++i)
        QCOMPARE(without(otherUsers.at(i).toObject(), userOnly), without(users.at(i).toObject(), userOnly));
}

void TestAdminCli::worksWithoutKeychainOrKeyFile()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    const ProcessResult created = runProcess(authDeskBinary(),
        QStringList { QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
            QStringLiteral("joe@example.com") }
            + databaseArguments(*m_db),
        env);
    QVERIFY2(created.ok && created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.contains(QLatin1String("joe@example.com")), qPrintable(created.out));
}

namespace {

QByteArray richSeed()
{
    return R"({
  "applications": [
    {"name": "Web shop", "type": "marketplace", "client_id": "8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11",
     "client_secret": "market-secret", "grants": ["password", "refresh_token"],
     "access_token_ttl": 600, "refresh_token_ttl": 86400, "refresh_idle_timeout": 3600, "refresh_grace": 10,
     "cors_origins": ["http://localhost:3000", "https://shop.example"],
     "marketplace_url": "http://localhost:3000", "environment": "live", "login_as_auto_approve": true},
    {"name": "Nightly sync", "type": "integration", "client_id": "2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44",
     "client_secret": "integ-secret", "enabled": false}
  ],
  "users": [
    {"email": "joe@example.com", "password": "joe password", "display_name": "Joe Tester"},
    {"email": "ann@example.com", "password": "ann password", "banned": true, "email_verified": false}
  ],
  "identity_providers": [
    {"idp_id": "google", "name": "Google", "issuer": "https://accounts.google.com", "client_id": "web",
     "trusted_client_ids": ["ios", "android"]},
    {"idp_id": "sso", "name": "SSO", "issuer": "http://127.0.0.1:9999/", "client_id": "web",
     "jwks_uri": "http://127.0.0.1:9999/keys"}
  ]
})";
}

} // namespace

void TestAdminCli::clockCommands()
{
    const QString clock = QStringLiteral("clock");
    const QJsonObject shown = cliJson({ clock, QStringLiteral("show") }).object();
    QCOMPARE(shown.value(QLatin1String("clock_offset_seconds")).toInteger(-1), 0);
    QVERIFY(!shown.value(QLatin1String("now")).toString().isEmpty());
    QCOMPARE(cliJson({ clock, QStringLiteral("set"), QStringLiteral("--offset"), QStringLiteral("+960") })
                 .object()
                 .value(QLatin1String("clock_offset_seconds"))
                 .toInteger(),
        960);
    QCOMPARE(
        cliJson({ clock, QStringLiteral("show") }).object().value(QLatin1String("clock_offset_seconds")).toInteger(),
        960);
    QCOMPARE(cliJson({ clock, QStringLiteral("set"), QStringLiteral("--offset"), QStringLiteral("-60") })
                 .object()
                 .value(QLatin1String("clock_offset_seconds"))
                 .toInteger(),
        -60);
    const ProcessResult text = cli({ clock, QStringLiteral("show") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("-60")), qPrintable(text.out));
    QCOMPARE(
        cliJson({ clock, QStringLiteral("reset") }).object().value(QLatin1String("clock_offset_seconds")).toInteger(-1),
        0);
    expectFailure({ clock, QStringLiteral("set"), QStringLiteral("--offset"), QStringLiteral("soon") }, 2,
        QStringLiteral("--offset"));
    expectFailure({ clock, QStringLiteral("set") }, 2, QStringLiteral("--offset"));
    expectFailure(
        { clock, QStringLiteral("set"), QStringLiteral("--offset"), QStringLiteral("999999999999") }, 2, QString());
}

void TestAdminCli::faultCommands()
{
    const QString fault = QStringLiteral("fault");
    QCOMPARE(cliJson({ fault, QStringLiteral("list") }).array().size(), 0);
    const QJsonObject added
        = cliJson({ fault, QStringLiteral("add"), QStringLiteral("--endpoint"), QStringLiteral("token"),
                      QStringLiteral("--grant"), QStringLiteral("refresh_token"), QStringLiteral("--status"),
                      QStringLiteral("503"), QStringLiteral("--count"), QStringLiteral("2") })
              .object();
    QCOMPARE(added.value(QLatin1String("endpoint")).toString(), QStringLiteral("token"));
    QCOMPARE(added.value(QLatin1String("grant")).toString(), QStringLiteral("refresh_token"));
    QCOMPARE(added.value(QLatin1String("action")).toString(), QStringLiteral("status"));
    QCOMPARE(added.value(QLatin1String("status")).toInt(), 503);
    QCOMPARE(added.value(QLatin1String("remaining")).toInt(), 2);
    QVERIFY(added.value(QLatin1String("expires_at")).isNull());
    const QJsonObject slow = cliJson({ fault, QStringLiteral("add"), QStringLiteral("--endpoint"),
                                         QStringLiteral("api"), QStringLiteral("--delay-ms"), QStringLiteral("250"),
                                         QStringLiteral("--for-seconds"), QStringLiteral("60") })
                                 .object();
    QCOMPARE(slow.value(QLatin1String("delay_ms")).toInt(), 250);
    QVERIFY(!slow.value(QLatin1String("expires_at")).toString().isEmpty());
    QVERIFY(cliJson({ fault, QStringLiteral("add"), QStringLiteral("--endpoint"), QStringLiteral("revoke"),
                        QStringLiteral("--drop"), QStringLiteral("--client"), Market })
                .object()
                .value(QLatin1String("id"))
                .toInteger()
        > 0);
    const QJsonArray listed = cliJson({ fault, QStringLiteral("list") }).array();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).toObject(), added);
    QCOMPARE(listed.at(2).toObject().value(QLatin1String("client_id")).toString(), Market);
    const ProcessResult text = cli({ fault, QStringLiteral("list") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.contains(QStringLiteral("--endpoint token --grant refresh_token --status 503")), qPrintable(text.out));

    const QString id = QString::number(added.value(QLatin1String("id")).toInteger());
    QCOMPARE(cliJson({ fault, QStringLiteral("clear"), QStringLiteral("--id"), id })
                 .object()
                 .value(QLatin1String("cleared"))
                 .toInt(),
        1);
    expectFailure({ fault, QStringLiteral("clear"), QStringLiteral("--id"), id }, 1, id);
    QCOMPARE(cliJson({ fault, QStringLiteral("clear") }).object().value(QLatin1String("cleared")).toInt(), 2);
    QCOMPARE(cliJson({ fault, QStringLiteral("list") }).array().size(), 0);
}

void TestAdminCli::faultCommandsRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("text");
    const QString endpoint = QStringLiteral("--endpoint");
    const QString token = QStringLiteral("token");
    const QString status = QStringLiteral("--status");
    QTest::newRow("status 200") << QStringList { endpoint, token, status, QStringLiteral("200") } << status;
    QTest::newRow("status word") << QStringList { endpoint, token, status, QStringLiteral("busy") } << status;
    QTest::newRow("status and drop") << QStringList { endpoint, token, status, QStringLiteral("503"),
        QStringLiteral("--drop") } << QStringLiteral("--drop");
    QTest::newRow("no action") << QStringList { endpoint, token } << QStringLiteral("--drop");
    QTest::newRow("no endpoint") << QStringList { QStringLiteral("--drop") } << QStringLiteral("token");
    QTest::newRow("unknown endpoint") << QStringList { endpoint, QStringLiteral("login"), QStringLiteral("--drop") }
                                      << QStringLiteral("token");
    QTest::newRow("count and duration") << QStringList { endpoint, token, QStringLiteral("--drop"),
        QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--for-seconds"), QStringLiteral("5") }
                                        << QStringLiteral("--count");
    QTest::newRow("count 0") << QStringList { endpoint, token, QStringLiteral("--drop"), QStringLiteral("--count"),
        QStringLiteral("0") } << QStringLiteral("--count");
    QTest::newRow("delay 0") << QStringList { endpoint, token, QStringLiteral("--delay-ms"), QStringLiteral("0") }
                             << QStringLiteral("--delay-ms");
    QTest::newRow("grant on api") << QStringList { endpoint, QStringLiteral("api"), QStringLiteral("--grant"),
        QStringLiteral("password"), QStringLiteral("--drop") }
                                  << QStringLiteral("token endpoint");
}

void TestAdminCli::faultCommandsRefuseBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, text);
    expectFailure(QStringList { QStringLiteral("fault"), QStringLiteral("add") } + arguments, 2, text);
    QCOMPARE(cliJson({ QStringLiteral("fault"), QStringLiteral("list") }).array().size(), 0);
}

void TestAdminCli::testControlsAreSeenByRunningServe()
{
    ServeProcess serve;
    QVERIFY(startServe(serve, writeFile(richSeed())));
    const QByteArray refreshToken = login(serve);
    QVERIFY(!refreshToken.isEmpty());
    const auto health = [&] { return serve.http().get(QStringLiteral("/health")).json(); };
    const auto offset = [&] { return health().value(QLatin1String("clock_offset_seconds")).toInteger(); };

    QCOMPARE(cli({ QStringLiteral("clock"), QStringLiteral("set"), QStringLiteral("--offset"), QStringLiteral("+960") })
                 .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(offset(), 960, 1000);
    QCOMPARE(cli({ QStringLiteral("clock"), QStringLiteral("reset") }).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(offset(), 0, 1000);

    QCOMPARE(
        cli({ QStringLiteral("fault"), QStringLiteral("add"), QStringLiteral("--endpoint"), QStringLiteral("token"),
                QStringLiteral("--grant"), QStringLiteral("password"), QStringLiteral("--status"),
                QStringLiteral("503"), QStringLiteral("--count"), QStringLiteral("1") })
            .exitCode,
        0);
    const auto loginStatus = [&] {
        return serve.http()
            .postForm(TokenPath,
                "grant_type=password&username=joe%40example.com&password=joe%20password&client_id=" + Market.toLatin1())
            .status;
    };
    // A serve that shows a new offset in /health has read every rule added before it: then the
    // next login, and only that one, is answered 503 (whatever time a login takes on a busy machine).
    QCOMPARE(cli({ QStringLiteral("clock"), QStringLiteral("set"), QStringLiteral("--offset"), QStringLiteral("1") })
                 .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(offset(), 1, 1000);
    QCOMPARE(loginStatus(), 503);
    QCOMPARE(loginStatus(), 200);

    const ProcessResult stopped = serve.stop(SIGTERM, 30000);
    QVERIFY(stopped.ok);
    QCOMPARE(stopped.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
