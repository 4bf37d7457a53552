#pragma once

#include "domain/auditevent.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace authdesk {

// Which audit events a listing shows. Empty fields do not filter.
struct AuditFilter
{
    std::optional<AuditEvent::Kind> kind;
    QString text; // matched (any case) against actor, action, target and reason
    QDateTime from;
    QDateTime to;
};

} // namespace authdesk
