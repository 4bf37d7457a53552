#pragma once

#include "services/oauth.h"

#include <QJsonObject>
#include <optional>

namespace authdesk::tokenresponse {

// The JSON body of the token endpoint's answer (spec sections 3 and 4), built in one place for the
// server and for the console's Try it page, so the page shows exactly what a client would get.
QJsonObject body(const IssuedTokens &tokens);
// The same body as compact JSON bytes, written without a QJsonObject (the server's hot path).
QByteArray json(const IssuedTokens &tokens);
QJsonObject errorBody(const OAuthError &error);

// An issued JWT taken apart by the same parser that verifies tokens, without checking the signature:
// for display only (the console just made the token). Nothing when it is not a compact JWS.
struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
};
std::optional<DecodedJwt> decodeForDisplay(const QByteArray &token);

} // namespace authdesk::tokenresponse
