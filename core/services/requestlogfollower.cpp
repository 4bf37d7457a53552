#include "services/requestlogfollower.h"

namespace authdesk {

RequestLogFollower::RequestLogFollower(RequestLog &log, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_next(log.nextSequence())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RequestLogFollower::poll);
    m_timer.start();
}

void RequestLogFollower::poll()
{
    RequestLog::Batch batch = m_log.after(m_next);
    m_next = batch.next;
    if (!batch.decisions.isEmpty() || batch.missed > 0)
        emit arrived(batch.decisions, batch.missed);
}

} // namespace authdesk
