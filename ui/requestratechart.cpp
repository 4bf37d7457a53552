#include "ui/requestratechart.h"

#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace authdesk {

RequestRateChart::RequestRateChart(QWidget *parent)
    : QWidget(parent)
    , m_latestSecond(QDateTime::currentSecsSinceEpoch())
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("requestRateChart"));
    setAccessibleName(tr("Requests per second over the last minute"));
    m_timer->setInterval(1000);
    // The page adds requests with their arrival time on the wall clock, so the window follows it too.
    connect(m_timer, &QTimer::timeout, this, [this] { advanceTo(QDateTime::currentSecsSinceEpoch()); });
    m_timer->start();
}

void RequestRateChart::advanceTo(qint64 secsSinceEpoch)
{
    if (secsSinceEpoch <= m_latestSecond)
        return;
    const qint64 steps = std::min<qint64>(secsSinceEpoch - m_latestSecond, Seconds);
    for (qint64 i = 1; i <= steps; ++i)
        m_counts.at(static_cast<size_t>((m_latestSecond + i) % Seconds)) = 0;
    m_latestSecond = secsSinceEpoch;
    setToolTip(tr("%n request(s) in the last minute", nullptr, requestsInWindow()));
    update();
}

void RequestRateChart::addRequest(const QDateTime &at)
{
    addRequests(at, 1);
}

void RequestRateChart::addRequests(const QDateTime &at, int count)
{
    const qint64 second = at.toSecsSinceEpoch();
    advanceTo(second);
    if (second <= m_latestSecond - Seconds || count <= 0)
        return;
    m_counts.at(static_cast<size_t>(second % Seconds)) += count;
    update();
}

QList<int> RequestRateChart::perSecond() const
{
    QList<int> counts;
    counts.reserve(Seconds);
    for (qint64 second = m_latestSecond - Seconds + 1; second <= m_latestSecond; ++second)
        counts << m_counts.at(static_cast<size_t>(second % Seconds));
    return counts;
}

int RequestRateChart::requestsInWindow() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
}

QSize RequestRateChart::sizeHint() const
{
    return { 420, 130 };
}

QSize RequestRateChart::minimumSizeHint() const
{
    return { 200, 80 };
}

void RequestRateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &colors = palette();
    painter.fillRect(rect(), colors.color(QPalette::Base));

    const QFontMetrics metrics = fontMetrics();
    const int labelHeight = metrics.height();
    const QRect plot = rect().adjusted(4, labelHeight + 4, -4, -labelHeight - 4);
    if (plot.width() < Seconds || plot.height() < 10)
        return;

    const QList<int> counts = perSecond();
    const int peak = std::max(1, *std::max_element(counts.cbegin(), counts.cend()));

    painter.setPen(colors.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const double barWidth = static_cast<double>(plot.width()) / Seconds;
    const QColor bar = colors.color(QPalette::Highlight);
    for (int i = 0; i < Seconds; ++i) {
        if (counts.at(i) == 0)
            continue;
        const int height = std::max(1, counts.at(i) * plot.height() / peak);
        const QRectF barRect(
            plot.left() + i * barWidth + 1, plot.bottom() - height + 1, std::max(1.0, barWidth - 2), height);
        painter.fillRect(barRect, bar);
    }

    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(rect().adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop,
        tr("peak %1/s · %n request(s) in the last minute", nullptr, requestsInWindow()).arg(peak));
    painter.setPen(colors.color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(4, 0, -4, -2), Qt::AlignLeft | Qt::AlignBottom, tr("60 s ago"));
    painter.drawText(rect().adjusted(4, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom, tr("now"));
}

} // namespace authdesk
