#include "services/tokenservice.h"

#include "crypto/digest.h"
#include "crypto/keywrapper.h"
#include "crypto/passwordhasher.h"
#include "crypto/tokengenerator.h"
#include "domain/clock.h"
#include "domain/testuser.h"
#include "domain/tokenfamily.h"
#include "services/accesstokens.h"
#include "services/apierrors.h"
#include "services/auditlog.h"
#include "services/clientsecret.h"
#include "services/idpuserlinker.h"
#include "services/idtokenverifier.h"
#include "services/loginasservice.h"
#include "services/scopes.h"
#include "services/serviceslog.h"
#include "storage/applicationrepository.h"
#include "storage/refreshtokenrecord.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"

#include <QCoreApplication>

namespace authdesk {

namespace {

const QByteArray SuccessorPurpose = QByteArrayLiteral("authdesk refresh-token successor v1");

// A client address or user agent as a session keeps it: what a client sends, cut to a sane length.
QString clientFact(const QString &text)
{
    constexpr qsizetype MaxChars = 200;
    return text.size() <= MaxChars ? text : text.left(MaxChars) + QChar(0x2026);
}

using apierrors::invalidClient;
using apierrors::invalidGrant;

} // namespace

struct TokenService::Context
{
    const TokenRequest &request;
    GrantType grant;
    Application application;
    QDateTime now;
    Signing signing = Signing::Now;
};

TokenService::TokenService(ApplicationRepository &applications, TestUserRepository &users, TokenRepository &tokens,
    AccessTokens &accessTokens, const PasswordHasher &hasher, AuditLog &audit, const Clock &clock)
    : m_applications(applications)
    , m_users(users)
    , m_tokens(tokens)
    , m_accessTokens(accessTokens)
    , m_hasher(hasher)
    , m_audit(audit)
    , m_clock(clock)
{ }

TokenResult TokenService::handle(const TokenRequest &request, Signing signing) const
{
    // 7. grant_type present and supported (names compare exactly).
    const QString grantName = request.parameter(QStringLiteral("grant_type"));
    if (std::optional<OAuthError> error = checkGrantType(grantName))
        return *error;
    const std::optional<GrantType> grant = grantTypeFromName(grantName);

    // 8. client authentication.
    std::optional<Application> application;
    if (std::optional<OAuthError> error = authenticateClient(request, *grant, application))
        return *error;

    // 9. the grant is valid for this type of application and enabled for it.
    if (!grantsValidFor(application->type).contains(*grant)) {
        return apierrors::unauthorizedClient(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "%1 applications cannot use the %2 grant"),
                { applicationTypeName(application->type), grantName }));
    }
    if (!application->settings.isEnabled(*grant)) {
        return apierrors::unauthorizedClient(AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "the %1 grant is disabled for this application"), { grantName }));
    }

    const Context context { request, *grant, *application, m_clock.now(), signing };
    switch (*grant) {
    case GrantType::ClientCredentials:
        return clientCredentials(context);
    case GrantType::Password:
        return password(context);
    case GrantType::RefreshToken:
        return refreshToken(context);
    case GrantType::TokenExchange:
        return tokenExchange(context);
    case GrantType::AuthWithIdp:
        break; // refused as unsupported above
    case GrantType::AuthorizationCode:
        if (!m_loginAs)
            return apierrors::databaseUnavailable();
        return m_loginAs->redeem(request, *application, context.now);
    }
    Q_UNREACHABLE();
}

