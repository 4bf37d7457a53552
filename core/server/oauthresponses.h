#pragma once

#include "services/oauth.h"

class QHttpServerResponse;

namespace authdesk::oauthresponses {

// The one place where an OAuth outcome becomes an HTTP status and headers (spec sections 3, 4, 8).
int statusFor(OAuthError::Code code);
QHttpServerResponse error(const OAuthError &error, ClientCredentials::Method method);
QHttpServerResponse tokens(const IssuedTokens &tokens);

} // namespace authdesk::oauthresponses
