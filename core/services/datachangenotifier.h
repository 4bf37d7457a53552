#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>

namespace authdesk {

// Tells the console that data it shows has changed, so that its pages reload instead of waiting for
// F5. The services note each committed change here, from any thread (the HTTP server's included);
// the signals follow on the notifier's own thread, at most once per MinIntervalMs however many
// changes were noted meanwhile, so that a burst of logins costs the console a few reloads, not one each.
class DataChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataChangeNotifier)

public:
    enum Kind : unsigned {
        Applications = 1U << 0,
        TestUsers = 1U << 1,
        Sessions = 1U << 2,
        IdentityProviders = 1U << 3,
        Audit = 1U << 4,
    };
    Q_DECLARE_FLAGS(Kinds, Kind)
    Q_FLAG(Kinds)

    static constexpr int MinIntervalMs = 250;

    explicit DataChangeNotifier(QObject *parent = nullptr);

    // Thread-safe. Call after the change committed.
    void note(Kinds kinds);
    // What an audit action (e.g. "application.update") says has changed, besides the audit log.
    static Kinds kindsOfAuditAction(const QString &action);

signals:
    void changed(authdesk::DataChangeNotifier::Kinds kinds);
    void applicationsChanged();
    void testUsersChanged();
    void sessionsChanged();
    void identityProvidersChanged();
    void auditChanged();

private:
    void schedule();
    void deliver();

    std::atomic<unsigned> m_pending { 0 };
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DataChangeNotifier::Kinds)

} // namespace authdesk
