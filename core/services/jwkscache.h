#pragma once

#include "domain/identityprovider.h"
#include "services/idpdiscovery.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QThread>
#include <chrono>

namespace authdesk {

class JwksFetcher;
class SteadyClock;

// Identity providers' signing keys (JWKS), fetched on a thread of its own and kept. A key is looked
// up by `kid`; an unknown kid refetches the IdP's keys, at most once per RefetchInterval, so a
// stream of tokens with made-up kids cannot make AuthDesk hammer the IdP. Ages are read on a
// SteadyClock (tests advance a ManualSteadyClock), so a wall-clock jump neither keeps stale keys
// nor refetches early. Thread-safe.
class JwksCache
{
    Q_DISABLE_COPY_MOVE(JwksCache)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 5000 };
    static constexpr std::chrono::seconds RefetchInterval { 30 };
    // Keys are reread after this even when every kid is known, so rotated-out keys leave too.
    static constexpr std::chrono::seconds MaxAge { 3600 };

    // The clock must outlive the cache.
    explicit JwksCache(const SteadyClock &clock, std::chrono::milliseconds timeout = DefaultTimeout);
    ~JwksCache();

    enum class Outcome { Found, UnknownKey, Unreachable };
    struct Lookup
    {
        Outcome outcome = Outcome::Unreachable;
        QJsonObject jwk; // when Found
        QString reason; // when Unreachable: what went wrong, for the request log
    };

    // Blocks until the keys are known (at most two timeouts: discovery, then the JWKS). Call it from
    // a worker thread: never from a network thread or the GUI thread.
    Lookup find(const IdentityProvider &provider, const QString &kid);

    // A fresh discovery that bypasses (and does not fill) the cache: the console's Test discovery.
    QFuture<IdpDiscovery> discover(const IdentityProvider &provider);

    // Forgets an IdP's keys (after it was edited or removed).
    void forget(const QString &idpId);

private:
    struct Entry
    {
        QString source; // issuer + jwks_uri the keys came from: an edit of either makes them stale
        QHash<QString, QJsonObject> keys;
        qint64 fetchedAtMs = 0; // on the steady clock
    };

    QThread m_thread;
    JwksFetcher *m_fetcher; // lives on m_thread, deleted when it finishes
    const SteadyClock &m_clock;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries; // by idp_id
};

} // namespace authdesk
