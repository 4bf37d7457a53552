#include "services/datachangenotifier.h"

namespace authdesk {

DataChangeNotifier::DataChangeNotifier(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DataChangeNotifier::deliver);
}

void DataChangeNotifier::note(Kinds kinds)
{
    if (!kinds)
        return;
    // Only the first change since the last delivery schedules one; the others ride along with it.
    if (m_pending.fetch_or(kinds.toInt(), std::memory_order_acq_rel) == 0)
        QMetaObject::invokeMethod(this, &DataChangeNotifier::schedule, Qt::QueuedConnection);
}

void DataChangeNotifier::schedule()
{
    const qint64 since = m_sinceLast.isValid() ? m_sinceLast.elapsed() : MinIntervalMs;
    m_timer.start(static_cast<int>(qMax<qint64>(0, MinIntervalMs - since)));
}

void DataChangeNotifier::deliver()
{
    const Kinds kinds = Kinds::fromInt(m_pending.exchange(0, std::memory_order_acq_rel));
    if (!kinds)
        return;
    m_sinceLast.start();
    emit changed(kinds);
    if (kinds & Applications)
        emit applicationsChanged();
    if (kinds & TestUsers)
        emit testUsersChanged();
    if (kinds & Sessions)
        emit sessionsChanged();
    if (kinds & IdentityProviders)
        emit identityProvidersChanged();
    if (kinds & Audit)
        emit auditChanged();
}

DataChangeNotifier::Kinds DataChangeNotifier::kindsOfAuditAction(const QString &action)
{
    const QString subject = action.section(QLatin1Char('.'), 0, 0);
    // Deleting an application or a user ends its sessions; banning or resetting a password revokes them.
    if (subject == QLatin1String("application"))
        return Applications | Sessions;
    if (subject == QLatin1String("user"))
        return TestUsers | Sessions;
    if (subject == QLatin1String("session") || subject == QLatin1String("refresh")
        || subject == QLatin1String("login_as"))
        return Sessions;
    if (subject == QLatin1String("idp"))
        return IdentityProviders | TestUsers;
    return {};
}

} // namespace authdesk
