#pragma once

#include <QObject>

class QSocketNotifier;

namespace authdesk {

// Turns SIGINT and SIGTERM into a Qt signal delivered on the event loop, so shutdown runs normal
// destructors (closing the database cleanly) instead of dying inside a signal handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace authdesk
