// `authdesk serve --request-log FILE` (issue 17): every decision as one JSON line that CI can assert
// on, appended and flushed, created 0600, never with a secret or a token in it; a path that cannot be
// written is refused before the server starts.

#ifndef Q_MOC_RUN // moc misreads the braces of the seed's raw string and loses the namespaces
#include "exampleseed.h"
#endif
#include "files.h"
#include "serveprocess.h"
#include "tempdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

const QByteArray Market = "8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11";
const QByteArray Integ = "2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44";
const QByteArray IntegSecret = "another-plain-secret";
const QByteArray Password = "secret pass&=+";
const QString TokenPath = QStringLiteral("/v1/auth/token");
const QString RevokePath = QStringLiteral("/v1/auth/revoke");

QByteArray enc(const QByteArray &value)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(value));
}

QList<QJsonObject> linesOf(const QString &path)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : readFile(path).split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s", line.constData());
            return {};
        }
        lines.append(document.object());
    }
    return lines;
}

} // namespace

class TestRequestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyDecisionIsOneLineWithoutSecrets();
    void refusesAPathItCannotWrite_data();
    void refusesAPathItCannotWrite();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList serveArguments(const QString &requestLog) const;

    std::unique_ptr<TempDir> m_dir;
};

void TestRequestLogFile::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
    QFile seed(path(QStringLiteral("seed.json")));
    QVERIFY(seed.open(QIODevice::WriteOnly));
    QVERIFY(seed.write(exampleSeed()) > 0);
}

void TestRequestLogFile::cleanup()
{
    m_dir.reset();
}

QStringList TestRequestLogFile::serveArguments(const QString &requestLog) const
{
    return { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), path(QStringLiteral("a.sqlite")),
        QStringLiteral("--key-file"), path(QStringLiteral("kek")), QStringLiteral("--seed"),
        path(QStringLiteral("seed.json")), QStringLiteral("--request-log"), requestLog };
}

