#pragma once

#include <QDateTime>
#include <QString>

namespace authdesk {

// A test user's account at an identity provider: the IdP's `sub` for them. An IdP login finds the
// user by this pair first.
struct LinkedIdentity
{
    QString idpId;
    QString subject; // the ID token's `sub`
    QString userId;
    QDateTime linkedAt;

    bool operator==(const LinkedIdentity &) const = default;
};

} // namespace authdesk
