#include "server/hashingpool.h"

#include <QThread>

namespace authdesk {

HashingPool::HashingPool(int threads, int queue, int yieldUs, int maxYieldUs)
    : m_capacity(qMax(1, threads) + qMax(0, queue))
    , m_yieldUs(qMax(0, yieldUs))
    , m_maxYieldUs(qMax(0, maxYieldUs))
{
    m_pool.setObjectName(QStringLiteral("PasswordHashing"));
    m_pool.setMaxThreadCount(qMax(1, threads));
    // Keep the workers: each holds its own database connection, closed when the pool goes away.
    m_pool.setExpiryTimeout(-1);
}

HashingPool::~HashingPool()
{
    shutDown();
}

void HashingPool::shutDown()
{
    m_closed = true;
    m_pool.waitForDone();
}

bool HashingPool::tryAcquire()
{
    if (m_closed)
        return false;
    int current = m_inFlight.load();
    do {
        if (current >= m_capacity)
            return false;
    } while (!m_inFlight.compare_exchange_weak(current, current + 1));
    return true;
}

void HashingPool::yieldToGrants() const
{
    if (m_yieldUs == 0)
        return;
    // Measured with bench/run's mixed case (docs/performance.md): without it the network threads
    // took the cores and logins waited seconds, then were refused with 503. Proportional to the
    // grants in flight, so the flood slows down more the further the pool falls behind.
    if (const int grants = m_inFlight.load(std::memory_order_relaxed); grants > 0)
        QThread::usleep(static_cast<unsigned long>(qMin(m_maxYieldUs, m_yieldUs * grants)));
}

void HashingPool::release()
{
    m_inFlight.fetch_sub(1);
}

} // namespace authdesk