TokenResult TokenService::authWithIdp(const TokenRequest &request) const
{
    const GrantType grant = GrantType::AuthWithIdp;
    std::optional<Application> application;
    if (std::optional<OAuthError> error = authenticateClient(request, grant, application))
        return *error;
    if (!grantsValidFor(application->type).contains(grant) || !application->settings.isEnabled(grant)) {
        return apierrors::unauthorizedClient(AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "IdP login (auth_with_idp) is not enabled for this application")));
    }
    const QString idpId = request.parameter(QStringLiteral("idp_id"));
    const QString idpClientId = request.parameter(QStringLiteral("idp_client_id"));
    const QByteArray idpToken = request.parameter(QStringLiteral("idp_token")).toUtf8();
    if (idpId.isEmpty() || idpClientId.isEmpty() || idpToken.isEmpty()) {
        return apierrors::missingParameters({ "idp_id", "idp_client_id", "idp_token" },
            AuditReason("TokenService",
                QT_TRANSLATE_NOOP("TokenService", "an IdP login needs idp_id, idp_client_id and idp_token")));
    }
    if (!m_idTokens || !m_linker)
        return apierrors::databaseUnavailable();
    const std::variant<VerifiedIdToken, OAuthError> verified = m_idTokens->verify(idpId, idpClientId, idpToken);
    if (const auto *error = std::get_if<OAuthError>(&verified))
        return *error;
    const VerifiedIdToken &identity = std::get<VerifiedIdToken>(verified);
    const std::variant<TestUser, OAuthError> user = m_linker->userFor(identity);
    if (const auto *error = std::get_if<OAuthError>(&user))
        return *error;
    const TestUser &found = std::get<TestUser>(user);
    const Context context { request, grant, *application, m_clock.now() };
    TokenResult issued = startFamily(context, found.id, scopes::User,
        AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "IdP login of %1 with %2"),
            { found.email, identity.idpId }));
    if (std::holds_alternative<IssuedTokens>(issued)) {
        m_audit.securityEvent(application->clientId, QStringLiteral("user.idp_login"), found.email,
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "logged in with the identity provider %1"),
                { identity.idpId }));
    }
    return issued;
}

TokenService::Run TokenService::runFor(GrantType grant, const TokenRequest &request) const
{
    switch (grant) {
    case GrantType::Password:
        return Run::Hashing;
    case GrantType::RefreshToken:
    case GrantType::TokenExchange:
    case GrantType::AuthorizationCode:
        return Run::Commit;
    case GrantType::ClientCredentials: {
        // Without a secret no integration application is authenticated: the refusal writes nothing.
        if (!request.client.secretPresent)
            return Run::Inline;
        const Result<std::optional<Application>> found = m_applications.findRecent(request.client.clientId);
        return found && found->has_value() && (*found)->type == ApplicationType::Integration ? Run::Commit
                                                                                             : Run::Inline;
    }
    case GrantType::AuthWithIdp:
        break;
    }
    return Run::Inline;
}

std::optional<OAuthError> TokenService::checkGrantType(const QString &grantName)
{
    if (grantName.isEmpty()) {
        return apierrors::missingParameters({ "grant_type" },
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the request has no grant_type")));
    }
    // auth_with_idp has its own endpoint and is no grant_type here.
    const std::optional<GrantType> grant = grantTypeFromName(grantName);
    if (!grant || *grant == GrantType::AuthWithIdp) {
        return apierrors::unsupportedGrantType(AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "grant type '%1' is not supported"), { grantName.left(64) }));
    }
    return std::nullopt;
}

std::optional<OAuthError> TokenService::refuseUnlessUserMayHaveTokens(const QString &userId) const
{
    const Result<std::optional<TestUser>> user = m_users.findById(userId);
    if (!user)
        return apierrors::databaseUnavailable();
    return refuseUnlessUserMayHaveTokens(*user);
}

std::optional<OAuthError> TokenService::refuseUnlessUserMayHaveTokens(const std::optional<TestUser> &user) const
{
    if (!user.has_value())
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the session's user no longer exists")));
    if (user->banned)
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "%1 is banned"), { user->email }));
    return std::nullopt;
}

