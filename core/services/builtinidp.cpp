#include "services/builtinidp.h"

#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/keywrapper.h"
#include "crypto/pkce.h"
#include "crypto/tokengenerator.h"
#include "domain/clock.h"
#include "domain/identityprovider.h"
#include "domain/testuser.h"
#include "services/serviceslog.h"
#include "storage/builtinidpcoderepository.h"
#include "storage/identityproviderrepository.h"
#include "storage/signingkeyrepository.h"
#include "storage/testuserrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QUrl>

namespace authdesk {

namespace {

// How many test users the page offers to pick; the rest can be typed.
constexpr int PickableUsers = 50;

BuiltinIdpOutcome refused(const QByteArray &message, const AuditReason &reason, const QString &clientId)
{
    BuiltinIdpOutcome outcome;
    outcome.kind = BuiltinIdpOutcome::Kind::Refused;
    outcome.message = message;
    outcome.reason = reason;
    outcome.clientId = clientId;
    return outcome;
}

BuiltinIdpOutcome redirect(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters,
    const AuditReason &reason, const QString &clientId)
{
    BuiltinIdpOutcome outcome;
    outcome.kind = BuiltinIdpOutcome::Kind::Redirect;
    outcome.location = oauth::withParameters(redirectUri, parameters);
    outcome.reason = reason;
    outcome.clientId = clientId;
    return outcome;
}

BuiltinIdpOutcome redirectError(
    const BuiltinIdpRequest &request, const char *error, const char *description, const AuditReason &reason)
{
    return redirect(request.redirectUri,
        { { QStringLiteral("error"), QString::fromLatin1(error) },
            { QStringLiteral("error_description"), QString::fromLatin1(description) },
            { QStringLiteral("state"), request.state } },
        reason, request.clientId);
}

// A display name as given and family name: the first word, then the rest.
BuiltinIdpIdentity identityOf(const TestUser &user)
{
    const QString name = user.displayName.simplified();
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    return { user.email, space < 0 ? name : name.left(space), space < 0 ? QString() : name.mid(space + 1),
        user.emailVerified };
}

OAuthError error(OAuthError::Code code, const char *description, const AuditReason &reason)
{
    return { code, QByteArray(description), reason };
}

QByteArray hashOf(const QString &secret)
{
    return digest::sha256(secret.toUtf8());
}

} // namespace

BuiltinIdp::BuiltinIdp(SigningKeyRepository &keys, BuiltinIdpCodeRepository &codes, TestUserRepository &users,
    IdentityProviderRepository &providers, const Clock &clock)
    : m_keys(keys)
    , m_codes(codes)
    , m_users(users)
    , m_providers(providers)
    , m_clock(clock)
{ }

BuiltinIdp::~BuiltinIdp() = default;

void BuiltinIdp::setKeyEncryptionKey(const QByteArray &kek)
{
    const QMutexLocker locker(&m_mutex);
    m_wrapper = kek.size() == KeyWrapper::KeySize ? std::make_unique<KeyWrapper>(kek) : nullptr;
    m_key.reset();
}

QString BuiltinIdp::issuerFor(const QString &baseUrl)
{
    QString issuer = baseUrl;
    while (issuer.endsWith(QLatin1Char('/')))
        issuer.chop(1);
    return issuer + QLatin1String("/idp");
}

QJsonObject BuiltinIdp::discovery(const QString &issuer)
{
    const auto list = [](std::initializer_list<const char *> values) {
        QJsonArray array;
        for (const char *value : values)
            array.append(QString::fromLatin1(value));
        return array;
    };
    return {
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("authorization_endpoint"), QString(issuer + QLatin1String("/authorize")) },
        { QStringLiteral("token_endpoint"), QString(issuer + QLatin1String("/token")) },
        { QStringLiteral("userinfo_endpoint"), QString(issuer + QLatin1String("/userinfo")) },
        { QStringLiteral("jwks_uri"), QString(issuer + QLatin1String("/jwks.json")) },
        { QStringLiteral("response_types_supported"), list({ "code" }) },
        { QStringLiteral("grant_types_supported"), list({ "authorization_code" }) },
        { QStringLiteral("subject_types_supported"), list({ "public" }) },
        { QStringLiteral("id_token_signing_alg_values_supported"), list({ "RS256" }) },
        { QStringLiteral("scopes_supported"), list({ "openid", "email", "profile" }) },
        { QStringLiteral("code_challenge_methods_supported"), list({ "S256" }) },
        { QStringLiteral("token_endpoint_auth_methods_supported"),
            list({ "none", "client_secret_post", "client_secret_basic" }) },
        { QStringLiteral("claims_supported"),
            list({ "iss", "aud", "sub", "exp", "iat", "nonce", "email", "email_verified", "name", "given_name",
                "family_name" }) },
    };
}

