#include "server/ratelimiter.h"

#include <cmath>

namespace authdesk {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(qMax(1, perMinute))
{ }

int RateLimiter::take(const QHostAddress &client, qint64 nowMs)
{
    const double perMs = m_perMinute / 60'000.0;
    QMutexLocker locker(&m_mutex);
    if (m_buckets.size() >= MaxClients) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + (nowMs - it->at) * perMs >= m_perMinute)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    const QString key = client.toString();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, { double(m_perMinute), nowMs });
    it->tokens = qMin<double>(m_perMinute, it->tokens + (nowMs - it->at) * perMs);
    it->at = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return qMax(1, static_cast<int>(std::ceil((1.0 - it->tokens) / perMs / 1000.0)));
}

} // namespace authdesk
