#include "crypto/tokengenerator.h"

#include "crypto/base64url.h"
#include "crypto/sodium.h"

#include <QUuid>

namespace authdesk::tokengenerator {

namespace {

constexpr qsizetype RandomBytes = 32;

QByteArray newToken(const char *prefix)
{
    return QByteArray(prefix) + base64url::encode(Sodium::randomBytes(RandomBytes));
}

} // namespace

QByteArray newClientSecret()
{
    return newToken(ClientSecretPrefix);
}

QByteArray newRefreshToken()
{
    return newToken(RefreshTokenPrefix);
}

QByteArray newAuthorizationCode()
{
    return newToken("");
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace authdesk::tokengenerator
