#include "services/tokenresponse.h"

#include "crypto/compactjws.h"
#include "domain/jsonwriter.h"

#include <QJsonDocument>

namespace authdesk::tokenresponse {

QJsonObject body(const IssuedTokens &tokens)
{
    return QJsonDocument::fromJson(json(tokens)).object();
}

QByteArray json(const IssuedTokens &tokens)
{
    // By name, as QJsonObject orders them; the tokens are ASCII and go in as they are.
    JsonObjectWriter body(tokens.accessToken.size() + tokens.refreshToken.size() + 128);
    body.addUtf8("access_token", tokens.accessToken).add("expires_in", qint64(tokens.expiresIn));
    if (!tokens.refreshToken.isEmpty())
        body.addUtf8("refresh_token", tokens.refreshToken);
    return body.add("scope", tokens.scope).addUtf8("token_type", "bearer").finish();
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
