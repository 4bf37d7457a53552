#include "services/loginasservice.h"

#include "crypto/digest.h"
#include "crypto/pkce.h"
#include "crypto/tokengenerator.h"
#include "domain/clock.h"
#include "domain/testuser.h"
#include "domain/tokenfamily.h"
#include "services/accesstokens.h"
#include "services/apierrors.h"
#include "services/auditlog.h"
#include "services/scopes.h"
#include "services/serviceslog.h"
#include "storage/applicationrepository.h"
#include "storage/loginascoderepository.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace authdesk {

namespace {

using oauth::isRedirectUri;
using oauth::withParameters;

LoginAsOutcome refused(const QByteArray &message, const AuditReason &reason, const QString &clientId)
{
    LoginAsOutcome outcome;
    outcome.kind = LoginAsOutcome::Kind::Refused;
    outcome.message = message;
    outcome.reason = reason;
    outcome.clientId = clientId;
    return outcome;
}

LoginAsOutcome redirectError(const QString &redirectUri, const QString &state, const char *error,
    const QByteArray &description, const AuditReason &reason, const QString &clientId)
{
    LoginAsOutcome outcome;
    outcome.kind = LoginAsOutcome::Kind::Redirect;
    outcome.location = withParameters(redirectUri,
        { { QStringLiteral("error"), QString::fromLatin1(error) },
            { QStringLiteral("error_description"), QString::fromLatin1(description) },
            { QStringLiteral("state"), state } });
    outcome.reason = reason;
    outcome.clientId = clientId;
    return outcome;
}

// An OAuth error of the catalogue sent back to the redirect URI (RFC 6749 section 4.1.2.1).
LoginAsOutcome redirectError(
    const QString &redirectUri, const QString &state, const OAuthError &error, const QString &clientId)
{
    return redirectError(
        redirectUri, state, OAuthError::codeName(error.code).constData(), error.description, error.reason, clientId);
}

// The page a refused login-as request shows, for an error of the catalogue.
LoginAsOutcome refused(const OAuthError &error, const QString &clientId)
{
    return refused(error.description, error.reason, clientId);
}

using apierrors::invalidGrant;

} // namespace

LoginAsService::LoginAsService(LoginAsCodeRepository &codes, ApplicationRepository &applications,
    TestUserRepository &users, TokenRepository &tokens, AccessTokens &accessTokens, AuditLog &audit, const Clock &clock)
    : m_codes(codes)
    , m_applications(applications)
    , m_users(users)
    , m_tokens(tokens)
    , m_accessTokens(accessTokens)
    , m_audit(audit)
    , m_clock(clock)
{ }

QString LoginAsService::scopeFor(const Application &application)
{
    return application.loginAs.environment == MarketplaceEnvironment::Live ? scopes::UserLimited : scopes::User;
}

std::optional<LoginAsOutcome> LoginAsService::refuseUntrusted(
    const std::optional<Application> &application, const QString &redirectUri, const QString &clientId) const
{
    if (!application || application->type != ApplicationType::Marketplace)
        return refused("Unknown client_id.",
            AuditReason(
                "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "no marketplace application has this client ID")),
            clientId);
    if (!application->enabled)
        return refused("Unknown client_id.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the application is disabled")),
            clientId);
    const QUrl url(redirectUri, QUrl::StrictMode);
    const QString origin = application->loginAs.marketplaceOrigin();
    if (origin.isEmpty()) {
        return refused("Mismatch between redirect_uri parameter value and Marketplace URL.",
            AuditReason(
                "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the application has no marketplace URL")),
            clientId);
    }
    if (!isRedirectUri(url) || LoginAsSettings::originOf(url) != origin) {
        return refused("Mismatch between redirect_uri parameter value and Marketplace URL.",
            AuditReason("LoginAsService",
                QT_TRANSLATE_NOOP("LoginAsService", "the redirect URI is not on the marketplace URL's origin %1"),
                { origin }),
            clientId);
    }
    return std::nullopt;
}

