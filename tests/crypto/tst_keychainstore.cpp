#include "crypto/keychainstore.h"
#include "crypto/sodium.h"
#include "crypto/tokengenerator.h"

#include <QTest>

using namespace authdesk;

// Runs inside its own D-Bus session with an unlocked gnome-keyring (see scripts/lib/with-keyring).
class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSucceeds();
    void kekIsCreatedOnceAndLoadedAfterwards();
    void servicesHaveTheirOwnKek();
    void probeLeavesTheKekAlone();
    void descriptionNamesTheService();

private:
    // A service of its own for every run, so no earlier run's entries are found.
    const QString m_service = QStringLiteral("AuthDesk-test-") + tokengenerator::newUuid();
};

void TestKeychainStore::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestKeychainStore::probeSucceeds()
{
    const Result<void> probe = KeychainStore(m_service).probe();
    QVERIFY2(probe, qPrintable(probe ? QString() : probe.error().message()));
}

void TestKeychainStore::kekIsCreatedOnceAndLoadedAfterwards()
{
    const Result<QByteArray> first = KeychainStore(m_service).loadOrCreateKek();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(first->size(), 32);
    const Result<QByteArray> second = KeychainStore(m_service).loadOrCreateKek();
    QVERIFY(second);
    QCOMPARE(*second, *first);
}

void TestKeychainStore::servicesHaveTheirOwnKek()
{
    const Result<QByteArray> mine = KeychainStore(m_service).loadOrCreateKek();
    const Result<QByteArray> other = KeychainStore(m_service + QStringLiteral("-other")).loadOrCreateKek();
    QVERIFY(mine && other);
    QCOMPARE_NE(*mine, *other);
}

void TestKeychainStore::probeLeavesTheKekAlone()
{
    const KeychainStore store(m_service);
    const Result<QByteArray> before = store.loadOrCreateKek();
    QVERIFY(before);
    QVERIFY(store.probe());
    QVERIFY(store.probe());
    const Result<QByteArray> after = store.loadOrCreateKek();
    QVERIFY(after);
    QCOMPARE(*after, *before);
}

void TestKeychainStore::descriptionNamesTheService()
{
    QVERIFY(KeychainStore(m_service).description().contains(m_service));
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