Result<RsaSigningKey> BuiltinIdp::signingKey()
{
    // Called with m_mutex held.
    if (m_key)
        return *m_key;
    if (!m_wrapper)
        return Error::internal(tr("The built-in identity provider has no key-encryption key."));
    Result<std::optional<StoredSigningKey>> newest = m_keys.newest();
    if (!newest)
        return newest.error();
    if (!newest->has_value()) {
        Result<RsaSigningKey> generated = RsaSigningKey::generate();
        if (!generated)
            return generated.error();
        StoredSigningKey stored;
        stored.kid = generated->kid();
        stored.publicKey = QJsonDocument(generated->publicJwk()).toJson(QJsonDocument::Compact);
        stored.wrappedPrivateKey = m_wrapper->wrap(generated->privateKeyDer());
        stored.createdAt = m_clock.now();
        // Another instance on the same database may store its key first: then every instance uses that one.
        const Result<bool> inserted = m_keys.insertIfNone(stored);
        if (!inserted)
            return inserted.error();
        if (*inserted)
            qCInfo(lcServices) << "created the built-in identity provider's signing key";
        newest = m_keys.newest();
        if (!newest)
            return newest.error();
        if (!newest->has_value())
            return Error::internal(tr("The built-in identity provider's key could not be stored."));
    }
    const Result<QByteArray> der = m_wrapper->unwrap((*newest)->wrappedPrivateKey);
    if (!der) {
        return Error(Error::Code::KeychainUnavailable,
            tr("The built-in identity provider's key cannot be decrypted with this key-encryption key."));
    }
    Result<RsaSigningKey> key = RsaSigningKey::fromPrivateKeyDer(*der);
    if (!key)
        return key.error();
    m_key = *key;
    return key;
}

Result<QJsonObject> BuiltinIdp::jwks()
{
    const QMutexLocker locker(&m_mutex);
    const Result<RsaSigningKey> key = signingKey();
    if (!key)
        return key.error();
    return QJsonObject { { QStringLiteral("keys"), QJsonArray { key->publicJwk() } } };
}

QString BuiltinIdp::subjectFor(const QString &email)
{
    const QByteArray hash = digest::sha256("authdesk-test-idp\n" + TestUser::normalizedEmail(email).toUtf8());
    return QString::fromLatin1(base64url::encode(hash.left(16)));
}

std::variant<BuiltinIdpRequest, BuiltinIdpOutcome> BuiltinIdp::checkRequest(const QHash<QString, QString> &query) const
{
    BuiltinIdpRequest request;
    request.clientId = query.value(QStringLiteral("client_id"));
    request.redirectUri = query.value(QStringLiteral("redirect_uri"));
    request.state = query.value(QStringLiteral("state"));
    request.nonce = query.value(QStringLiteral("nonce"));
    request.codeChallenge = query.value(QStringLiteral("code_challenge"));
    request.scope = query.value(QStringLiteral("scope"));
    // Until the client and where to send it back are known, errors are shown here, never redirected.
    if (request.clientId.isEmpty())
        return refused("The client_id parameter is missing.",
            AuditReason("authdesk::BuiltinIdp", QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "no client_id")),
            request.clientId);
    if (!oauth::isRedirectUri(QUrl(request.redirectUri, QUrl::StrictMode))) {
        return refused("The redirect_uri parameter must be an http or https URL without a fragment.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the redirect_uri is missing or not an http or https URL")),
            request.clientId);
    }
    if (query.value(QStringLiteral("response_type")) != QLatin1String("code")) {
        return redirectError(request, "unsupported_response_type", "Only response_type=code is supported.",
            AuditReason(
                "authdesk::BuiltinIdp", QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the response_type is not code")));
    }
    if (!request.scope.split(QLatin1Char(' ')).contains(QLatin1String("openid"))) {
        return redirectError(request, "invalid_scope", "The scope must include openid.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the scope does not include openid")));
    }
    if (query.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
        || !pkce::isValidChallenge(request.codeChallenge)) {
        return redirectError(request, "invalid_request", "PKCE with code_challenge_method=S256 is required.",
            AuditReason("authdesk::BuiltinIdp", QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "no S256 code challenge")));
    }
    return request;
}

bool BuiltinIdp::isRegistered(const QString &issuer)
{
    const Result<QList<IdentityProvider>> providers = m_providers.all();
    return providers
        && std::any_of(providers->cbegin(), providers->cend(),
            [&issuer](const IdentityProvider &provider) { return provider.issuerMatches(issuer); });
}

