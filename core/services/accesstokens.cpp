#include "services/accesstokens.h"

#include "crypto/jwt.h"
#include "domain/clock.h"
#include "domain/jsonwriter.h"
#include "services/apierrors.h"
#include "services/scopes.h"
#include "services/signingkeys.h"
#include "storage/applicationrepository.h"
#include "storage/tokenrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace authdesk {

namespace {

using apierrors::invalidToken;

} // namespace

bool AccessTokenClaims::isUserToken() const
{
    return scope == scopes::User || scope == scopes::UserLimited || scope == scopes::TrustedUser;
}

AccessTokens::AccessTokens(
    const SigningKeys &keys, ApplicationRepository &applications, TokenRepository &tokens, const Clock &clock)
    : m_keys(keys)
    , m_applications(applications)
    , m_tokens(tokens)
    , m_clock(clock)
{ }

QByteArray AccessTokens::issue(const QString &issuer, const AccessTokenClaims &claims) const
{
    // The members in the order QJsonObject kept them (by name), written straight to UTF-8.
    JsonObjectWriter payload(320);
    payload.add("client_id", claims.clientId).add("exp", claims.expiresAt.toSecsSinceEpoch());
    if (!claims.familyId.isEmpty())
        payload.add("fid", claims.familyId);
    payload.add("iat", claims.issuedAt.toSecsSinceEpoch())
        .add("iss", issuer)
        .add("jti", claims.tokenId)
        .add("scope", claims.scope)
        .add("sub", claims.subject);
    return jwt::sign(payload.finish(), m_keys.current());
}

std::variant<AccessTokenClaims, OAuthError> AccessTokens::validate(const QByteArray &token) const
{
    const Result<jwt::Verified> verified = jwt::verify(token, m_keys.publicKeys());
    if (!verified)
        return invalidToken(QCoreApplication::translate(
            "AccessTokens", "the access token is malformed or its signature does not verify"));

    const QJsonObject &payload = verified->claims;
    AccessTokenClaims claims;
    claims.subject = payload.value(QLatin1String("sub")).toString();
    claims.clientId = payload.value(QLatin1String("client_id")).toString();
    claims.scope = payload.value(QLatin1String("scope")).toString();
    claims.familyId = payload.value(QLatin1String("fid")).toString();
    claims.tokenId = payload.value(QLatin1String("jti")).toString();
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(payload.value(QLatin1String("iat")).toInteger(), Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(payload.value(QLatin1String("exp")).toInteger(), Qt::UTC);

    if (claims.expiresAt <= m_clock.now())
        return invalidToken(QCoreApplication::translate("AccessTokens", "the access token has expired"));

    const Result<std::optional<Application>> application = m_applications.findRecent(claims.clientId);
    if (!application)
        return apierrors::databaseUnavailable();
    if (!application->has_value())
        return invalidToken(
            QCoreApplication::translate("AccessTokens", "the access token's application no longer exists"));
    const Application &app = **application;
    if (!app.enabled)
        return invalidToken(QCoreApplication::translate("AccessTokens", "the access token's application is disabled"));
    // iat has whole seconds: a token from the same second as a revoke-all counts as revoked.
    if (app.revokedAllAt.isValid() && claims.issuedAt.toMSecsSinceEpoch() <= app.revokedAllAt.toMSecsSinceEpoch())
        return invalidToken(QCoreApplication::translate(
            "AccessTokens", "every token of the application was revoked after this one was issued"));

    if (!claims.familyId.isEmpty()) {
        const Result<std::optional<TokenFamily>> family = m_tokens.findFamily(claims.familyId);
        if (!family)
            return apierrors::databaseUnavailable();
        if (!family->has_value() || (*family)->clientId != claims.clientId)
            return invalidToken(
                QCoreApplication::translate("AccessTokens", "the access token's session no longer exists"));
        if ((*family)->revokedAt.isValid())
            return invalidToken(QCoreApplication::translate("AccessTokens", "the access token's session was revoked"));
        claims.loginAs = (*family)->loginAs;
    } else if (claims.scope != scopes::PublicRead) {
        return invalidToken(QCoreApplication::translate("AccessTokens", "the access token has no session"));
    }
    return claims;
}

} // namespace authdesk
