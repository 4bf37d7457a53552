#pragma once

#include "domain/clock.h"
#include "domain/steadyclock.h"

#include <QMutex>
#include <atomic>
#include <chrono>

namespace authdesk {

// A clock that only moves when a test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));

    QDateTime now() const override;
    void advance(qint64 seconds);
    void set(const QDateTime &time);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// A steady clock that only moves when a test says so: deadlines (timeouts, the rate limit) pass
// when the test advances it, not when the machine is slow. It starts far from 0 (0 means "none").
class ManualSteadyClock final : public SteadyClock
{
public:
    static constexpr qint64 StartMs = 1'000'000;

    qint64 nowMs() const override
    {
        m_reads.fetch_add(1);
        return m_now.load();
    }
    void advance(std::chrono::milliseconds by) { m_now.fetch_add(by.count()); }
    // How often it was read: a test waits for its readers (e.g. the server's sweeps) to have looked.
    qint64 reads() const { return m_reads.load(); }

private:
    std::atomic<qint64> m_now { StartMs };
    mutable std::atomic<qint64> m_reads { 0 };
};

} // namespace authdesk
