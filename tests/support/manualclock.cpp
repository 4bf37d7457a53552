#include "manualclock.h"

namespace authdesk {

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{
}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::advance(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

void ManualClock::set(const QDateTime &time)
{
    QMutexLocker lock(&m_mutex);
    m_now = time;
}

} // namespace authdesk
