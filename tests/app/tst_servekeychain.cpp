#include "serveprocess.h"
#include "tempdir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

// `authdesk serve` as a developer runs it, with the OS keychain (no --key-file), inside its own
// D-Bus session with an unlocked gnome-keyring: the key-encryption key goes to the keychain on the
// first start and comes back from it on the next, while the server's threads answer requests.
// main() keeps GLib's event dispatcher on the main thread only, where QtKeychain's libsecret calls
// are answered; this suite is what would notice if they were not.
class TestServeKeychain : public QObject
{
    Q_OBJECT

private slots:
    void signingKeyComesBackThroughTheKeychainAfterARestart();

private:
    // One marketplace application (moc cannot read exampleseed.h's raw string, so not that seed).
    static QByteArray seed()
    {
        return QByteArrayLiteral("{\"applications\": [{\"name\": \"Web shop\", \"type\": \"marketplace\","
                                 " \"client_id\": \"8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11\"}]}");
    }
    // The `kid` of an anonymous token's JWT header; empty when no token was issued.
    static QByteArray anonymousTokenKeyId(ServeProcess &serve);
};

QByteArray TestServeKeychain::anonymousTokenKeyId(ServeProcess &serve)
{
    const HttpReply reply = serve.http().postForm(QStringLiteral("/v1/auth/token"),
        "grant_type=client_credentials&scope=public-read&client_id=8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11");
    if (reply.status != 200) {
        qWarning("token answer %d: %s", reply.status, reply.body.constData());
        return {};
    }
    const QByteArray token = reply.json().value(QLatin1String("access_token")).toString().toLatin1();
    const QByteArray header = QByteArray::fromBase64(
        token.left(token.indexOf('.')), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(header).object().value(QLatin1String("kid")).toString().toLatin1();
}

void TestServeKeychain::signingKeyComesBackThroughTheKeychainAfterARestart()
{
    TempDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const QString seedPath = dir.filePath(QStringLiteral("seed.json"));
    QFile seedFile(seedPath);
    QVERIFY(seedFile.open(QIODevice::WriteOnly));
    QCOMPARE(seedFile.write(seed()), qint64(seed().size()));
    seedFile.close();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    QByteArray firstKeyId;
    {
        ServeProcess serve;
        QVERIFY(serve.start({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db,
                                QStringLiteral("--seed"), seedPath },
            environment));
        firstKeyId = anonymousTokenKeyId(serve);
        QVERIFY(!firstKeyId.isEmpty());
        const ProcessResult stopped = serve.stop();
        QVERIFY(stopped.ok);
        QCOMPARE(stopped.exitCode, 0);
    }

    // The database holds the signing key wrapped by the key-encryption key: the second server can
    // open it only with the key it reads back from the keychain, and then signs with the same key.
    ServeProcess again;
    QVERIFY(again.start({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db }, environment));
    QCOMPARE(anonymousTokenKeyId(again), firstKeyId);
    const ProcessResult stopped = again.stop();
    QVERIFY(stopped.ok);
    QCOMPARE(stopped.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestServeKeychain)
#include "tst_servekeychain.moc"
