#include "domain/auditevent.h"

#include <QCoreApplication>

namespace authdesk {

namespace {

const QLatin1String BulkCreateAction("user.create_many");

} // namespace

AuditReason AuditEvent::bulkCreateTarget(int count)
{
    return AuditReason("TestUserService", QT_TRANSLATE_N_NOOP("TestUserService", "%n test users"), {}, count);
}

QString AuditEvent::shownTarget() const
{
    if (action == BulkCreateAction) {
        // "3 test users", or the same in the language of the console that recorded it before targets
        // were kept in English: the count leads in every language.
        bool isNumber = false;
        const int count = target.section(QLatin1Char(' '), 0, 0).toInt(&isNumber);
        if (isNumber)
            return bulkCreateTarget(count).translated();
    }
    return target;
}

QString AuditEvent::kindName(Kind kind)
{
    return kind == Kind::AdminAction ? QStringLiteral("admin") : QStringLiteral("security");
}

} // namespace authdesk
