#include "services/apiaccess.h"

#include "domain/clock.h"
#include "services/apierrors.h"
#include "services/clientsecret.h"
#include "services/signingkeys.h"
#include "storage/applicationrepository.h"
#include "storage/testuserrepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace authdesk {

namespace {

using apierrors::invalidToken;

} // namespace

ApiAccess::ApiAccess(AccessTokens &accessTokens, ApplicationRepository &applications, TestUserRepository &users,
    const SigningKeys &keys, const Clock &clock)
    : m_accessTokens(accessTokens)
    , m_applications(applications)
    , m_users(users)
    , m_keys(keys)
    , m_clock(clock)
{ }

std::variant<AccessTokenClaims, OAuthError> ApiAccess::authorize(
    const QByteArray &authorization, const QStringList &scopes, ApplicationType applicationType) const
{
    if (authorization.left(7).toLower() != "bearer ")
        return invalidToken(
            AuditReason("ApiAccess", QT_TRANSLATE_NOOP("ApiAccess", "the request has no bearer token")));
    const std::variant<AccessTokenClaims, OAuthError> validated
        = m_accessTokens.validate(authorization.mid(7).trimmed());
    if (std::holds_alternative<OAuthError>(validated))
        return validated;
    const AccessTokenClaims &claims = std::get<AccessTokenClaims>(validated);
    const OAuthError insufficient = apierrors::insufficientScope(
        AuditReason("ApiAccess", QT_TRANSLATE_NOOP("ApiAccess", "a %1 token cannot read this"), { claims.scope }));
    if (!scopes.contains(claims.scope))
        return insufficient;
    // validate() has just read the application: this is the same, still current, copy.
    const Result<std::optional<Application>> application = m_applications.findRecent(claims.clientId);
    if (!application)
        return apierrors::databaseUnavailable();
    if (!application->has_value() || (*application)->type != applicationType)
        return insufficient;
    return claims;
}

std::variant<TestUser, OAuthError> ApiAccess::currentUser(const AccessTokenClaims &claims) const
{
    const Result<std::optional<TestUser>> user = m_users.findById(claims.subject);
    if (!user)
        return apierrors::databaseUnavailable();
    if (!user->has_value())
        return invalidToken(
            AuditReason("ApiAccess", QT_TRANSLATE_NOOP("ApiAccess", "the token's user no longer exists")));
    return **user;
}

QString ApiAccess::marketplaceId() const
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{4b0d7e2a-51c3-4b8e-9c55-6a1d2f3e4b5c}"));
    const QString seed = m_keys.isLoaded() ? m_keys.current().kid() : QStringLiteral("authdesk");
    return QUuid::createUuidV5(ns, seed).toString(QUuid::WithoutBraces);
}

std::variant<QJsonObject, OAuthError> ApiAccess::introspect(
    const ClientCredentials &client, const QByteArray &token) const
{
    const OAuthError invalidClient = apierrors::invalidClient(
        AuditReason("ApiAccess", QT_TRANSLATE_NOOP("ApiAccess", "introspection needs a client ID and its secret")));
    const Result<std::optional<Application>> found = m_applications.find(client.clientId);
    if (!found)
        return apierrors::databaseUnavailable();
    if (!found->has_value() || !client.secretPresent)
        return invalidClient;
    const Application &app = **found;
    if (!app.enabled || !clientSecretMatches(app, client.clientSecret, m_clock.now()))
        return invalidClient;
    if (token.isEmpty()) {
        return apierrors::missingParameters(
            { "token" }, AuditReason("ApiAccess", QT_TRANSLATE_NOOP("ApiAccess", "introspection without a token")));
    }

    const QJsonObject inactive { { QStringLiteral("active"), false } };
    const std::variant<AccessTokenClaims, OAuthError> validated = m_accessTokens.validate(token);
    if (const auto *error = std::get_if<OAuthError>(&validated)) {
        if (error->code == OAuthError::Code::TemporarilyUnavailable)
            return *error;
        return inactive;
    }
    const AccessTokenClaims &claims = std::get<AccessTokenClaims>(validated);
    if (claims.clientId != app.clientId)
        return inactive;
    return QJsonObject { { QStringLiteral("active"), true }, { QStringLiteral("scope"), claims.scope },
        { QStringLiteral("client_id"), claims.clientId }, { QStringLiteral("sub"), claims.subject },
        { QStringLiteral("exp"), claims.expiresAt.toSecsSinceEpoch() },
        { QStringLiteral("iat"), claims.issuedAt.toSecsSinceEpoch() },
        { QStringLiteral("token_type"), QStringLiteral("bearer") } };
}

} // namespace authdesk
