#include "screenshottour.h"

#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QListWidget>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace authdesk {

namespace {

constexpr int SettleMs = 800; // long enough for a page to load its data and repaint

QString slug(const QString &title)
{
    QString text = title.toLower();
    text.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return text;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QString directory, int startDelayMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_startDelayMs(startDelayMs)
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_window.sidebar()->setCurrentRow(0);
    QTimer::singleShot(m_startDelayMs, this, &ScreenshotTour::capture);
}

void ScreenshotTour::capture()
{
    QListWidget *sidebar = m_window.sidebar();
    // Pages refresh when shown; F5 semantics are the page's own, so just reselect and wait.
    const QString name = QStringLiteral("%1-%2.png")
                             .arg(m_page + 1, 2, 10, QLatin1Char('0'))
                             .arg(slug(sidebar->item(m_page)->text()));
    const QString path = QDir(m_directory).filePath(name);
    const QPixmap picture = m_window.screen()->grabWindow(m_window.winId());
    if (!picture.save(path))
        std::fprintf(stderr, "authdesk: cannot save %s\n", qPrintable(path));
    else
        std::fprintf(stdout, "saved %s\n", qPrintable(path));
    std::fflush(stdout);

    if (++m_page >= sidebar->count()) {
        QCoreApplication::quit();
        return;
    }
    sidebar->setCurrentRow(m_page);
    QTimer::singleShot(SettleMs, this, &ScreenshotTour::capture);
}

} // namespace authdesk
