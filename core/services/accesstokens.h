#pragma once

#include "domain/result.h"
#include "services/oauth.h"
#include "services/verifiedtokencache.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <variant>

namespace authdesk {

class ApplicationRepository;
class Clock;
class SigningKeys;
class TokenRepository;

// What a live access token says.
struct AccessTokenClaims
{
    QString subject; // user ID, or client ID for client tokens
    QString clientId;
    QString scope;
    QString familyId; // empty for anonymous tokens
    QString tokenId; // jti
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool loginAs = false; // read from the session by validate(), not a claim

    bool isUserToken() const;
};

// Issues Ed25519-signed JWT access tokens and decides whether one is live: signature and expiry
// hold, the application is enabled, the family is not revoked, and it was issued after the latest
// revoke-all of its client. (Every user token belongs to a family, and revoking all of a user's
// sessions revokes those families, so a user's revoke-all is covered by the family check.)
class AccessTokens
{
public:
    AccessTokens(
        const SigningKeys &keys, ApplicationRepository &applications, TokenRepository &tokens, const Clock &clock);

    QByteArray issue(const QString &issuer, const AccessTokenClaims &claims) const;

    // An OAuthError with Code::InvalidToken (and a reason) when the token is not live, or
    // TemporarilyUnavailable when the database cannot tell.
    std::variant<AccessTokenClaims, OAuthError> validate(const QByteArray &token) const;

private:
    // The token's claims once its signature verified with a published key; from the cache when it
    // verified before with the key that is still published under its kid.
    std::optional<AccessTokenClaims> verifiedClaims(const QByteArray &token) const;

    const SigningKeys &m_keys;
    ApplicationRepository &m_applications;
    TokenRepository &m_tokens;
    const Clock &m_clock;
    mutable VerifiedTokenCache m_verified;
};

} // namespace authdesk
