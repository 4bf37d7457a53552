#include "server/oauthresponses.h"

#include "server/jsonreply.h"
#include "services/tokenresponse.h"

#include <QHttpServerResponse>

namespace authdesk::oauthresponses {

QHttpServerResponse error(const OAuthError &error, ClientCredentials::Method method)
{
    QHttpServerResponse response = jsonreply::json(tokenresponse::errorBody(error), apierrors::statusFor(error.code));
    switch (error.code) {
    case OAuthError::Code::InvalidClient:
        // A Basic challenge only for clients that used Basic: others must not get a browser pop-up.
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
            method == ClientCredentials::Method::Basic ? QByteArrayLiteral("Basic realm=\"authdesk\"")
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
    return jsonreply::json(tokenresponse::json(tokens), 200);
}

} // namespace authdesk::oauthresponses
