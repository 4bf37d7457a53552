#include "services/tokenresponse.h"

#include "crypto/compactjws.h"

namespace authdesk::tokenresponse {

QJsonObject body(const IssuedTokens &tokens)
{
    QJsonObject body { { QStringLiteral("access_token"), QString::fromLatin1(tokens.accessToken) },
        { QStringLiteral("token_type"), QStringLiteral("bearer") }, { QStringLiteral("expires_in"), tokens.expiresIn },
        { QStringLiteral("scope"), tokens.scope } };
    if (!tokens.refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(tokens.refreshToken));
    return body;
}

QJsonObject errorBody(const OAuthError &error)
{
    return { { QStringLiteral("error"), QString::fromLatin1(OAuthError::codeName(error.code)) },
        { QStringLiteral("error_description"), QString::fromLatin1(error.description) } };
}

std::optional<DecodedJwt> decodeForDisplay(const QByteArray &token)
{
    const Result<CompactJws> jws = CompactJws::parse(token);
    if (!jws)
        return std::nullopt;
    return DecodedJwt { jws->header, jws->claims };
}

} // namespace authdesk::tokenresponse
