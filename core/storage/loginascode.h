#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace authdesk {

// One login-as authorization request as stored, under the SHA-256 of either its authorization code
// or its approval page's form token; never the code or the token itself.
struct LoginAsCode
{
    enum class Kind { Code, Form };

    QByteArray hash;
    Kind kind = Kind::Code;
    QString clientId;
    QString userId;
    QString redirectUri; // exactly as the request named it
    QString codeChallenge; // S256
    QString state; // the marketplace's, echoed in the redirect
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; // null until first used
    QString familyId; // the session a code was redeemed for

    bool operator==(const LoginAsCode &) const = default;
};

} // namespace authdesk
