#include "services/accesstokens.h"

#include "crypto/digest.h"
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

AccessTokenClaims claimsOf(const VerifiedTokenCache::Entry &entry)
{
    AccessTokenClaims claims;
    claims.subject = entry.subject;
    claims.clientId = entry.clientId;
    claims.scope = entry.scope;
    claims.familyId = entry.familyId;
    claims.tokenId = entry.tokenId;
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(entry.issuedAt, Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(entry.expiresAt, Qt::UTC);
    return claims;
}

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

std::optional<AccessTokenClaims> AccessTokens::verifiedClaims(const QByteArray &token) const
{
    const QByteArray digest = digest::sha256(token);
    if (const std::optional<VerifiedTokenCache::Entry> known = m_verified.find(digest)) {
        if (m_keys.publicKeys().value(known->kid) == known->publicKey)
            return claimsOf(*known);
    }

    const Result<jwt::Verified> verified = jwt::verify(token, m_keys.publicKeys());
    if (!verified)
        return std::nullopt;
    const QJsonObject &payload = verified->claims;
    VerifiedTokenCache::Entry entry;
    entry.kid = verified->header.value(QLatin1String("kid")).toString();
    entry.publicKey = m_keys.publicKeys().value(entry.kid);
    entry.subject = payload.value(QLatin1String("sub")).toString();
    entry.clientId = payload.value(QLatin1String("client_id")).toString();
    entry.scope = payload.value(QLatin1String("scope")).toString();
    entry.familyId = payload.value(QLatin1String("fid")).toString();
    entry.tokenId = payload.value(QLatin1String("jti")).toString();
    entry.issuedAt = payload.value(QLatin1String("iat")).toInteger();
    entry.expiresAt = payload.value(QLatin1String("exp")).toInteger();
    m_verified.insert(digest, entry, m_clock.now().toSecsSinceEpoch());
    return claimsOf(entry);
}

std::variant<AccessTokenClaims, OAuthError> AccessTokens::validate(const QByteArray &token) const
{
    std::optional<AccessTokenClaims> verified = verifiedClaims(token);
    if (!verified)
        return invalidToken(AuditReason("AccessTokens",
            QT_TRANSLATE_NOOP("AccessTokens", "the access token is malformed or its signature does not verify")));
    AccessTokenClaims &claims = *verified;

    if (claims.expiresAt <= m_clock.now())
        return invalidToken(
            AuditReason("AccessTokens", QT_TRANSLATE_NOOP("AccessTokens", "the access token has expired")));

    const Result<std::optional<Application>> application = m_applications.findRecent(claims.clientId);
    if (!application)
        return apierrors::databaseUnavailable();
    if (!application->has_value())
        return invalidToken(AuditReason(
            "AccessTokens", QT_TRANSLATE_NOOP("AccessTokens", "the access token's application no longer exists")));
    const Application &app = **application;
    if (!app.enabled)
        return invalidToken(AuditReason(
            "AccessTokens", QT_TRANSLATE_NOOP("AccessTokens", "the access token's application is disabled")));
    // iat has whole seconds: a token from the same second as a revoke-all counts as revoked.
    if (app.revokedAllAt.isValid() && claims.issuedAt.toMSecsSinceEpoch() <= app.revokedAllAt.toMSecsSinceEpoch())
        return invalidToken(AuditReason("AccessTokens",
            QT_TRANSLATE_NOOP("AccessTokens", "every token of the application was revoked after this one was issued")));

    if (!claims.familyId.isEmpty()) {
        const Result<std::optional<TokenFamily>> family = m_tokens.findFamily(claims.familyId);
        if (!family)
            return apierrors::databaseUnavailable();
        if (!family->has_value() || (*family)->clientId != claims.clientId)
            return invalidToken(AuditReason(
                "AccessTokens", QT_TRANSLATE_NOOP("AccessTokens", "the access token's session no longer exists")));
        if ((*family)->revokedAt.isValid())
            return invalidToken(AuditReason(
                "AccessTokens", QT_TRANSLATE_NOOP("AccessTokens", "the access token's session was revoked")));
        claims.loginAs = (*family)->loginAs;
    } else if (claims.scope != scopes::PublicRead) {
        return invalidToken(
            AuditReason("AccessTokens", QT_TRANSLATE_NOOP("AccessTokens", "the access token has no session")));
    }
    return claims;
}

} // namespace authdesk
