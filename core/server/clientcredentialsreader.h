#pragma once

#include "server/formdecoder.h"
#include "services/oauth.h"

#include <QByteArray>
#include <variant>

namespace authdesk {

// Finds the client's credentials in an Authorization: Basic header (RFC 6749 2.3.1: the id and secret
// are form-urlencoded before base64) or in the form body, and refuses ambiguous combinations.
class ClientCredentialsReader
{
public:
    static std::variant<ClientCredentials, OAuthError> read(const QByteArray &authorization, const DecodedForm &form);
};

} // namespace authdesk
