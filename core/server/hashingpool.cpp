#include "server/hashingpool.h"

namespace authdesk {

HashingPool::HashingPool(int threads, int queue)
    : m_capacity(qMax(1, threads) + qMax(0, queue))
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

void HashingPool::release()
{
    m_inFlight.fetch_sub(1);
}

} // namespace authdesk
