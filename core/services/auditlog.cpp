#include "services/auditlog.h"

#include "domain/clock.h"
#include "services/serviceslog.h"
#include "storage/auditrepository.h"

namespace authdesk {

AuditLog::AuditLog(AuditRepository &repository, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock(clock)
{
    qRegisterMetaType<AuditEvent>();
}

void AuditLog::adminAction(const QString &actor, const QString &action, const QString &target, const QString &reason)
{
    record(AuditEvent::Kind::AdminAction, actor, action, target, reason);
}

void AuditLog::securityEvent(const QString &actor, const QString &action, const QString &target, const QString &reason)
{
    record(AuditEvent::Kind::SecurityEvent, actor, action, target, reason);
}

void AuditLog::adminAction(
    const QString &actor, const QString &action, const QString &target, const AuditReason &reason)
{
    record(AuditEvent::Kind::AdminAction, actor, action, target, reason.english(), reason);
}

void AuditLog::securityEvent(
    const QString &actor, const QString &action, const QString &target, const AuditReason &reason)
{
    record(AuditEvent::Kind::SecurityEvent, actor, action, target, reason.english(), reason);
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter &filter, int limit, int offset)
{
    return m_repository.list(filter, limit, offset);
}

Result<int> AuditLog::count(const AuditFilter &filter)
{
    return m_repository.count(filter);
}

void AuditLog::record(AuditEvent::Kind kind, const QString &actor, const QString &action, const QString &target,
    const QString &reason, const std::optional<AuditReason> &reasonKey)
{
    AuditEvent event;
    event.at = m_clock.now();
    event.kind = kind;
    event.actor = actor;
    event.action = action;
    event.target = target;
    event.reason = reason;
    event.reasonKey = reasonKey;
    const Result<void> appended = m_repository.append({ event });
    if (!appended) {
        qCWarning(lcServices) << "audit event" << action << "could not be stored:" << appended.error().message();
        return;
    }
    emit recorded(event);
}

} // namespace authdesk