std::optional<OAuthError> TokenService::authenticateClient(
    const TokenRequest &request, GrantType grant, std::optional<Application> &application) const
{
    const ClientCredentials &client = request.client;
    if (client.clientId.isEmpty()) {
        // Hash anyway, so a missing client costs the same as a wrong one.
        digest::sha256(client.clientSecret.toUtf8());
        return invalidClient(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the request names no client")));
    }
    const Result<std::optional<Application>> found = m_applications.findRecent(client.clientId);
    if (!found)
        return apierrors::databaseUnavailable();
    if (!found->has_value()) {
        digest::sha256(client.clientSecret.toUtf8());
        return invalidClient(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "no application has this client ID")));
    }
    const Application &app = **found;
    const QDateTime now = m_clock.now();
    const bool secretOk = client.secretPresent && clientSecretMatches(app, client.clientSecret, now);
    if (!app.enabled)
        return invalidClient(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the application is disabled")));
    if (client.secretPresent && !secretOk)
        return invalidClient(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the client secret is wrong")));
    const bool secretRequired = grant == GrantType::TokenExchange || grant == GrantType::AuthWithIdp
        || (grant == GrantType::ClientCredentials && app.type == ApplicationType::Integration);
    if (secretRequired && !client.secretPresent) {
        return invalidClient(AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "the %1 grant needs the client secret, and none was sent"),
            { grantTypeName(grant) }));
    }
    application = app;
    return std::nullopt;
}

std::optional<OAuthError> TokenService::checkScope(const Context &context, const QString &issued) const
{
    if (!context.request.parameters.contains(QStringLiteral("scope")))
        return std::nullopt;
    const QString requested = context.request.parameter(QStringLiteral("scope"));
    if (requested == issued)
        return std::nullopt;
    return apierrors::invalidScope(AuditReason("TokenService",
        QT_TRANSLATE_NOOP("TokenService", "scope '%1' was requested, but this grant issues '%2'"),
        { requested.left(64), issued }));
}

TokenResult TokenService::clientCredentials(const Context &context) const
{
    const Application &app = context.application;
    if (app.type == ApplicationType::Marketplace) {
        if (std::optional<OAuthError> error = checkScope(context, scopes::PublicRead))
            return *error;
        // Anonymous tokens write nothing to the database: they are the hottest path.
        AccessTokenClaims claims;
        claims.subject = app.clientId;
        claims.clientId = app.clientId;
        claims.scope = scopes::PublicRead;
        claims.tokenId = tokengenerator::newUuid();
        claims.issuedAt = context.now;
        claims.expiresAt = context.now.addSecs(app.settings.accessTokenTtlSeconds);
        IssuedTokens issued;
        issued.accessToken = m_accessTokens.issue(context.request.issuer, claims);
        issued.expiresIn = app.settings.accessTokenTtlSeconds;
        issued.scope = claims.scope;
        issued.reason = AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "anonymous token issued"));
        return issued;
    }
    if (std::optional<OAuthError> error = checkScope(context, scopes::Integration))
        return *error;
    return startFamily(context, QString(), scopes::Integration,
        AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "integration token issued")));
}

TokenResult TokenService::password(const Context &context) const
{
    const QString username = context.request.parameter(QStringLiteral("username"));
    const QString password = context.request.parameter(QStringLiteral("password"));
    if (username.isEmpty() || password.isEmpty()) {
        return apierrors::missingParameters({ "username", "password" },
            AuditReason("TokenService",
                QT_TRANSLATE_NOOP("TokenService", "the password grant needs a username and a password")));
    }

    const Result<std::optional<TestUser>> found = m_users.findByEmail(username);
    if (!found)
        return apierrors::databaseUnavailable();
    if (!found->has_value()) {
        m_hasher.verifyDummy(password); // the same work as for a real user
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "no test user has this e-mail")));
    }
    const TestUser &user = **found;
    const bool passwordOk = m_hasher.verify(user.passwordHash, password);
    switch (user.state(context.now)) {
    case TestUser::State::Banned:
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "%1 is banned"), { user.email }));
    case TestUser::State::Locked:
        return invalidGrant(AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "%1 is locked after repeated failed logins"), { user.email }));
    case TestUser::State::Active:
        break;
    }
    if (!passwordOk) {
        const Result<TestUser> counted = m_users.registerFailedLogin(
            user.id, context.now, m_lockout.windowSeconds, m_lockout.threshold, m_lockout.lockSeconds);
        if (counted && counted->state(context.now) == TestUser::State::Locked) {
            m_audit.securityEvent(QStringLiteral("system"), QStringLiteral("user.locked"), user.email,
                AuditReason("TokenService",
                    QT_TRANSLATE_NOOP("TokenService", "%1 failed logins within %2 minutes; locked until %3"),
                    { QString::number(counted->failedLogins), QString::number(m_lockout.windowSeconds / 60),
                        counted->lockedUntil.toString(Qt::ISODate) }));
        }
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "wrong password for %1"), { user.email }));
    }
    if (std::optional<OAuthError> error = checkScope(context, scopes::User))
        return *error;
    if (user.failedLogins > 0 && !m_users.clearFailedLogins(user.id))
        return apierrors::databaseUnavailable();
    return startFamily(context, user.id, scopes::User,
        AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "password login of %1"), { user.email }));
}

