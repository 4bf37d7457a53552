#pragma once

#include "domain/steadyclock.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <list>

namespace authdesk {

// The optional per-client-IP rate limit of the token endpoint (spec section 5, check 6 of section
// 3): a token bucket per address that holds a minute's worth of requests and refills evenly.
class RateLimiter
{
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    // At most this many addresses are remembered; beyond, the one seen least recently is forgotten.
    static constexpr qsizetype DefaultMaxClients = 10'000;

    // clock: what take(client) reads; it must outlive the limiter.
    explicit RateLimiter(
        int perMinute, const SteadyClock &clock = SteadyClock::system(), qsizetype maxClients = DefaultMaxClients);

    // Takes one request of this client now, by the limiter's clock.
    int take(const QHostAddress &client) { return take(client, m_clock.nowMs()); }
    // Takes one request of this client at nowMs (a steady clock). 0 when it may go ahead, otherwise
    // the whole seconds to wait (for Retry-After). Constant time, whatever the number of clients.
    // Thread-safe.
    int take(const QHostAddress &client, qint64 nowMs);
    // Addresses remembered now. Thread-safe.
    qsizetype clients() const;

private:
    struct Bucket
    {
        QString client;
        double tokens = 0;
        qint64 at = 0;
    };
    using Buckets = std::list<Bucket>; // least recently seen first

    const SteadyClock &m_clock;
    int m_perMinute;
    qsizetype m_maxClients;
    mutable QMutex m_mutex;
    Buckets m_order;
    QHash<QString, Buckets::iterator> m_buckets;
};

} // namespace authdesk
