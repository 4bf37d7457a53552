#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace authdesk {

// An authorization code of the built-in test identity provider as stored, under the SHA-256 of the
// code (never the code itself): the request it answers and who it says the user is.
struct BuiltinIdpCode
{
    QByteArray hash;
    QString clientId;
    QString redirectUri; // exactly as the request named it
    QString codeChallenge; // S256
    QString nonce;
    QString scope;
    QString email;
    QString givenName;
    QString familyName;
    bool emailVerified = true;
    QDateTime expiresAt;

    bool operator==(const BuiltinIdpCode &) const = default;
};

} // namespace authdesk
