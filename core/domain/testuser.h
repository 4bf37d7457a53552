#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace authdesk {

// An end user of the marketplace, for the password grant. The e-mail is the username and is matched
// case-insensitively; only an argon2id hash of the password is held.
struct TestUser
{
    QString id; // a UUID
    QString email;
    QString displayName;
    QByteArray passwordHash; // argon2id PHC string
    bool banned = false;
    QDateTime lockedUntil; // after repeated failed logins; null when not locked
    int failedLogins = 0;
    QDateTime failedLoginsSince;
    QDateTime createdAt;
    QDateTime revokedAllAt; // access tokens issued before this are not live
    // An IdP login may match this user by e-mail only when both this and the IdP's token say verified.
    bool emailVerified = true;

    enum class State { Active, Banned, Locked };
    State state(const QDateTime &now) const;

    static QString normalizedEmail(const QString &email);
    QString abbreviatedName() const;

    bool operator==(const TestUser &) const = default;
};

} // namespace authdesk
