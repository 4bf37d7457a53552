#pragma once

#include "services/oauth.h"

class QHttpServerResponse;

namespace authdesk::oauthresponses {

// The one place where an OAuth outcome becomes an HTTP response: the status of the catalogue
// (apierrors::statusFor) and the headers of spec sections 3, 4 and 8.
QHttpServerResponse error(const OAuthError &error, ClientCredentials::Method method);
QHttpServerResponse tokens(const IssuedTokens &tokens);

} // namespace authdesk::oauthresponses