LoginAsOutcome LoginAsService::authorize(const QHash<QString, QString> &query, const QStringList &repeated) const
{
    const QString clientId = query.value(QStringLiteral("client_id"));
    const QString redirectUri = query.value(QStringLiteral("redirect_uri"));
    if (repeated.contains(QStringLiteral("client_id")) || repeated.contains(QStringLiteral("redirect_uri"))) {
        return refused("The client_id and redirect_uri parameters must appear once.",
            AuditReason(
                "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "client_id or redirect_uri was repeated")),
            clientId);
    }
    if (clientId.isEmpty())
        return refused("Unknown client_id.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the request names no client")),
            clientId);

    const Result<std::optional<Application>> found = m_applications.find(clientId);
    if (!found)
        return refused(apierrors::databaseUnavailable(), clientId);
    if (std::optional<LoginAsOutcome> untrusted = refuseUntrusted(*found, redirectUri, clientId))
        return *untrusted;
    const Application &application = **found;

    // From here on the redirect URI is the marketplace's: problems go back to it.
    const QString state = query.value(QStringLiteral("state"));
    auto invalid = [&](const QByteArray &description, const AuditReason &reason) {
        return redirectError(redirectUri, state, "invalid_request", description, reason, clientId);
    };
    if (!repeated.isEmpty())
        return invalid("A parameter was repeated.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "parameter %1 was repeated"),
                { repeated.first().left(64) }));
    if (!application.settings.isEnabled(GrantType::AuthorizationCode)) {
        return redirectError(redirectUri, state, "unauthorized_client",
            "Login as a user is not enabled for this client.",
            AuditReason("LoginAsService",
                QT_TRANSLATE_NOOP("LoginAsService", "the authorization_code grant is disabled for this application")),
            clientId);
    }
    if (query.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return invalid("The response_type must be code.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "response_type is not code")));
    if (state.isEmpty())
        return invalid(apierrors::missingParametersDescription({ "state" }),
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the request has no state")));
    const QString challenge = query.value(QStringLiteral("code_challenge"));
    if (challenge.isEmpty())
        return invalid(apierrors::missingParametersDescription({ "code_challenge" }),
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the request has no code_challenge")));
    if (query.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return invalid("The code_challenge_method must be S256.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "code_challenge_method is not S256")));
    if (!pkce::isValidChallenge(challenge))
        return invalid("The code_challenge is malformed.",
            AuditReason(
                "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the code_challenge is not an S256 challenge")));

    const QString userId = query.value(QStringLiteral("user_id"));
    if (userId.isEmpty())
        return invalid(apierrors::missingParametersDescription({ "user_id" }),
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the request has no user_id")));
    const Result<std::optional<TestUser>> user = m_users.findById(userId);
    if (!user) {
        return redirectError(redirectUri, state, apierrors::databaseUnavailable(), clientId);
    }
    if (!user->has_value())
        return invalid("Unknown user_id.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "no test user has this ID")));
    if ((*user)->banned)
        return invalid("The user is banned.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "%1 is banned"), { (*user)->email }));

    const QDateTime now = m_clock.now();
    LoginAsCode request;
    request.clientId = application.clientId;
    request.userId = (*user)->id;
    request.redirectUri = redirectUri;
    request.codeChallenge = challenge;
    request.state = state;
    request.createdAt = now;
    if (application.loginAs.autoApprove) {
        return issueCode(application, request, QStringLiteral("system"),
            AuditReason("LoginAsService",
                QT_TRANSLATE_NOOP("LoginAsService", "login as %1 in \"%2\" (%3) approved automatically"),
                { (*user)->email, application.name, environmentName(application.loginAs.environment) }));
    }

    const QByteArray formToken = tokengenerator::newAuthorizationCode();
    request.hash = digest::sha256(formToken);
    request.kind = LoginAsCode::Kind::Form;
    request.expiresAt = now.addSecs(FormLifetimeSeconds);
    if (!m_codes.insert(request)) {
        return redirectError(redirectUri, state, apierrors::databaseUnavailable(), clientId);
    }
    LoginAsOutcome outcome;
    outcome.kind = LoginAsOutcome::Kind::Approval;
    outcome.clientId = clientId;
    outcome.reason = AuditReason("LoginAsService",
        QT_TRANSLATE_NOOP("LoginAsService", "approval page shown for login as %1"), { (*user)->email });
    outcome.applicationName = application.name;
    outcome.userEmail = (*user)->email;
    outcome.userName = (*user)->displayName;
    outcome.environment = environmentName(application.loginAs.environment);
    outcome.marketplaceOrigin = QUrl(redirectUri, QUrl::StrictMode)
                                    .adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                                    .toString(QUrl::FullyEncoded);
    outcome.formToken = formToken;
    return outcome;
}

LoginAsOutcome LoginAsService::decide(const QByteArray &formToken, bool approve) const
{
    const char *expired = "This approval page has expired or was already answered. Start the login again "
                          "from the marketplace.";
    if (formToken.isEmpty())
        return refused(expired,
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the approval has no form token")),
            QString());
    const QDateTime now = m_clock.now();
    const Result<LoginAsCodeRepository::Consumed> consumed
        = m_codes.consume(digest::sha256(formToken), LoginAsCode::Kind::Form, now);
    if (!consumed)
        return refused(apierrors::databaseUnavailable(), {});
    if (consumed->use == LoginAsCodeRepository::Use::Unknown)
        return refused(expired,
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the approval's form token is unknown")),
            QString());
    const LoginAsCode &request = consumed->code;
    if (consumed->use == LoginAsCodeRepository::Use::Again)
        return refused(expired,
            AuditReason(
                "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the approval page was already answered")),
            request.clientId);
    if (request.expiresAt <= now)
        return refused(expired,
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the approval page expired")),
            request.clientId);

    // The application may have changed since the page was shown: check it again.
    const Result<std::optional<Application>> found = m_applications.find(request.clientId);
    if (!found)
        return refused(apierrors::databaseUnavailable(), request.clientId);
    if (std::optional<LoginAsOutcome> untrusted = refuseUntrusted(*found, request.redirectUri, request.clientId))
        return *untrusted;
    const Application &application = **found;
    const Result<std::optional<TestUser>> user = m_users.findById(request.userId);
    const QString email = user && user->has_value() ? (*user)->email : request.userId;
    const AuditReason what("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "login as %1 in \"%2\" (%3)"),
        { email, application.name, environmentName(application.loginAs.environment) });
    const QString actor = operatorName();
    if (!approve) {
        m_audit.adminAction(actor, QStringLiteral("login_as.denied"), email,
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "Denied %1"), { what }));
        return redirectError(request.redirectUri, request.state, "access_denied", "The operator denied the login.",
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the operator denied %1"), { what }),
            request.clientId);
    }
    if (!user || !user->has_value() || (*user)->banned) {
        return redirectError(request.redirectUri, request.state, "invalid_request", "The user cannot log in.",
            AuditReason(
                "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the user no longer exists or is banned")),
            request.clientId);
    }
    m_audit.adminAction(actor, QStringLiteral("login_as.approved"), email,
        AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "Approved %1"), { what }));
    LoginAsCode code = request;
    code.createdAt = now;
    return issueCode(application, code, actor,
        AuditReason(
            "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "%1 approved on the approval page"), { what }));
}

void LoginAsService::setOperatorName(const QString &name)
{
    const QMutexLocker lock(&m_operatorMutex);
    m_operatorName = name.trimmed();
}

QString LoginAsService::operatorName() const
{
    const QMutexLocker lock(&m_operatorMutex);
    return m_operatorName.isEmpty() ? QStringLiteral("operator") : m_operatorName;
}

LoginAsOutcome LoginAsService::issueCode(
    const Application &application, const LoginAsCode &request, const QString &actor, const AuditReason &how) const
{
    const QByteArray code = tokengenerator::newAuthorizationCode();
    LoginAsCode stored = request;
    stored.hash = digest::sha256(code);
    stored.kind = LoginAsCode::Kind::Code;
    stored.expiresAt = request.createdAt.addSecs(CodeLifetimeSeconds);
    stored.usedAt = {};
    stored.familyId.clear();
    if (!m_codes.insert(stored)) {
        return redirectError(
            request.redirectUri, request.state, apierrors::databaseUnavailable(), application.clientId);
    }
    m_audit.adminAction(actor, QStringLiteral("login_as.code_issued"), application.clientId,
        AuditReason("LoginAsService",
            QT_TRANSLATE_NOOP("LoginAsService", "Authorization code issued: %1; valid for %2 s"),
            { how, QString::number(CodeLifetimeSeconds) }));
    LoginAsOutcome outcome;
    outcome.kind = LoginAsOutcome::Kind::Redirect;
    outcome.location = withParameters(request.redirectUri,
        { { QStringLiteral("code"), QString::fromLatin1(code) }, { QStringLiteral("state"), request.state } });
    outcome.reason = how;
    outcome.clientId = application.clientId;
    return outcome;
}

TokenResult LoginAsService::redeem(
    const TokenRequest &request, const Application &application, const QDateTime &now) const
{
    const QByteArray code = request.parameter(QStringLiteral("code")).toUtf8();
    const QString redirectUri = request.parameter(QStringLiteral("redirect_uri"));
    const QString verifier = request.parameter(QStringLiteral("code_verifier"));
    if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty()) {
        return apierrors::missingParameters({ "code", "redirect_uri", "code_verifier" },
            AuditReason("LoginAsService",
                QT_TRANSLATE_NOOP("LoginAsService",
                    "the authorization_code grant needs a code, a redirect_uri and a code_verifier")));
    }

    // The code is used up by this request, whatever follows: a wrong verifier cannot be retried.
    const QString familyId = tokengenerator::newUuid();
    const Result<LoginAsCodeRepository::Consumed> consumed
        = m_codes.consume(digest::sha256(code), LoginAsCode::Kind::Code, now, familyId);
    if (!consumed)
        return apierrors::databaseUnavailable();
    if (consumed->use == LoginAsCodeRepository::Use::Unknown)
        return invalidGrant(
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the authorization code is unknown")));
    const LoginAsCode &stored = consumed->code;
    if (consumed->use == LoginAsCodeRepository::Use::Again) {
        if (!stored.familyId.isEmpty()) {
            const Result<bool> revoked = m_tokens.revokeFamily(
                stored.familyId, now, QStringLiteral("system"), QStringLiteral("authorization code used again"), true);
            if (!revoked)
                return apierrors::databaseUnavailable();
        }
        m_audit.securityEvent(application.clientId, QStringLiteral("login_as.code_reused"), stored.familyId,
            AuditReason("LoginAsService",
                QT_TRANSLATE_NOOP("LoginAsService",
                    "An authorization code was used again; the login-as session it started was revoked")));
        return invalidGrant(AuditReason("LoginAsService",
            QT_TRANSLATE_NOOP("LoginAsService", "the authorization code was already used: its session was revoked")));
    }
    if (stored.expiresAt <= now)
        return invalidGrant(
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the authorization code expired")));
    if (stored.clientId != application.clientId)
        return invalidGrant(AuditReason("LoginAsService",
            QT_TRANSLATE_NOOP("LoginAsService", "the authorization code belongs to another application")));
    if (stored.redirectUri != redirectUri)
        return invalidGrant(AuditReason("LoginAsService",
            QT_TRANSLATE_NOOP("LoginAsService", "the redirect_uri differs from the authorization request's")));
    if (!pkce::verifierMatches(verifier, stored.codeChallenge))
        return invalidGrant(AuditReason("LoginAsService",
            QT_TRANSLATE_NOOP("LoginAsService", "the code_verifier does not match the code_challenge")));

    const Result<std::optional<TestUser>> user = m_users.findById(stored.userId);
    if (!user)
        return apierrors::databaseUnavailable();
    if (!user->has_value())
        return invalidGrant(
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "the user no longer exists")));
    if ((*user)->banned)
        return invalidGrant(
            AuditReason("LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "%1 is banned"), { (*user)->email }));

    const QString scope = scopeFor(application);
    if (request.parameters.contains(QStringLiteral("scope")) && request.parameter(QStringLiteral("scope")) != scope) {
        return apierrors::invalidScope(AuditReason("LoginAsService",
            QT_TRANSLATE_NOOP("LoginAsService", "scope '%1' was requested, but this grant issues '%2'"),
            { request.parameter(QStringLiteral("scope")).left(64), scope }));
    }

    TokenFamily family;
    family.id = familyId;
    family.clientId = application.clientId;
    family.userId = stored.userId;
    family.scope = scope;
    family.createdAt = now;
    family.lastUsedAt = now;
    family.expiresAt = now.addSecs(SessionLifetimeSeconds);
    family.loginAs = true;
    // Never answer with a token whose session was not stored.
    if (!m_tokens.createFamily(family))
        return apierrors::databaseUnavailable();
    if (!m_applications.touchLastUsed(application.clientId, now))
        qCWarning(lcServices) << "could not record the use of an application";

    AccessTokenClaims claims;
    claims.subject = family.userId;
    claims.clientId = family.clientId;
    claims.scope = scope;
    claims.familyId = family.id;
    claims.tokenId = tokengenerator::newUuid();
    claims.issuedAt = now;
    claims.expiresAt = family.expiresAt;
    IssuedTokens issued;
    issued.accessToken = m_accessTokens.issue(request.issuer, claims);
    issued.expiresIn = SessionLifetimeSeconds;
    issued.scope = scope;
    issued.reason = AuditReason(
        "LoginAsService", QT_TRANSLATE_NOOP("LoginAsService", "login as %1 (%2)"), { (*user)->email, scope });
    return issued;
}

} // namespace authdesk