void TestRequestLogFile::everyDecisionIsOneLineWithoutSecrets()
{
    const QString logFile = path(QStringLiteral("requests.jsonl"));
    QList<QByteArray> secrets { Password, IntegSecret, QByteArrayLiteral("optional-plain-secret") };
    {
        ServeProcess serve;
        QVERIFY(serve.start(serveArguments(logFile), environmentWithHome(path(QStringLiteral("home")))));
        HttpClient &http = serve.http();

        QCOMPARE(http.postForm(TokenPath, "grant_type=client_credentials&scope=public-read&client_id=" + Market).status,
            200);
        const HttpReply login = http.postForm(TokenPath,
            "grant_type=password&scope=user&username=joe%40example.com&password=" + enc(Password)
                + "&client_id=" + Market);
        QCOMPARE(login.status, 200);
        const QByteArray refreshToken = login.json().value(QStringLiteral("refresh_token")).toString().toUtf8();
        const QByteArray accessToken = login.json().value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(!refreshToken.isEmpty());
        QCOMPARE(http.postForm(TokenPath,
                         "grant_type=password&scope=user&username=joe%40example.com&password=wrong-guess&client_id="
                             + Market)
                     .status,
            401);
        const HttpReply refreshed = http.postForm(
            TokenPath, "grant_type=refresh_token&refresh_token=" + enc(refreshToken) + "&client_id=" + Market);
        QCOMPARE(refreshed.status, 200);
        const QByteArray newRefreshToken = refreshed.json().value(QStringLiteral("refresh_token")).toString().toUtf8();
        QCOMPARE(
            http.postForm(TokenPath,
                    "grant_type=client_credentials&scope=integ&client_id=" + Integ + "&client_secret=" + IntegSecret)
                .status,
            200);
        QCOMPARE(http.postForm(RevokePath, "token=" + enc(newRefreshToken) + "&client_id=" + Market).status, 200);
        secrets << refreshToken << accessToken << newRefreshToken << QByteArrayLiteral("wrong-guess");

        // Written while the server runs, a batch at a time: a test can read it before stopping it.
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(logFile).size(), 6, 10'000);
        const ProcessResult stopped = serve.stop();
        QVERIFY(stopped.ok);
        QCOMPARE(stopped.exitCode, 0);
    }

    const QList<QJsonObject> lines = linesOf(logFile);
    QCOMPARE(lines.size(), 6);
    const QRegularExpression isoUtcMs(QStringLiteral("^\\d\\d\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\dZ$"));
    for (const QJsonObject &line : lines) {
        for (const char *member :
            { "time", "endpoint", "grant", "client", "status", "error", "reason", "parameters", "injected" })
            QVERIFY2(line.contains(QLatin1String(member)), member);
        QVERIFY2(isoUtcMs.match(line.value(QStringLiteral("time")).toString()).hasMatch(),
            qPrintable(line.value(QStringLiteral("time")).toString()));
        QCOMPARE(line.value(QStringLiteral("injected")), QJsonValue(false));
    }

    // In the order the calls were made, with what a CI script would check.
    const auto field = [&](int i, const char *name) { return lines.at(i).value(QLatin1String(name)); };
    QCOMPARE(field(0, "endpoint").toString(), QStringLiteral("token"));
    QCOMPARE(field(0, "grant").toString(), QStringLiteral("client_credentials"));
    QCOMPARE(field(0, "client").toString(), QString::fromLatin1(Market));
    QCOMPARE(field(0, "status").toInt(), 200);
    QCOMPARE(field(1, "grant").toString(), QStringLiteral("password"));
    QCOMPARE(field(1, "status").toInt(), 200);
    const QJsonObject loginParameters = field(1, "parameters").toObject();
    QCOMPARE(loginParameters.value(QStringLiteral("username")).toString(), QStringLiteral("joe@example.com"));
    QCOMPARE(loginParameters.value(QStringLiteral("password")).toString(), QStringLiteral("[redacted]"));
    QCOMPARE(field(2, "status").toInt(), 401);
    QCOMPARE(field(2, "error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!field(2, "reason").toString().isEmpty());
    QCOMPARE(field(3, "grant").toString(), QStringLiteral("refresh_token"));
    QCOMPARE(field(3, "parameters").toObject().value(QStringLiteral("refresh_token")).toString(),
        QStringLiteral("[redacted]"));
    QCOMPARE(field(4, "client").toString(), QString::fromLatin1(Integ));
    QCOMPARE(field(4, "parameters").toObject().value(QStringLiteral("client_secret")).toString(),
        QStringLiteral("[redacted]"));
    QCOMPARE(field(5, "endpoint").toString(), QStringLiteral("revoke"));
    QCOMPARE(field(5, "status").toInt(), 200);

    const QByteArray text = readFile(logFile);
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY2(!text.contains(secret), secret.constData());
        QVERIFY2(!text.contains(enc(secret)), secret.constData());
    }
    QCOMPARE(QFileInfo(logFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);

    // A second run appends to what the first wrote.
    {
        ServeProcess serve;
        QVERIFY(serve.start(serveArguments(logFile), environmentWithHome(path(QStringLiteral("home")))));
        QCOMPARE(serve.http().get(QStringLiteral("/health")).status, 200);
        QCOMPARE(serve.stop().exitCode, 0);
    }
    const QList<QJsonObject> after = linesOf(logFile);
    QVERIFY2(after.size() >= 6, qPrintable(QString::number(after.size())));
    QCOMPARE(after.mid(0, 6), lines);
}

void TestRequestLogFile::refusesAPathItCannotWrite_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("a folder") << QStringLiteral("folder");
    QTest::addRow("in a folder that does not exist") << QStringLiteral("missing/requests.jsonl");
    QTest::addRow("in a folder it may not write") << QStringLiteral("locked/requests.jsonl");
}

void TestRequestLogFile::refusesAPathItCannotWrite()
{
    QFETCH(QString, name);
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("locked"))));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(path(QStringLiteral("locked"))).isWritable() && name.startsWith(QLatin1String("locked")))
        QSKIP("running as root: every folder is writable");

    const QString target = path(name);
    const ProcessResult finished
        = runProcess(authDeskBinary(), QStringList { QStringLiteral("serve") } + serveArguments(target),
            environmentWithHome(path(QStringLiteral("home"))));
    QVERIFY(QFile::setPermissions(
        path(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(target), qPrintable(finished.err));
    QVERIFY2(!finished.out.contains(QLatin1String("listening")), qPrintable(finished.out));
}

QTEST_GUILESS_MAIN(TestRequestLogFile)
#include "tst_requestlogfile.moc"
