#pragma once

#include "domain/clock.h"

#include <QMutex>

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

} // namespace authdesk
