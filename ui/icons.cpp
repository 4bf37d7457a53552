#include "ui/icons.h"

#include <QString>

// The resources live in a static library, so nothing would pull in their registration without this.
static void initAuthDeskResources()
{
    Q_INIT_RESOURCE(authdesk);
}

namespace authdesk {

namespace {

QString fileName(Icon which)
{
    switch (which) {
    case Icon::Application:
        return QStringLiteral(":/icons/application.svg");
    case Icon::User:
        return QStringLiteral(":/icons/user.svg");
    case Icon::Key:
        return QStringLiteral(":/icons/key.svg");
    case Icon::Copy:
        return QStringLiteral(":/icons/copy.svg");
    case Icon::Add:
        return QStringLiteral(":/icons/add.svg");
    case Icon::Delete:
        return QStringLiteral(":/icons/delete.svg");
    case Icon::Session:
        return QStringLiteral(":/icons/session.svg");
    case Icon::Requests:
        return QStringLiteral(":/icons/requests.svg");
    case Icon::Audit:
        return QStringLiteral(":/icons/audit.svg");
    case Icon::Server:
        return QStringLiteral(":/icons/server.svg");
    case Icon::TryIt:
        return QStringLiteral(":/icons/tryit.svg");
    case Icon::TestControls:
        return QStringLiteral(":/icons/testcontrols.svg");
    case Icon::AuthDesk:
        return QStringLiteral(":/icons/authdesk.svg");
    }
    Q_UNREACHABLE();
}

} // namespace

QIcon icon(Icon which)
{
    static const bool initialized = [] {
        initAuthDeskResources();
        return true;
    }();
    Q_UNUSED(initialized);
    return QIcon(fileName(which));
}

} // namespace authdesk
