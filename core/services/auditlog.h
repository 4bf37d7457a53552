#pragma once

#include "domain/auditevent.h"
#include "domain/auditfilter.h"
#include "domain/result.h"

#include <QObject>

namespace authdesk {

class AuditRepository;
class Clock;

// Records admin actions and security events durably and announces them to the console.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    AuditLog(AuditRepository &repository, const Clock &clock, QObject *parent = nullptr);

    // Thread-safe: each thread writes through its own connection. The action being recorded has
    // already happened, so a failure to record it is logged rather than returned: it cannot be undone.
    void adminAction(const QString &actor, const QString &action, const QString &target, const QString &reason);
    void securityEvent(const QString &actor, const QString &action, const QString &target, const QString &reason);
    // The same with a translatable reason: stored in English plus its translation key, so each console
    // shows it in its own language (see AuditReason). Free text typed by an operator stays a QString.
    void adminAction(const QString &actor, const QString &action, const QString &target, const AuditReason &reason);
    void securityEvent(const QString &actor, const QString &action, const QString &target, const AuditReason &reason);

    Result<QList<AuditEvent>> list(const AuditFilter &filter, int limit, int offset);
    Result<int> count(const AuditFilter &filter);

signals:
    void recorded(const authdesk::AuditEvent &event);

private:
    void record(AuditEvent::Kind kind, const QString &actor, const QString &action, const QString &target,
        const QString &reason, const std::optional<AuditReason> &reasonKey = std::nullopt);

    AuditRepository &m_repository;
    const Clock &m_clock;
};

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::AuditEvent)
