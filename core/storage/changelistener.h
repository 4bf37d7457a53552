#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace authdesk {

// Listens on its own PostgreSQL connection and thread for the notification another process sends
// when it commits a change of applications (LISTEN/NOTIFY), so caches are dropped on the next
// request. It watches its connection too: when the server goes away it says so at once (every
// thread then reopens its connection before its next use instead of failing a request to notice),
// and it reconnects and subscribes again with backoff; notifications missed meanwhile count as a
// change.
class ChangeListener
{
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    struct Callbacks
    {
        std::function<void()> changed; // a change was committed elsewhere, or may have been
        std::function<void(bool listening)> listening; // whether notifications arrive
        std::function<void()> lost; // the server went away
        std::function<bool(QSqlDatabase &)> reopen; // reopens the connection; false while unreachable
        std::function<bool(const QSqlDatabase &)> broken; // whether the connection broke
    };

    static const QString Channel;

    // Starts listening on a connection cloned from baseConnection.
    ChangeListener(const QString &baseConnection, Callbacks callbacks);
    // Stops the thread and closes the connection.
    ~ChangeListener();

private:
    void check(); // on the listener's thread
    bool subscribe();

    QString m_base;
    QString m_name;
    Callbacks m_callbacks;
    std::unique_ptr<QThread> m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
    bool m_subscribed = false;
    int m_failed = 0; // attempts in a row, up to 5
    int m_wait = 0; // checks to skip before the next attempt
};

} // namespace authdesk
