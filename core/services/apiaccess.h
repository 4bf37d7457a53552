#pragma once

#include "domain/application.h"
#include "domain/testuser.h"
#include "services/accesstokens.h"

#include <QJsonObject>
#include <QStringList>

#include <variant>

namespace authdesk {

class AccessTokens;
class ApplicationRepository;
class Clock;
class SigningKeys;
class TestUserRepository;

// The local stand-ins for the Marketplace and Integration APIs (spec section 2), and introspection:
// who a bearer token belongs to, and whether it may read what it asks for.
class ApiAccess
{
public:
    ApiAccess(AccessTokens &accessTokens, ApplicationRepository &applications, TestUserRepository &users,
              const SigningKeys &keys, const Clock &clock);

    // Reads "Bearer <token>" and checks liveness and scope: InvalidToken (401) for a missing,
    // malformed, expired or revoked token; InsufficientScope (403) for a live token of another scope
    // or of the wrong type of application.
    std::variant<AccessTokenClaims, OAuthError> authorize(const QByteArray &authorization, const QStringList &scopes,
                                                          ApplicationType applicationType) const;
    std::variant<TestUser, OAuthError> currentUser(const AccessTokenClaims &claims) const;

    // The local marketplace: a stable ID for this database (derived from its first signing key).
    QString marketplaceId() const;

    // RFC 7662 for a client that authenticated with its secret: {active:false} for anything not live
    // or not the client's own.
    std::variant<QJsonObject, OAuthError> introspect(const ClientCredentials &client, const QByteArray &token) const;

private:
    AccessTokens &m_accessTokens;
    ApplicationRepository &m_applications;
    TestUserRepository &m_users;
    const SigningKeys &m_keys;
    const Clock &m_clock;
};

} // namespace authdesk