TokenResult TokenService::tokenExchange(const Context &context) const
{
    const QByteArray subjectToken = context.request.parameter(QStringLiteral("subject_token")).toUtf8();
    if (subjectToken.isEmpty()) {
        return apierrors::missingParameters({ "subject_token" },
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "token exchange needs a subject_token")));
    }
    const std::variant<AccessTokenClaims, OAuthError> validated = m_accessTokens.validate(subjectToken);
    if (const auto *error = std::get_if<OAuthError>(&validated)) {
        if (error->code == OAuthError::Code::TemporarilyUnavailable)
            return *error;
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "subject token: %1"), { error->reason }));
    }
    const AccessTokenClaims &claims = std::get<AccessTokenClaims>(validated);
    if (claims.scope != scopes::User)
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the subject token is not a user token")));
    if (claims.loginAs)
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the subject token is a login-as token")));
    if (claims.clientId != context.application.clientId)
        return invalidGrant(AuditReason(
            "TokenService", QT_TRANSLATE_NOOP("TokenService", "the subject token belongs to another application")));
    // A banned user's earlier access token stays valid for the API until it expires, but it must not
    // open a new session (startFamily checks again when it stores it).
    if (std::optional<OAuthError> error = refuseUnlessUserMayHaveTokens(claims.subject))
        return *error;
    if (std::optional<OAuthError> error = checkScope(context, scopes::TrustedUser))
        return *error;
    return startFamily(context, claims.subject, scopes::TrustedUser,
        AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "user token exchanged for trusted:user")));
}

TokenResult TokenService::startFamily(
    const Context &context, const QString &userId, const QString &scope, const AuditReason &reason) const
{
    const GrantSettings &settings = context.application.settings;
    TokenFamily family;
    family.id = tokengenerator::newUuid();
    family.clientId = context.application.clientId;
    family.userId = userId;
    family.scope = scope;
    family.createdAt = context.now;
    family.lastUsedAt = context.now;
    family.expiresAt = context.now.addSecs(settings.refreshTokenTtlSeconds);
    family.loginAddress = clientFact(context.request.clientAddress);
    family.loginUserAgent = clientFact(context.request.userAgent);

    const QByteArray refreshToken = tokengenerator::newRefreshToken();
    RefreshTokenRecord first;
    first.tokenHash = digest::sha256(refreshToken);
    first.familyId = family.id;
    first.generation = 0;
    first.issuedAt = context.now;
    first.expiresAt = family.expiresAt;
    // Never answer with a token that was not stored.
    if (const Result<void> created = m_tokens.createFamily(family, first); !created) {
        if (created.error().code() == Error::Code::Conflict && !userId.isEmpty()) {
            return invalidGrant(AuditReason("TokenService",
                QT_TRANSLATE_NOOP("TokenService", "the user was banned or signed out while this grant ran")));
        }
        return apierrors::databaseUnavailable();
    }
    // "Last used" is shown in the console; losing one update of it is harmless.
    if (!m_applications.touchLastUsed(family.clientId, context.now))
        qCWarning(lcServices) << "could not record the use of an application";
    return issuePair(context, family, refreshToken, reason);
}

