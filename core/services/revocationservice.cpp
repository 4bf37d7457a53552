#include "services/revocationservice.h"

#include "crypto/digest.h"
#include "domain/clock.h"
#include "services/accesstokens.h"
#include "services/apierrors.h"
#include "services/clientsecret.h"
#include "services/scopes.h"
#include "storage/applicationrepository.h"
#include "storage/tokenrepository.h"

#include <QCoreApplication>

namespace authdesk {

namespace { } // namespace

RevocationService::RevocationService(
    ApplicationRepository &applications, TokenRepository &tokens, AccessTokens &accessTokens, const Clock &clock)
    : m_applications(applications)
    , m_tokens(tokens)
    , m_accessTokens(accessTokens)
    , m_clock(clock)
{ }

std::variant<Revoked, OAuthError> RevocationService::revoke(const RevocationRequest &request) const
{
    // Who is asking: a live access token (the SDK), or an authenticated client (RFC 7009).
    QString clientId;
    QString userId;
    bool mayRevoke = true;
    if (request.bearerPresent) {
        const std::variant<AccessTokenClaims, OAuthError> validated = m_accessTokens.validate(request.bearerToken);
        if (const auto *error = std::get_if<OAuthError>(&validated))
            return *error;
        const AccessTokenClaims &claims = std::get<AccessTokenClaims>(validated);
        clientId = claims.clientId;
        userId = claims.isUserToken() ? claims.subject : QString();
        mayRevoke = claims.scope != scopes::PublicRead;
    } else if (!request.client.clientId.isEmpty()) {
        const Result<std::optional<Application>> found = m_applications.find(request.client.clientId);
        if (!found)
            return apierrors::databaseUnavailable();
        const Application *app = found->has_value() ? &**found : nullptr;
        const bool confidential = app && app->type == ApplicationType::Integration;
        bool secretOk = false;
        if (app)
            secretOk = clientSecretMatches(*app, request.client.clientSecret, m_clock.now());
        else
            digest::sha256(request.client.clientSecret.toUtf8()); // the same work as for a known client
        if (!app || !app->enabled || (request.client.secretPresent && !secretOk) || (confidential && !secretOk)) {
            return apierrors::invalidClient(AuditReason("RevocationService",
                QT_TRANSLATE_NOOP("RevocationService", "revocation by a client that failed to authenticate")));
        }
        clientId = app->clientId;
    } else {
        return apierrors::accessTokenMissing(AuditReason("RevocationService",
            QT_TRANSLATE_NOOP("RevocationService", "revocation without an access token or client credentials")));
    }

    if (request.token.isEmpty()) {
        return apierrors::missingParameters({ "token" },
            AuditReason("RevocationService", QT_TRANSLATE_NOOP("RevocationService", "revocation without a token")));
    }
    if (!mayRevoke)
        return Revoked { false,
            AuditReason("RevocationService",
                QT_TRANSLATE_NOOP("RevocationService", "an anonymous token can revoke nothing: no-op")) };

    const Result<std::optional<RefreshTokenRecord>> record = m_tokens.findRefreshToken(digest::sha256(request.token));
    if (!record)
        return apierrors::databaseUnavailable();
    if (!record->has_value())
        return Revoked { false,
            AuditReason("RevocationService", QT_TRANSLATE_NOOP("RevocationService", "unknown token: no-op")) };
    const Result<std::optional<TokenFamily>> family = m_tokens.findFamily((*record)->familyId);
    if (!family)
        return apierrors::databaseUnavailable();
    // A bearer may revoke its own client's and user's tokens; an authenticated client (RFC 7009) any
    // token issued to it, the user tokens of a marketplace client included.
    if (!family->has_value() || (*family)->clientId != clientId
        || (request.bearerPresent && (*family)->userId != userId))
        return Revoked { false,
            AuditReason("RevocationService",
                QT_TRANSLATE_NOOP("RevocationService", "the token belongs to another client or user: no-op")) };
    if ((*family)->revokedAt.isValid())
        return Revoked { false,
            AuditReason("RevocationService",
                QT_TRANSLATE_NOOP("RevocationService", "the session was already revoked: no-op")) };
    if ((*record)->expiresAt <= m_clock.now())
        return Revoked { false,
            AuditReason(
                "RevocationService", QT_TRANSLATE_NOOP("RevocationService", "the refresh token has expired: no-op")) };

    const Result<bool> revoked = m_tokens.revokeFamily((*family)->id, m_clock.now(),
        request.bearerPresent ? QStringLiteral("user") : QStringLiteral("client"),
        QStringLiteral("revoked by the client (logout)"));
    if (!revoked)
        return apierrors::databaseUnavailable();
    return Revoked { *revoked,
        AuditReason("RevocationService", QT_TRANSLATE_NOOP("RevocationService", "session revoked by its client")) };
}

} // namespace authdesk
