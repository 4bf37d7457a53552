#pragma once

#include "services/oauth.h"

#include <QByteArray>
#include <QString>

namespace authdesk {

class AccessTokens;
class ApplicationRepository;
class Clock;
class TokenRepository;

// A decoded revocation request: the SDK's Bearer form, or RFC 7009 client authentication.
struct RevocationRequest
{
    QByteArray bearerToken; // from "Authorization: Bearer ..."; empty when absent
    bool bearerPresent = false;
    ClientCredentials client; // RFC 7009 form
    QByteArray token; // the refresh token to revoke
    QString tokenTypeHint;
};

struct Revoked
{
    bool familyRevoked = false;
    AuditReason reason; // for the request log
};

// POST /v1/auth/revoke (spec section 4). Revokes a refresh token's whole family, but only for its
// own client and user; anything else is a silent no-op, so the endpoint cannot probe for tokens.
class RevocationService
{
public:
    RevocationService(
        ApplicationRepository &applications, TokenRepository &tokens, AccessTokens &accessTokens, const Clock &clock);

    std::variant<Revoked, OAuthError> revoke(const RevocationRequest &request) const;

private:
    ApplicationRepository &m_applications;
    TokenRepository &m_tokens;
    AccessTokens &m_accessTokens;
    const Clock &m_clock;
};

} // namespace authdesk