TokenResult TokenService::issuePair(
    const Context &context, const TokenFamily &family, const QByteArray &refreshToken, const AuditReason &reason) const
{
    const qint64 ttl = context.application.settings.accessTokenTtlSeconds;
    AccessTokenClaims claims;
    claims.subject = family.userId.isEmpty() ? family.clientId : family.userId;
    claims.clientId = family.clientId;
    claims.scope = family.scope;
    claims.familyId = family.id;
    claims.tokenId = tokengenerator::newUuid();
    claims.issuedAt = context.now;
    claims.expiresAt = context.now.addSecs(ttl);

    IssuedTokens issued;
    if (context.signing == Signing::Deferred) {
        issued.signAccessToken = [accessTokens = &m_accessTokens, issuer = context.request.issuer, claims] {
            return accessTokens->issue(issuer, claims);
        };
    } else {
        issued.accessToken = m_accessTokens.issue(context.request.issuer, claims);
    }
    issued.expiresIn = ttl;
    issued.scope = family.scope;
    issued.refreshToken = refreshToken;
    issued.reason = reason;
    return issued;
}

TokenResult TokenService::refreshToken(const Context &context) const
{
    const QByteArray token = context.request.parameter(QStringLiteral("refresh_token")).toUtf8();
    if (token.isEmpty()) {
        return apierrors::missingParameters({ "refresh_token" },
            AuditReason(
                "TokenService", QT_TRANSLATE_NOOP("TokenService", "the refresh_token grant needs a refresh_token")));
    }
    // The token, its family and its user in one read.
    const Result<std::optional<TokenRepository::RefreshLookup>> found = m_tokens.findForRefresh(digest::sha256(token));
    if (!found)
        return apierrors::databaseUnavailable();
    if (!found->has_value())
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the refresh token is unknown")));
    const TokenRepository::RefreshLookup &lookup = **found;
    if (!lookup.family.has_value())
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the refresh token is unknown")));
    const TokenFamily &fam = *lookup.family;
    if (fam.clientId != context.application.clientId)
        return invalidGrant(AuditReason(
            "TokenService", QT_TRANSLATE_NOOP("TokenService", "the refresh token belongs to another application")));
    if (fam.revokedAt.isValid()) {
        return invalidGrant(fam.reuseDetected
                ? AuditReason("TokenService",
                    QT_TRANSLATE_NOOP("TokenService", "the session was revoked after refresh-token reuse"))
                : AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the session was revoked")));
    }
    if (!fam.userId.isEmpty()) {
        if (std::optional<OAuthError> error = refuseUnlessUserMayHaveTokens(lookup.user))
            return *error;
    }
    if (lookup.token.isHead())
        return rotate(context, lookup.token, fam, token);
    return retiredTokenPresented(context, lookup.token, fam, token);
}

TokenResult TokenService::rotate(const Context &context, const RefreshTokenRecord &current, const TokenFamily &family,
    const QByteArray &presented) const
{
    const GrantSettings &settings = context.application.settings;
    if (current.expiresAt <= context.now)
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the refresh token has expired")));
    if (settings.refreshIdleTimeoutSeconds
        && family.lastUsedAt.addSecs(*settings.refreshIdleTimeoutSeconds) <= context.now) {
        return invalidGrant(AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "the session was idle for longer than the idle timeout")));
    }
    if (std::optional<OAuthError> error = checkScope(context, family.scope))
        return *error;

    const QByteArray successor = tokengenerator::newRefreshToken();
    RefreshTokenRecord next;
    next.tokenHash = digest::sha256(successor);
    next.familyId = family.id;
    next.generation = current.generation + 1;
    next.issuedAt = context.now;
    next.expiresAt = context.now.addSecs(settings.refreshTokenTtlSeconds);
    // The successor is kept encrypted under a key only the presented token yields, so a repeat of it
    // within the grace window gets the same successor without any plain token resting on disk.
    const QByteArray sealed = KeyWrapper(digest::deriveKey(presented, SuccessorPurpose)).wrap(successor);

    const Result<TokenRepository::RotateOutcome> outcome = m_tokens.rotate(current.tokenHash, next, sealed, context.now,
        { clientFact(context.request.clientAddress), clientFact(context.request.userAgent) });
    if (!outcome)
        return apierrors::databaseUnavailable();
    if (*outcome == TokenRepository::RotateOutcome::UserBanned)
        return invalidGrant(
            AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the user was banned while this grant ran")));
    if (*outcome == TokenRepository::RotateOutcome::NotHead) {
        // Another request rotated this token (or revoked the family) first: judge it as retired now.
        const Result<std::optional<RefreshTokenRecord>> reread = m_tokens.findRefreshToken(current.tokenHash);
        const Result<std::optional<TokenFamily>> refamily = m_tokens.findFamily(family.id);
        if (!reread || !refamily)
            return apierrors::databaseUnavailable();
        if (!reread->has_value() || !refamily->has_value())
            return invalidGrant(
                AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the refresh token is unknown")));
        if ((*refamily)->revokedAt.isValid())
            return invalidGrant(
                AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "the session was revoked")));
        return retiredTokenPresented(context, **reread, **refamily, presented);
    }
    TokenFamily rotated = family;
    rotated.lastUsedAt = context.now;
    rotated.expiresAt = next.expiresAt;
    return issuePair(context, rotated, successor,
        AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "refresh token rotated")));
}

