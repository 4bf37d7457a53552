#pragma once

#include "services/oauth.h"

#include <QCoreApplication>
#include <QString>
#include <variant>

namespace authdesk {

class Clock;
class IdentityProviderRepository;
class JwksCache;

// Who an identity provider's ID token says the user is, once every check of spec section 12 held.
struct VerifiedIdToken
{
    QString idpId;
    QString subject;
    QString email; // may be empty
    bool emailVerified = false;
    QString name; // the token's `name`, when it has one
};

// Checks an ID token for POST /v1/auth/auth_with_idp and current_user/create_with_idp, in the spec's
// order: the IdP and idp_client_id, then the token (RS256 only, a JWKS key by kid, iss, aud, exp,
// iat, with 60 s leeway). Blocks while the IdP's keys are fetched: call it from a worker thread.
class IdTokenVerifier
{
    Q_DECLARE_TR_FUNCTIONS(authdesk::IdTokenVerifier)

public:
    static constexpr qint64 LeewaySeconds = 60;

    IdTokenVerifier(IdentityProviderRepository &providers, JwksCache &keys, const Clock &clock);

    // invalid_grant for every defect, temporarily_unavailable when the IdP or the database is down.
    std::variant<VerifiedIdToken, OAuthError> verify(
        const QString &idpId, const QString &idpClientId, const QByteArray &idToken) const;

private:
    IdentityProviderRepository &m_providers;
    JwksCache &m_keys;
    const Clock &m_clock;
};

} // namespace authdesk
