#pragma once

#include "services/requestlog.h"

#include <QObject>
#include <QTimer>

namespace authdesk {

// Reads the request log as it grows: every interval, what was recorded since the last look, in one
// batch. The console's pages and the request log file of `authdesk serve` follow the log this way,
// on their own thread, so the server's threads never queue an event per request for them.
class RequestLogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogFollower)

public:
    static constexpr int DefaultIntervalMs = 200;

    // Follows from what the log holds next: what it holds already is the reader's to take (see
    // startAt()). Starts polling at once.
    explicit RequestLogFollower(RequestLog &log, int intervalMs = DefaultIntervalMs, QObject *parent = nullptr);

    // Reads on from this sequence number (e.g. a RequestLog::Batch's next).
    void startAt(quint64 sequence) { m_next = sequence; }
    // Reads what is new now, without waiting for the timer (also at shutdown, for the last requests).
    void poll();

signals:
    // Oldest first. missed: entries the ring dropped before this reader got to them.
    void arrived(const QList<authdesk::TokenDecision> &decisions, quint64 missed);

private:
    RequestLog &m_log;
    QTimer m_timer;
    quint64 m_next;
};

} // namespace authdesk
