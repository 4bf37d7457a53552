#include "services/jwkscache.h"

#include "domain/steadyclock.h"
#include "services/jwksfetcher.h"

#include <QCoreApplication>
#include <QPromise>

namespace authdesk {

namespace {

QString sourceOf(const IdentityProvider &provider)
{
    return provider.issuer + QLatin1Char('\n') + provider.jwksUri;
}

} // namespace

JwksCache::JwksCache(const SteadyClock &clock, std::chrono::milliseconds timeout)
    : m_fetcher(new JwksFetcher(timeout))
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("authdesk-jwks"));
    m_fetcher->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread.start();
}

JwksCache::~JwksCache()
{
    m_thread.quit();
    m_thread.wait();
}

QFuture<IdpDiscovery> JwksCache::discover(const IdentityProvider &provider)
{
    auto promise = std::make_shared<QPromise<IdpDiscovery>>();
    QFuture<IdpDiscovery> future = promise->future();
    JwksFetcher *fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        m_fetcher, [fetcher, provider, promise] { fetcher->fetch(provider, promise); }, Qt::QueuedConnection);
    return future;
}

JwksCache::Lookup JwksCache::find(const IdentityProvider &provider, const QString &kid)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    const QString source = sourceOf(provider);
    using std::chrono::milliseconds;
    const qint64 now = m_clock.nowMs();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(provider.idpId);
        if (it != m_entries.constEnd() && it->source == source
            && now - it->fetchedAtMs < milliseconds(MaxAge).count()) {
            if (it->keys.contains(kid))
                return { Outcome::Found, it->keys.value(kid), {} };
            if (now - it->fetchedAtMs < milliseconds(RefetchInterval).count())
                return { Outcome::UnknownKey, {}, {} };
        }
    }

    QFuture<IdpDiscovery> future = discover(provider);
    future.waitForFinished();
    if (future.resultCount() == 0) // the cache is shutting down
        return { Outcome::Unreachable, {}, QCoreApplication::translate("authdesk::JwksCache", "shutting down") };
    const IdpDiscovery discovery = future.result();
    if (!discovery.reachable)
        return { Outcome::Unreachable, {}, discovery.error };

    QMutexLocker lock(&m_mutex);
    m_entries.insert(provider.idpId, Entry { source, discovery.keys, now });
    if (discovery.keys.contains(kid))
        return { Outcome::Found, discovery.keys.value(kid), {} };
    return { Outcome::UnknownKey, {}, {} };
}

void JwksCache::forget(const QString &idpId)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(idpId);
}

} // namespace authdesk
