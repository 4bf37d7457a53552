#pragma once

#include <QDateTime>
#include <QWidget>
#include <array>

class QTimer;

namespace authdesk {

// Requests per second over the last minute, as bars. Drawn by hand: it is one small picture, not
// worth a charting library.
class RequestRateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRateChart)

public:
    static constexpr int Seconds = 60;

    explicit RequestRateChart(QWidget *parent = nullptr);

    // Counts a request in the second it happened (ignored when older than the window).
    void addRequest(const QDateTime &at);
    // Counts this many requests in that second.
    void addRequests(const QDateTime &at, int count);
    // Moves the window so that it ends at this second; the timer calls it every second with the wall
    // clock, tests with a time of their own.
    void advanceTo(qint64 secsSinceEpoch);

    // Oldest first; the last is the current second.
    QList<int> perSecond() const;
    int requestsInWindow() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<int, Seconds> m_counts {};
    qint64 m_latestSecond = 0; // the second the window ends at
    QTimer *m_timer;
};

} // namespace authdesk
