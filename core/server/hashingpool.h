#pragma once

#include <QThreadPool>
#include <atomic>

namespace authdesk {

// The bounded pool that runs password grants (argon2id) off the network thread (spec section 5).
// At most threads + queue grants are in flight; tryAcquire() refuses the next one at once, so the
// caller can answer 503 + Retry-After instead of letting the queue grow.
class HashingPool
{
    Q_DISABLE_COPY_MOVE(HashingPool)

public:
    // yieldUs, maxYieldUs: see yieldToGrants().
    HashingPool(int threads, int queue, int yieldUs = 0, int maxYieldUs = 0);
    // Waits for the grants in flight: they use the services, which must outlive them.
    ~HashingPool();

    // Reserves a place for one grant; false when threads + queue are taken or the pool is shut
    // down. Pair with release().
    bool tryAcquire();
    void release();
    int inFlight() const { return m_inFlight.load(); }
    // Called by a network thread after it answered a request itself: while grants are in flight it
    // sleeps yieldUs per grant, at most maxYieldUs, leaving the cores to the pool. Logins then keep
    // their pace under an anonymous flood, which slows down instead (nothing is refused).
    void yieldToGrants() const;

    QThreadPool *threadPool() { return &m_pool; }
    // Takes no more grants and waits for those in flight (their answers are posted to the server thread).
    void shutDown();

private:
    QThreadPool m_pool;
    std::atomic<int> m_inFlight { 0 };
    std::atomic<bool> m_closed { false };
    int m_capacity;
    int m_yieldUs;
    int m_maxYieldUs;
};

} // namespace authdesk
