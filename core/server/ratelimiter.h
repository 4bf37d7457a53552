#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace authdesk {

// The optional per-client-IP rate limit of the token endpoint (spec section 5, check 6 of section
// 3): a token bucket per address that holds a minute's worth of requests and refills evenly.
class RateLimiter
{
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    explicit RateLimiter(int perMinute);

    // Takes one request of this client at nowMs (a steady clock). 0 when it may go ahead, otherwise
    // the whole seconds to wait (for Retry-After). Thread-safe.
    int take(const QHostAddress &client, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };

    static constexpr qsizetype MaxClients = 10'000; // full buckets are forgotten beyond this

    int m_perMinute;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace authdesk
