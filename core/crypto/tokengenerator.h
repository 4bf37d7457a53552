#pragma once

#include <QByteArray>
#include <QString>

namespace authdesk::tokengenerator {

// Opaque credentials: a short readable prefix per kind (so secret scanners can find leaks) and 32
// random bytes in base64url without padding. Only their SHA-256 is ever stored.
inline constexpr char ClientSecretPrefix[] = "ads_";
inline constexpr char RefreshTokenPrefix[] = "adr_";

QByteArray newClientSecret();
QByteArray newRefreshToken();
// 32 random bytes, base64url, without a prefix: login-as authorization codes and form tokens (spec 11).
QByteArray newAuthorizationCode();
// A random (version 4) UUID without braces, e.g. for client IDs, user IDs, family IDs, jti.
QString newUuid();

} // namespace authdesk::tokengenerator
