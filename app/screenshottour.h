#pragma once

#include <QObject>
#include <QString>

namespace authdesk {

class MainWindow;

// `authdesk --screenshots DIR`: shows each page of the real window in turn, saves what the window
// system shows of it as DIR/NN-page.png, then quits. scripts/screenshots runs it under Xvfb for the
// README's pictures.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow &window, QString directory, int startDelayMs, QObject *parent = nullptr);

    void start();

private:
    void capture();

    MainWindow &m_window;
    QString m_directory;
    int m_startDelayMs;
    int m_page = 0;
};

} // namespace authdesk
