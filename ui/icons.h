#pragma once

#include <QIcon>

namespace authdesk {

// The console's own icons (AuthDesk: the application's, also installed as its desktop icon), drawn as SVG so they stay
// sharp on high-DPI screens.
enum class Icon {
    Application,
    User,
    Key,
    Copy,
    Add,
    Delete,
    Session,
    Requests,
    Audit,
    Server,
    TryIt,
    TestControls,
    AuthDesk
};

QIcon icon(Icon which);

} // namespace authdesk
