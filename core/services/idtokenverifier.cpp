#include "services/idtokenverifier.h"

#include "crypto/compactjws.h"
#include "crypto/rsapublickey.h"
#include "domain/clock.h"
#include "services/apierrors.h"
#include "services/jwkscache.h"
#include "storage/identityproviderrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <optional>

namespace authdesk {

namespace {

using apierrors::invalidGrant;

bool audienceContains(const QJsonValue &aud, const QString &clientId)
{
    if (aud.isString())
        return aud.toString() == clientId;
    if (!aud.isArray())
        return false;
    const QJsonArray audiences = aud.toArray();
    return std::any_of(audiences.cbegin(), audiences.cend(),
        [&clientId](const QJsonValue &value) { return value.toString() == clientId; });
}

// A NumericDate (RFC 7519): seconds since the epoch, possibly fractional.
std::optional<qint64> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

} // namespace

IdTokenVerifier::IdTokenVerifier(IdentityProviderRepository &providers, JwksCache &keys, const Clock &clock)
    : m_providers(providers)
    , m_keys(keys)
    , m_clock(clock)
{ }

std::variant<VerifiedIdToken, OAuthError> IdTokenVerifier::verify(
    const QString &idpId, const QString &idpClientId, const QByteArray &idToken) const
{
    const Result<std::optional<IdentityProvider>> found = m_providers.find(idpId);
    if (!found) {
        return apierrors::databaseUnavailable();
    }
    if (!found->has_value())
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "no identity provider has the ID '%1'"),
            { idpId.left(64) }));
    const IdentityProvider &provider = **found;
    if (!provider.acceptsClientId(idpClientId))
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "idp_client_id is neither %1's client ID nor a trusted one"),
            { provider.idpId }));

    const Result<CompactJws> jws = CompactJws::parse(idToken);
    if (!jws)
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token is not a compact JWS")));
    const QString alg = jws->header.value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token is signed with '%1'; only RS256 is accepted"),
            { alg.left(16) }));
    const QString kid = jws->header.value(QLatin1String("kid")).toString();
    if (kid.isEmpty())
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token's header names no kid")));

    const JwksCache::Lookup key = m_keys.find(provider, kid);
    switch (key.outcome) {
    case JwksCache::Outcome::Unreachable:
        return apierrors::identityProviderUnreachable(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the keys of %1 could not be fetched: %2"),
            { provider.idpId, key.reason }));
    case JwksCache::Outcome::UnknownKey:
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "no key of %1 has the ID token's kid"), { provider.idpId }));
    case JwksCache::Outcome::Found:
        break;
    }
    const Result<RsaPublicKey> publicKey = RsaPublicKey::fromJwk(key.jwk);
    if (!publicKey)
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "%1's key for this kid is not a usable RSA key"),
            { provider.idpId }));
    if (!publicKey->verifyRs256(jws->signingInput, jws->signature))
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token's signature does not verify")));

    const QJsonObject &claims = jws->claims;
    if (!provider.issuerMatches(claims.value(QLatin1String("iss")).toString()))
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token's iss is not %1's issuer"),
            { provider.idpId }));
    if (!audienceContains(claims.value(QLatin1String("aud")), idpClientId))
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token's aud does not contain idp_client_id")));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const std::optional<qint64> exp = numericDate(claims.value(QLatin1String("exp")));
    if (!exp || *exp + LeewaySeconds <= now)
        return invalidGrant(AuditReason(
            "authdesk::IdTokenVerifier", QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token has expired")));
    const std::optional<qint64> iat = numericDate(claims.value(QLatin1String("iat")));
    if (!iat || *iat - LeewaySeconds > now)
        return invalidGrant(AuditReason("authdesk::IdTokenVerifier",
            QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token was issued in the future")));
    const QString subject = claims.value(QLatin1String("sub")).toString();
    if (subject.isEmpty())
        return invalidGrant(AuditReason(
            "authdesk::IdTokenVerifier", QT_TRANSLATE_NOOP("authdesk::IdTokenVerifier", "the ID token has no sub")));

    VerifiedIdToken verified;
    verified.idpId = provider.idpId;
    verified.subject = subject;
    verified.email = claims.value(QLatin1String("email")).toString();
    // A JSON true, or the string "true" that some IdPs (Apple) send.
    const QJsonValue emailVerified = claims.value(QLatin1String("email_verified"));
    verified.emailVerified = emailVerified.toBool(false) || emailVerified.toString() == QLatin1String("true");
    verified.name = claims.value(QLatin1String("name")).toString();
    return verified;
}

} // namespace authdesk