BuiltinIdpOutcome BuiltinIdp::authorize(const QHash<QString, QString> &query, const QString &issuer)
{
    std::variant<BuiltinIdpRequest, BuiltinIdpOutcome> checked = checkRequest(query);
    if (auto *outcome = std::get_if<BuiltinIdpOutcome>(&checked))
        return std::move(*outcome);
    BuiltinIdpOutcome outcome;
    outcome.kind = BuiltinIdpOutcome::Kind::Page;
    outcome.request = std::get<BuiltinIdpRequest>(checked);
    outcome.clientId = outcome.request.clientId;
    outcome.reason = AuditReason("authdesk::BuiltinIdp",
        QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the identity page for client %1"), { outcome.clientId });
    outcome.registered = isRegistered(issuer);
    if (!outcome.registered)
        return outcome;
    const Result<QList<TestUser>> users = m_users.search({}, PickableUsers, 0);
    if (!users) {
        return refused("The test users cannot be read right now. Try again.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the test users cannot be read: %1"),
                { users.error().message() }),
            outcome.clientId);
    }
    for (const TestUser &user : *users) {
        if (!user.banned)
            outcome.identities << identityOf(user);
    }
    return outcome;
}

std::variant<BuiltinIdpIdentity, AuditReason> BuiltinIdp::identityFrom(
    const QHash<QString, QString> &form, const QString &issuer)
{
    const QString picked = form.value(QStringLiteral("user"));
    if (!picked.isEmpty()) {
        if (!isRegistered(issuer))
            return AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP(
                    "authdesk::BuiltinIdp", "a test user was picked, but no identity provider names this issuer"));
        const Result<std::optional<TestUser>> user = m_users.findByEmail(picked);
        if (!user || !user->has_value())
            return AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the picked test user does not exist"));
        return identityOf(**user);
    }
    BuiltinIdpIdentity identity;
    identity.email = form.value(QStringLiteral("email")).trimmed();
    identity.givenName = form.value(QStringLiteral("given_name")).trimmed();
    identity.familyName = form.value(QStringLiteral("family_name")).trimmed();
    identity.emailVerified = !form.value(QStringLiteral("email_verified")).isEmpty();
    if (identity.email.isEmpty() || !identity.email.contains(QLatin1Char('@')) || identity.email.size() > 254)
        return AuditReason("authdesk::BuiltinIdp",
            QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the typed e-mail is not an e-mail address"));
    return identity;
}

BuiltinIdpOutcome BuiltinIdp::issueCode(const QHash<QString, QString> &form, const QString &issuer)
{
    std::variant<BuiltinIdpRequest, BuiltinIdpOutcome> checked = checkRequest(form);
    if (auto *outcome = std::get_if<BuiltinIdpOutcome>(&checked))
        return std::move(*outcome);
    const BuiltinIdpRequest &request = std::get<BuiltinIdpRequest>(checked);
    const std::variant<BuiltinIdpIdentity, AuditReason> identity = identityFrom(form, issuer);
    if (const auto *why = std::get_if<AuditReason>(&identity))
        return refused("Pick a test user, or type an e-mail address.", *why, request.clientId);

    const BuiltinIdpIdentity &who = std::get<BuiltinIdpIdentity>(identity);
    const QString code = QString::fromLatin1(tokengenerator::newAuthorizationCode());
    const QDateTime now = m_clock.now();
    const BuiltinIdpCode stored { hashOf(code), request.clientId, request.redirectUri, request.codeChallenge,
        request.nonce, request.scope, who.email, who.givenName, who.familyName, who.emailVerified,
        now.addSecs(CodeLifetimeSeconds) };
    if (const Result<void> inserted = m_codes.insert(stored, now); !inserted) {
        return refused("The code cannot be stored right now. Try again.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the code cannot be stored: %1"),
                { inserted.error().message() }),
            request.clientId);
    }
    return redirect(request.redirectUri,
        { { QStringLiteral("code"), code }, { QStringLiteral("state"), request.state } },
        AuditReason("authdesk::BuiltinIdp", QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "a code for %1"), { who.email }),
        request.clientId);
}

void BuiltinIdp::forgetExpired(const QDateTime &now)
{
    m_accessTokens.removeIf([&now](const auto &entry) { return entry.value().expiresAt <= now; });
}