TokenResult TokenService::retiredTokenPresented(const Context &context, const RefreshTokenRecord &presented,
    const TokenFamily &family, const QByteArray &token) const
{
    const Result<std::optional<RefreshTokenRecord>> head = m_tokens.head(family.id);
    if (!head)
        return apierrors::databaseUnavailable();
    const qint64 grace = context.application.settings.graceWindowSeconds;
    const bool immediatePredecessor = head->has_value() && (*head)->generation == presented.generation + 1;
    const bool withinGrace = presented.retiredAt.addSecs(grace) > context.now;
    if (immediatePredecessor && withinGrace && !presented.sealedSuccessor.isEmpty()) {
        const Result<QByteArray> successor
            = KeyWrapper(digest::deriveKey(token, SuccessorPurpose)).unwrap(presented.sealedSuccessor);
        if (successor && digest::equalConstantTime(digest::sha256(*successor), (*head)->tokenHash)) {
            if (std::optional<OAuthError> error = checkScope(context, family.scope))
                return *error;
            return issuePair(context, family, *successor,
                AuditReason("TokenService",
                    QT_TRANSLATE_NOOP(
                        "TokenService", "refresh token repeated within the %1 s grace window: same successor"),
                    { QString::number(grace) }));
        }
    }

    // Language-neutral for the audit log, which translates it where it is shown.
    const AuditReason reason = immediatePredecessor
        ? AuditReason("TokenService",
            QT_TRANSLATE_NOOP(
                "TokenService", "a refresh token was used again %1 s after rotation, past the %2 s grace window"),
            { QString::number(presented.retiredAt.secsTo(context.now)), QString::number(grace) })
        : AuditReason("TokenService",
            QT_TRANSLATE_NOOP("TokenService", "a refresh token %1 rotations old was used again"),
            { QString::number(head->has_value() ? (*head)->generation - presented.generation : 1) });
    const Result<bool> revoked = m_tokens.revokeFamily(
        family.id, context.now, QStringLiteral("system"), QStringLiteral("refresh token reuse detected"), true);
    if (!revoked)
        return apierrors::databaseUnavailable();
    m_audit.securityEvent(context.application.clientId, QStringLiteral("refresh.reuse_detected"), family.id,
        AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "%1; the session was revoked"), { reason }));
    return invalidGrant(AuditReason("TokenService",
        QT_TRANSLATE_NOOP("TokenService", "refresh token already used: session revoked (%1)"), { reason }));
}

} // namespace authdesk
