#include "crypto/keychainstore.h"
#include "crypto/sodium.h"

#include <QTest>

using namespace authdesk;

// What a headless host without a Secret Service sees: a session bus that cannot be reached. The
// variables are set before the first keychain job, because QtKeychain and libsecret read them once.
class TestKeychainStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeExplainsWhatToDo();
    void loadOrCreateKekFails();
};

void TestKeychainStoreUnavailable::initTestCase()
{
    QVERIFY(Sodium::initialize());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/authdesk-test/bus");
    // A KDE session would make QtKeychain pick KWallet; this test is about the Secret Service path.
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
}

void TestKeychainStoreUnavailable::probeExplainsWhatToDo()
{
    const Result<void> probe = KeychainStore(QStringLiteral("AuthDesk-test-unavailable")).probe();
    QVERIFY(!probe);
    QCOMPARE(probe.error().code(), Error::Code::KeychainUnavailable);
    const QString message = probe.error().message();
    qInfo().noquote() << "The probe said:" << message;
    QVERIFY2(message.contains(QStringLiteral("Secret Service")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("gnome-keyring")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--key-file FILE")), qPrintable(message));
    // The keychain's own words are quoted, so they are not lost behind our advice.
    QVERIFY2(message.contains(QStringLiteral("answered \"")) && !message.contains(QStringLiteral("answered \"\"")),
        qPrintable(message));
    // It failed on the keychain's answer, not after the job timeout (which words it differently).
    QVERIFY2(!message.contains(QStringLiteral("did not answer")), qPrintable(message));
}

void TestKeychainStoreUnavailable::loadOrCreateKekFails()
{
    const Result<QByteArray> kek = KeychainStore(QStringLiteral("AuthDesk-test-unavailable")).loadOrCreateKek();
    QVERIFY(!kek);
    QCOMPARE(kek.error().code(), Error::Code::KeychainUnavailable);
    QVERIFY(kek.error().message().contains(QStringLiteral("--key-file FILE")));
}

QTEST_GUILESS_MAIN(TestKeychainStoreUnavailable)
#include "tst_keychainstore_unavailable.moc"
