#pragma once

#include <QDateTime>
#include <QString>

namespace authdesk {

// A chain of refresh tokens that started at one login (or one integration client_credentials call).
// Each refresh rotates the head; revoking the family ends every token in it.
struct TokenFamily
{
    QString id; // a UUID, also the `fid` claim of its access tokens
    QString clientId;
    QString userId; // empty for integration families
    QString scope;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt; // of the current head
    QDateTime revokedAt;
    QString revokedBy; // "admin:<name>", "user", "system"
    QString revokeReason;
    bool reuseDetected = false;
    bool loginAs = false; // an operator's login-as session: access tokens only, no refresh tokens
    // Where the session was started and last refreshed from, for support to tell sessions apart.
    // Empty when not known (sessions from before schema 6, or login-as sessions).
    QString loginAddress;
    QString loginUserAgent;
    QString refreshAddress; // of the last refresh; empty until the first
    QString refreshUserAgent;

    enum class State { Live, Expired, Revoked, ReuseDetected };
    State state(const QDateTime &now) const;

    bool operator==(const TokenFamily &) const = default;
};

} // namespace authdesk
