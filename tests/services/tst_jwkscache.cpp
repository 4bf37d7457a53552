// The JWKS cache against a real OpenID Connect provider on loopback (TestIdp), with a fake clock:
// discovery, caching, the 30 s refetch limit on an unknown kid, the timeout, and an IdP that is down.
// The cache ages its keys on a ManualSteadyClock that the tests advance.

#include "manualclock.h"
#include "services/jwkscache.h"
#include "testidp.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

using namespace authdesk;
using namespace std::chrono_literals;

class TestJwksCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void discoversAndCachesKeys();
    void unknownKidRefetchesAtMostEvery30Seconds();
    void rotatedKeyIsFoundAfterTheInterval();
    void oldKeysAreRereadAfterAnHour();
    void explicitJwksUriSkipsDiscovery();
    void unreachableIdp();
    void silentIdpTimesOut();
    void discoverBypassesTheCache();

private:
    // find() blocks its caller, and the IdP answers on this thread: run it on another and wait here.
    JwksCache::Lookup find(JwksCache &cache, const IdentityProvider &provider, const QString &kid);

    ManualSteadyClock m_clock;
    std::unique_ptr<TestIdp> m_idp;
    IdentityProvider m_provider;
};

void TestJwksCache::init()
{
    m_idp = std::make_unique<TestIdp>();
    QVERIFY(m_idp->start());
    m_provider = IdentityProvider();
    m_provider.idpId = QStringLiteral("test-idp");
    m_provider.issuer = m_idp->issuer();
}

void TestJwksCache::cleanup()
{
    m_idp.reset();
}

namespace {

// The future's result, waited for in an event loop that its end wakes (the IdP's answers need this
// thread several times a lookup, and polling would add its interval to each).
template<typename T> T resultOf(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished())
        qFatal("the JWKS cache did not finish in 20 s");
    return watcher.result();
}

} // namespace

JwksCache::Lookup TestJwksCache::find(JwksCache &cache, const IdentityProvider &provider, const QString &kid)
{
    return resultOf(QtConcurrent::run([&cache, provider, kid] { return cache.find(provider, kid); }));
}

void TestJwksCache::discoversAndCachesKeys()
{
    JwksCache cache(m_clock);
    JwksCache::Lookup lookup = find(cache, m_provider, m_idp->currentKid());
    QCOMPARE(lookup.outcome, JwksCache::Outcome::Found);
    QCOMPARE(lookup.jwk.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(m_idp->configurationFetches(), 1);
    QCOMPARE(m_idp->jwksFetches(), 1);

    m_clock.advance(10min);
    lookup = find(cache, m_provider, m_idp->currentKid());
    QCOMPARE(lookup.outcome, JwksCache::Outcome::Found);
    QCOMPARE(m_idp->jwksFetches(), 1);
}

void TestJwksCache::unknownKidRefetchesAtMostEvery30Seconds()
{
    JwksCache cache(m_clock);
    QCOMPARE(find(cache, m_provider, m_idp->currentKid()).outcome, JwksCache::Outcome::Found);
    for (int i = 0; i < 5; ++i) {
        m_clock.advance(5s);
        QCOMPARE(find(cache, m_provider, QStringLiteral("made-up")).outcome, JwksCache::Outcome::UnknownKey);
    }
    QCOMPARE(m_idp->jwksFetches(), 1);
    m_clock.advance(6s); // 31 s after the fetch
    QCOMPARE(find(cache, m_provider, QStringLiteral("made-up")).outcome, JwksCache::Outcome::UnknownKey);
    QCOMPARE(m_idp->jwksFetches(), 2);
    QCOMPARE(find(cache, m_provider, QStringLiteral("made-up")).outcome, JwksCache::Outcome::UnknownKey);
    QCOMPARE(m_idp->jwksFetches(), 2);
}

void TestJwksCache::rotatedKeyIsFoundAfterTheInterval()
{
    JwksCache cache(m_clock);
    QCOMPARE(find(cache, m_provider, m_idp->currentKid()).outcome, JwksCache::Outcome::Found);
    m_idp->rotate();
    QCOMPARE(find(cache, m_provider, m_idp->currentKid()).outcome, JwksCache::Outcome::UnknownKey);
    m_clock.advance(JwksCache::RefetchInterval);
    QCOMPARE(find(cache, m_provider, m_idp->currentKid()).outcome, JwksCache::Outcome::Found);
    QCOMPARE(m_idp->jwksFetches(), 2);
}

void TestJwksCache::oldKeysAreRereadAfterAnHour()
{
    JwksCache cache(m_clock);
    const QString first = m_idp->currentKid();
    QCOMPARE(find(cache, m_provider, first).outcome, JwksCache::Outcome::Found);
    m_idp->rotate();
    m_idp->dropOldKeys();
    m_clock.advance(JwksCache::MaxAge - 1ms);
    QCOMPARE(find(cache, m_provider, first).outcome, JwksCache::Outcome::Found);
    m_clock.advance(1ms);
    QCOMPARE(find(cache, m_provider, first).outcome, JwksCache::Outcome::UnknownKey);
    QCOMPARE(m_idp->jwksFetches(), 2);
}

void TestJwksCache::explicitJwksUriSkipsDiscovery()
{
    JwksCache cache(m_clock);
    IdentityProvider provider = m_provider;
    provider.issuer = QStringLiteral("http://127.0.0.1:1"); // nothing there: only jwks_uri is read
    provider.jwksUri = m_idp->jwksUri();
    QCOMPARE(find(cache, provider, m_idp->currentKid()).outcome, JwksCache::Outcome::Found);
    QCOMPARE(m_idp->configurationFetches(), 0);
    QCOMPARE(m_idp->jwksFetches(), 1);
}

void TestJwksCache::unreachableIdp()
{
    JwksCache cache(m_clock);
    m_idp->stop();
    const JwksCache::Lookup lookup = find(cache, m_provider, QStringLiteral("key-1"));
    QCOMPARE(lookup.outcome, JwksCache::Outcome::Unreachable);
    QVERIFY(lookup.reason.contains(QLatin1String("openid-configuration")));
    // Not remembered as a failure: once the IdP is back, the next login gets its keys.
    QVERIFY(m_idp->start());
    m_provider.issuer = m_idp->issuer();
    QCOMPARE(find(cache, m_provider, QStringLiteral("key-1")).outcome, JwksCache::Outcome::Found);
}

void TestJwksCache::silentIdpTimesOut()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    JwksCache cache(m_clock, std::chrono::milliseconds(300));
    IdentityProvider provider = m_provider;
    provider.issuer = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    const JwksCache::Lookup lookup = find(cache, provider, QStringLiteral("key-1"));
    QCOMPARE(lookup.outcome, JwksCache::Outcome::Unreachable);
    // The exchange's deadline fired (the IdP never answers, so nothing else ends it).
    QVERIFY(lookup.reason.contains(QLatin1String("no answer in time")));
}

void TestJwksCache::discoverBypassesTheCache()
{
    JwksCache cache(m_clock);
    resultOf(cache.discover(m_provider));
    const IdpDiscovery found = resultOf(cache.discover(m_provider));
    QVERIFY(found.reachable);
    QCOMPARE(found.issuer, m_idp->issuer());
    QCOMPARE(found.jwksUri, m_idp->jwksUri());
    QCOMPARE(found.keys.keys(), QList<QString> { m_idp->currentKid() });
    QCOMPARE(m_idp->jwksFetches(), 2);
}

QTEST_GUILESS_MAIN(TestJwksCache)
#include "tst_jwkscache.moc"
