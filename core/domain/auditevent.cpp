#include "domain/auditevent.h"

namespace authdesk {

QString AuditEvent::kindName(Kind kind)
{
    return kind == Kind::AdminAction ? QStringLiteral("admin") : QStringLiteral("security");
}

} // namespace authdesk
