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

    // The key under which an e-mail is unique and found: trimmed, and case-folded one character at
    // a time (Unicode simple case folding, so "Ä" matches "ä"), except that a non-ASCII character whose
    // folding is ASCII stays as it is: K (U+212A KELVIN SIGN) does not become "k", nor ſ (U+017F) "s",
    // so a look-alike never reaches an ASCII user's account. See docs/security.md.
    static QString normalizedEmail(const QString &email);
    QString abbreviatedName() const;

    bool operator==(const TestUser &) const = default;
};

} // namespace authdesk
