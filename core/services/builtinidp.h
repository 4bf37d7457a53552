#pragma once

#include "crypto/rsasigningkey.h"
#include "domain/result.h"
#include "services/oauth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <memory>
#include <optional>
#include <variant>

namespace authdesk {

class BuiltinIdpCodeRepository;
class Clock;
class IdentityProviderRepository;
class KeyWrapper;
class SigningKeyRepository;
class TestUserRepository;

// Who the built-in identity provider says the user is: a test user picked on its page, or one typed.
struct BuiltinIdpIdentity
{
    QString email;
    QString givenName;
    QString familyName;
    bool emailVerified = true;
};

// An authorization request of the built-in identity provider, once checked.
struct BuiltinIdpRequest
{
    QString clientId;
    QString redirectUri;
    QString state;
    QString nonce;
    QString codeChallenge; // S256
    QString scope;
};

// What /idp/authorize answers, decided here and turned into HTTP by the server.
struct BuiltinIdpOutcome
{
    enum class Kind {
        Refused, // 400 page: the client_id or redirect_uri is unusable, so no redirect
        Redirect, // 302 to `location`: a code and state, or an error and state
        Page, // 200: the page to pick or type an identity
    };
    Kind kind = Kind::Refused;
    QByteArray location;
    QByteArray message; // Refused: why, fixed ASCII text (never echoes input)
    AuditReason reason; // for the request log; never a code or token
    QString clientId; // as presented
    BuiltinIdpRequest request; // Page: what its forms post back
    QList<BuiltinIdpIdentity> identities; // Page: the test users to pick from
    bool registered = false; // Page: an identity provider names this issuer
};

// An OpenID Connect provider for testing IdP login offline, served under /idp/ by AuthDesk itself:
// the authorization code flow with PKCE (S256 required), RS256 ID tokens signed with a key of its own,
// stored wrapped by the key-encryption key like the access-token keys. Anyone who reaches its page can
// be anyone: its tokens log users in only where an identity provider names its issuer.
// Codes are kept in the database, hashed, and used once by whichever AuthDesk on it is asked; access
// tokens (for userinfo only) live in the process that issued them. Thread-safe.
class BuiltinIdp
{
    Q_DECLARE_TR_FUNCTIONS(authdesk::BuiltinIdp)

public:
    // What the console adds as an identity provider, and what the ID tokens' `aud` is by default.
    static constexpr char ProviderId[] = "authdesk-test-idp";
    static constexpr char DefaultClientId[] = "authdesk-test-client";
    static constexpr qint64 CodeLifetimeSeconds = 120;
    static constexpr qint64 TokenLifetimeSeconds = 3600;

    BuiltinIdp(SigningKeyRepository &keys, BuiltinIdpCodeRepository &codes, TestUserRepository &users,
        IdentityProviderRepository &providers, const Clock &clock);
    ~BuiltinIdp();

    // The key-encryption key its RSA key is wrapped with; the key itself is loaded, or made and
    // stored, on first use.
    void setKeyEncryptionKey(const QByteArray &kek);

    // The issuer of a server reached at baseUrl: baseUrl + "/idp".
    static QString issuerFor(const QString &baseUrl);
    // The OpenID configuration of the issuer.
    static QJsonObject discovery(const QString &issuer);
    // {"keys": [the public JWK]}.
    Result<QJsonObject> jwks();

    // GET /idp/authorize: the page, or why not. The test users are offered only once an identity
    // provider names `issuer`: until then the page does not list who is in the database.
    BuiltinIdpOutcome authorize(const QHash<QString, QString> &query, const QString &issuer);
    // POST /idp/authorize: the request's parameters again (hidden fields) and either `user` (a test
    // user's e-mail, only while an identity provider names `issuer`) or the typed `email`,
    // `given_name`, `family_name`, `email_verified`; a redirect with a code, or why not.
    BuiltinIdpOutcome issueCode(const QHash<QString, QString> &form, const QString &issuer);
    // POST /idp/token (authorization_code): the token response, or an OAuth error.
    std::variant<QJsonObject, OAuthError> exchange(const QHash<QString, QString> &form, const QString &issuer);
    // GET /idp/userinfo: the claims of a live access token.
    std::variant<QJsonObject, OAuthError> userInfo(const QByteArray &accessToken);

    // The stable `sub` of an e-mail.
    static QString subjectFor(const QString &email);

private:
    struct IssuedAccess
    {
        QJsonObject claims;
        QDateTime expiresAt;
    };

    std::variant<BuiltinIdpRequest, BuiltinIdpOutcome> checkRequest(const QHash<QString, QString> &query) const;
    std::variant<BuiltinIdpIdentity, AuditReason> identityFrom(
        const QHash<QString, QString> &form, const QString &issuer);
    // Whether an identity provider of AuthDesk names this issuer.
    bool isRegistered(const QString &issuer);
    Result<RsaSigningKey> signingKey();
    void forgetExpired(const QDateTime &now);

    SigningKeyRepository &m_keys;
    BuiltinIdpCodeRepository &m_codes;
    TestUserRepository &m_users;
    IdentityProviderRepository &m_providers;
    const Clock &m_clock;
    QMutex m_mutex; // guards everything below
    std::unique_ptr<KeyWrapper> m_wrapper;
    std::optional<RsaSigningKey> m_key;
    QHash<QByteArray, IssuedAccess> m_accessTokens; // by SHA-256 of the token
};

} // namespace authdesk
