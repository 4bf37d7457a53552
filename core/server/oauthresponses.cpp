#include "server/oauthresponses.h"

#include "server/jsonreply.h"

#include <QHttpServerResponse>

namespace authdesk::oauthresponses {

QHttpServerResponse error(const OAuthError &error, ClientCredentials::Method method)
{
    QHttpServerResponse response
        = jsonreply::error(OAuthError::codeName(error.code), error.description, apierrors::statusFor(error.code));
    switch (error.code) {
    case OAuthError::Code::InvalidClient:
        // A Basic challenge only for clients that used Basic: others must not get a browser pop-up.
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), method == ClientCredentials::Method::Basic
                                                                      ? QByteArrayLiteral("Basic realm=\"authdesk\"")
                                                                      : QByteArrayLiteral("Bearer realm=\"authdesk\""));
        break;
    case OAuthError::Code::InvalidGrant:
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"authdesk\""));
        break;
    case OAuthError::Code::InvalidToken:
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer realm=\"authdesk\", error=\"invalid_token\""));
        break;
    case OAuthError::Code::InsufficientScope:
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer realm=\"authdesk\", error=\"insufficient_scope\""));
        break;
    case OAuthError::Code::TemporarilyUnavailable:
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        break;
    default:
        break;
    }
    return response;
}

QHttpServerResponse tokens(const IssuedTokens &tokens)
{
    QJsonObject body { { QStringLiteral("access_token"), QString::fromLatin1(tokens.accessToken) },
                       { QStringLiteral("token_type"), QStringLiteral("bearer") },
                       { QStringLiteral("expires_in"), tokens.expiresIn },
                       { QStringLiteral("scope"), tokens.scope } };
    if (!tokens.refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(tokens.refreshToken));
    return jsonreply::json(body, 200);
}

} // namespace authdesk::oauthresponses
