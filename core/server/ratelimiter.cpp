#include "server/ratelimiter.h"

#include <cmath>

namespace authdesk {

RateLimiter::RateLimiter(int perMinute, const SteadyClock &clock, qsizetype maxClients)
    : m_clock(clock)
    , m_perMinute(qMax(1, perMinute))
    , m_maxClients(qMax<qsizetype>(1, maxClients))
{ }

int RateLimiter::take(const QHostAddress &client, qint64 nowMs)
{
    const double perMs = m_perMinute / 60'000.0;
    const QString key = client.toString();
    QMutexLocker locker(&m_mutex);
    auto found = m_buckets.find(key);
    Buckets::iterator bucket;
    if (found != m_buckets.end()) {
        bucket = *found;
        m_order.splice(m_order.end(), m_order, bucket); // now the most recently seen
    } else {
        // Bounded without scanning: forget the address seen least recently. Its bucket has refilled
        // the longest, so it is the one most likely full anyway.
        if (m_buckets.size() >= m_maxClients) {
            m_buckets.remove(m_order.front().client);
            m_order.pop_front();
        }
        bucket = m_order.insert(m_order.end(), { key, double(m_perMinute), nowMs });
        m_buckets.insert(key, bucket);
    }
    bucket->tokens = qMin<double>(m_perMinute, bucket->tokens + (nowMs - bucket->at) * perMs);
    bucket->at = nowMs;
    if (bucket->tokens >= 1.0) {
        bucket->tokens -= 1.0;
        return 0;
    }
    return qMax(1, static_cast<int>(std::ceil((1.0 - bucket->tokens) / perMs / 1000.0)));
}

qsizetype RateLimiter::clients() const
{
    QMutexLocker locker(&m_mutex);
    return m_buckets.size();
}

} // namespace authdesk
