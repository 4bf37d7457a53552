#pragma once

#include "apifixture.h"
#include "services/auditlog.h"
#include "services/servicehub.h"

namespace authdesk {

// The audit events the Audit log tests read: an admin action at 10:00:10 and a security event at
// 10:00:20 (UTC, on the fixture's clock), with a comma, quotes and a line break in their reasons.
inline void recordAuditEvents(ApiFixture &fixture)
{
    AuditLog &audit = fixture.services().audit();
    fixture.clock().advance(10);
    audit.adminAction(QStringLiteral("alice"), QStringLiteral("session.revoke"), QStringLiteral("family-1"),
        QStringLiteral("lost phone, \"the blue one\""));
    fixture.clock().advance(10);
    audit.securityEvent(QStringLiteral("system"), QStringLiteral("refresh.reuse_detected"), QStringLiteral("family-2"),
        QStringLiteral("refresh token was already used:\nfamily revoked"));
}

} // namespace authdesk