std::variant<QJsonObject, OAuthError> BuiltinIdp::exchange(const QHash<QString, QString> &form, const QString &issuer)
{
    using Code = OAuthError::Code;
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("authorization_code")) {
        return error(Code::UnsupportedGrantType, "Only the authorization_code grant is supported.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the grant type is not authorization_code")));
    }
    const QString code = form.value(QStringLiteral("code"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (code.isEmpty() || verifier.isEmpty() || form.value(QStringLiteral("redirect_uri")).isEmpty()
        || form.value(QStringLiteral("client_id")).isEmpty()) {
        return error(Code::InvalidRequest, "code, redirect_uri, client_id and code_verifier are required.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "a parameter of the code exchange is missing")));
    }
    // Used once, whatever comes next: a code presented with a wrong verifier is gone too.
    const Result<std::optional<BuiltinIdpCode>> taken = m_codes.take(hashOf(code));
    if (!taken) {
        return error(Code::TemporarilyUnavailable, "The identity provider cannot read its codes right now.",
            taken.error().message());
    }
    const QDateTime now = m_clock.now();
    if (!taken->has_value() || (*taken)->expiresAt <= now) {
        return error(Code::InvalidGrant, "The code is unknown, used or expired.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the code is unknown, used or expired")));
    }
    const BuiltinIdpCode &request = **taken;
    if (form.value(QStringLiteral("client_id")) != request.clientId)
        return error(Code::InvalidGrant, "The code was issued to another client.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the client_id differs from the authorization request's")));
    if (form.value(QStringLiteral("redirect_uri")) != request.redirectUri)
        return error(Code::InvalidGrant, "The redirect_uri differs from the authorization request's.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP(
                    "authdesk::BuiltinIdp", "the redirect_uri differs from the authorization request's")));
    if (!pkce::verifierMatches(verifier, request.codeChallenge))
        return error(Code::InvalidGrant, "The code_verifier does not match the code_challenge.",
            AuditReason(
                "authdesk::BuiltinIdp", QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the PKCE verifier does not match")));
    const QMutexLocker locker(&m_mutex);
    forgetExpired(now);
    const Result<RsaSigningKey> key = signingKey();
    if (!key) {
        return error(
            Code::TemporarilyUnavailable, "The identity provider cannot sign tokens right now.", key.error().message());
    }

    const BuiltinIdpIdentity identity { request.email, request.givenName, request.familyName, request.emailVerified };
    const QString name = QStringList { identity.givenName, identity.familyName }.join(QLatin1Char(' ')).trimmed();
    QJsonObject profile {
        { QStringLiteral("sub"), subjectFor(identity.email) },
        { QStringLiteral("email"), identity.email },
        { QStringLiteral("email_verified"), identity.emailVerified },
    };
    if (!identity.givenName.isEmpty())
        profile.insert(QStringLiteral("given_name"), identity.givenName);
    if (!identity.familyName.isEmpty())
        profile.insert(QStringLiteral("family_name"), identity.familyName);
    if (!name.isEmpty())
        profile.insert(QStringLiteral("name"), name);

    QJsonObject claims = profile;
    claims.insert(QStringLiteral("iss"), issuer);
    claims.insert(QStringLiteral("aud"), request.clientId);
    claims.insert(QStringLiteral("iat"), now.toSecsSinceEpoch());
    claims.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() + TokenLifetimeSeconds);
    if (!request.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), request.nonce);
    const QByteArray idToken = key->signJwt(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    if (idToken.isEmpty())
        return error(Code::TemporarilyUnavailable, "The identity provider cannot sign tokens right now.",
            AuditReason(
                "authdesk::BuiltinIdp", QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "signing the ID token failed")));

    const QString accessToken = QString::fromLatin1(tokengenerator::newAuthorizationCode());
    m_accessTokens.insert(hashOf(accessToken), { profile, now.addSecs(TokenLifetimeSeconds) });
    return QJsonObject {
        { QStringLiteral("access_token"), accessToken },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("expires_in"), TokenLifetimeSeconds },
        { QStringLiteral("id_token"), QString::fromLatin1(idToken) },
        { QStringLiteral("scope"), request.scope },
    };
}

std::variant<QJsonObject, OAuthError> BuiltinIdp::userInfo(const QByteArray &accessToken)
{
    const QMutexLocker locker(&m_mutex);
    forgetExpired(m_clock.now());
    const auto it = m_accessTokens.constFind(digest::sha256(accessToken));
    if (accessToken.isEmpty() || it == m_accessTokens.constEnd()) {
        return error(OAuthError::Code::InvalidToken, "The access token is unknown or expired.",
            AuditReason("authdesk::BuiltinIdp",
                QT_TRANSLATE_NOOP("authdesk::BuiltinIdp", "the access token is unknown or expired")));
    }
    return it->claims;
}

} // namespace authdesk
