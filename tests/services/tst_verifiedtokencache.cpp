// The cache of verified access-token signatures stays bounded however many tokens clients present:
// full, it drops the expired entries first, and if none has expired, all of them. (Whether a cached
// token is still live is tst_accesstokens': each of its checks validates a token before and after
// the change that must end it.)

#include "services/verifiedtokencache.h"

#include <QTest>

using namespace authdesk;

namespace {

QByteArray digestOf(int n)
{
    return QByteArray::number(n).rightJustified(32, '0');
}

VerifiedTokenCache::Entry entryExpiringAt(qint64 expiresAt, int n)
{
    VerifiedTokenCache::Entry entry;
    entry.kid = QStringLiteral("kid");
    entry.publicKey = QByteArray(32, 'k');
    entry.tokenId = QString::number(n);
    entry.expiresAt = expiresAt;
    return entry;
}

} // namespace

class TestVerifiedTokenCache : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatWasInserted();
    void fullCacheDropsTheExpiredFirst();
    void fullCacheOfLiveTokensStartsOver();
};

void TestVerifiedTokenCache::findsWhatWasInserted()
{
    VerifiedTokenCache cache(4);
    cache.insert(digestOf(1), entryExpiringAt(2000, 1), 1000);
    const auto found = cache.find(digestOf(1));
    QVERIFY(found.has_value());
    QCOMPARE(found->tokenId, QStringLiteral("1"));
    QCOMPARE(found->expiresAt, 2000);
    QVERIFY(!cache.find(digestOf(2)).has_value());
}

void TestVerifiedTokenCache::fullCacheDropsTheExpiredFirst()
{
    VerifiedTokenCache cache(4);
    cache.insert(digestOf(1), entryExpiringAt(1500, 1), 1000);
    cache.insert(digestOf(2), entryExpiringAt(3000, 2), 1000);
    cache.insert(digestOf(3), entryExpiringAt(1500, 3), 1000);
    cache.insert(digestOf(4), entryExpiringAt(3000, 4), 1000);
    QCOMPARE(cache.size(), 4);

    cache.insert(digestOf(5), entryExpiringAt(3000, 5), 2000); // 1 and 3 have expired by now
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.find(digestOf(1)).has_value());
    QVERIFY(!cache.find(digestOf(3)).has_value());
    QVERIFY(cache.find(digestOf(2)).has_value());
    QVERIFY(cache.find(digestOf(4)).has_value());
    QVERIFY(cache.find(digestOf(5)).has_value());
}

void TestVerifiedTokenCache::fullCacheOfLiveTokensStartsOver()
{
    VerifiedTokenCache cache(3);
    for (int n = 1; n <= 3; ++n)
        cache.insert(digestOf(n), entryExpiringAt(3000, n), 1000);
    cache.insert(digestOf(2), entryExpiringAt(3000, 2), 1000); // already there: nothing dropped
    QCOMPARE(cache.size(), 3);

    cache.insert(digestOf(4), entryExpiringAt(3000, 4), 1000);
    QCOMPARE(cache.size(), 1);
    QVERIFY(cache.find(digestOf(4)).has_value());
    QVERIFY(!cache.find(digestOf(1)).has_value());
}

QTEST_GUILESS_MAIN(TestVerifiedTokenCache)
#include "tst_verifiedtokencache.moc"
