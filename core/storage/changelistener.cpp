#include "storage/changelistener.h"

#include "storage/storagelog.h"

#include <QSqlDriver>
#include <QThread>
#include <QTimer>

namespace authdesk {

namespace {

// How often the listener looks at its connection: also how soon a vanished server is noticed when
// its socket did not say so itself.
constexpr int CheckIntervalMs = 200;

} // namespace

const QString ChangeListener::Channel = QStringLiteral("authdesk_applications");

ChangeListener::ChangeListener(const QString &baseConnection, Callbacks callbacks)
    : m_base(baseConnection)
    , m_name(baseConnection + QStringLiteral("-listener"))
    , m_callbacks(std::move(callbacks))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("authdesk-listener"));
    m_timer = new QTimer;
    m_timer->setInterval(CheckIntervalMs);
    m_timer->moveToThread(m_thread.get());
    QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { check(); });
    QObject::connect(m_thread.get(), &QThread::started, m_timer, [this] {
        // A connection belongs to the thread that made it.
        QSqlDatabase::cloneDatabase(m_base, m_name);
        m_timer->start();
        check();
    });
    m_thread->start();
}

ChangeListener::~ChangeListener()
{
    // The connection belongs to the listener's thread: close it there (if its loop ever ran).
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(
            m_timer,
            [this] {
                m_timer->stop();
                QSqlDatabase::database(m_name, false).close();
                QSqlDatabase::removeDatabase(m_name);
            },
            Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_timer; // its thread has finished: nothing can deliver to it any more
}

bool ChangeListener::subscribe()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!m_callbacks.reopen(db))
        return false;
    QSqlDriver *driver = db.driver();
    QObject::disconnect(driver, &QSqlDriver::notification, m_timer, nullptr);
    QObject::connect(driver, &QSqlDriver::notification, m_timer,
        [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { m_callbacks.changed(); });
    if (!driver->subscribeToNotification(Channel)) {
        qCWarning(lcStorage) << "listening for changes failed";
        db.close();
        return false;
    }
    return true;
}

void ChangeListener::check()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (m_subscribed && db.isOpen() && !m_callbacks.broken(db))
        return;
    if (m_subscribed) {
        m_subscribed = false;
        m_callbacks.listening(false);
        m_callbacks.lost();
        m_failed = 0;
        m_wait = 0;
    }
    // Attempts back off to one every 5 checks (1 s) while the server stays away.
    if (m_wait > 0) {
        --m_wait;
        return;
    }
    if (!subscribe()) {
        m_failed = qMin(m_failed + 1, 5);
        m_wait = m_failed - 1;
        return;
    }
    m_subscribed = true;
    m_failed = 0;
    // Changes committed while nobody listened would otherwise be missed.
    m_callbacks.changed();
    m_callbacks.listening(true);
}

} // namespace authdesk
