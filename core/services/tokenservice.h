#pragma once

#include "domain/application.h"
#include "services/lockoutpolicy.h"
#include "services/oauth.h"

#include <optional>

namespace authdesk {

class AccessTokens;
class ApplicationRepository;
class AuditLog;
class IdTokenVerifier;
class IdpUserLinker;
class Clock;
class LoginAsService;
class PasswordHasher;
class TestUserRepository;
class TokenRepository;
struct RefreshTokenRecord;
struct TestUser;
struct TokenFamily;

// The token endpoint's decisions (spec section 3, checks 7 to 12): which grant, which client, and
// whether to issue tokens. Decoding the HTTP request (checks 1 to 6) is the server's job.
// Thread-safe: it keeps no state of its own between calls.
class TokenService
{
public:
    TokenService(ApplicationRepository &applications, TestUserRepository &users, TokenRepository &tokens,
        AccessTokens &accessTokens, const PasswordHasher &hasher, AuditLog &audit, const Clock &clock);

    // Whether handle() signs the access tokens it issues, or leaves that to whoever encodes the answer
    // (IssuedTokens::signAccessToken): a grant decided on the commit batcher's single writer thread
    // is signed afterwards on the network thread that answers it.
    enum class Signing { Now, Deferred };
    TokenResult handle(const TokenRequest &request, Signing signing = Signing::Now) const;

    // How the server runs a token request (a grant_type that passed checkGrantType()):
    enum class Run {
        Inline, // decided on the network thread: it writes nothing (anonymous tokens, refusals)
        Hashing, // argon2id: on the hashing pool
        Commit, // it stores tokens: through the commit batcher, answered once they are on disk
    };
    // Cheap (the grant's name, and for client_credentials the application from memory): only an
    // integration application's client_credentials grant starts a family; a marketplace
    // application's, with a secret or without, writes nothing.
    Run runFor(GrantType grant, const TokenRequest &request) const;
    // Check 7 alone: grant_type present and supported. The endpoint runs it before it reads the
    // client's credentials (check 8), so a Basic header cannot change the answer to a bad grant_type.
    static std::optional<OAuthError> checkGrantType(const QString &grantName);

    // POST /v1/auth/auth_with_idp (spec section 12): client authentication, the auth_with_idp grant,
    // the ID token, then the user. Blocks while an IdP's keys are fetched: call it on a worker thread.
    TokenResult authWithIdp(const TokenRequest &request) const;

    // Both must outlive this service; without them every IdP login is refused as unavailable.
    void setIdentityProviders(const IdTokenVerifier *verifier, IdpUserLinker *linker)
    {
        m_idTokens = verifier;
        m_linker = linker;
    }

    void setLockoutPolicy(const LockoutPolicy &policy) { m_lockout = policy; }
    // Redeems authorization_code grants (login-as); must outlive this service.
    void setLoginAs(LoginAsService *loginAs) { m_loginAs = loginAs; }

private:
    struct Context; // one request's state while it is being decided

    // invalid_grant for a user who is banned or gone (the grants that continue a user's session).
    std::optional<OAuthError> refuseUnlessUserMayHaveTokens(const QString &userId) const;
    // The same for a user already read (empty: gone).
    std::optional<OAuthError> refuseUnlessUserMayHaveTokens(const std::optional<TestUser> &user) const;
    std::optional<OAuthError> authenticateClient(
        const TokenRequest &request, GrantType grant, std::optional<Application> &application) const;
    TokenResult clientCredentials(const Context &context) const;
    TokenResult password(const Context &context) const;
    TokenResult refreshToken(const Context &context) const;
    TokenResult tokenExchange(const Context &context) const;

    // Starts a new family for the user (empty for integration clients) and issues its first pair.
    TokenResult startFamily(
        const Context &context, const QString &userId, const QString &scope, const AuditReason &reason) const;
    TokenResult issuePair(const Context &context, const TokenFamily &family, const QByteArray &refreshToken,
        const AuditReason &reason) const;
    TokenResult rotate(const Context &context, const RefreshTokenRecord &current, const TokenFamily &family,
        const QByteArray &presented) const;
    TokenResult retiredTokenPresented(const Context &context, const RefreshTokenRecord &presented,
        const TokenFamily &family, const QByteArray &token) const;
    std::optional<OAuthError> checkScope(const Context &context, const QString &issued) const;

    ApplicationRepository &m_applications;
    TestUserRepository &m_users;
    TokenRepository &m_tokens;
    AccessTokens &m_accessTokens;
    const PasswordHasher &m_hasher;
    AuditLog &m_audit;
    const Clock &m_clock;
    LockoutPolicy m_lockout;
    const IdTokenVerifier *m_idTokens = nullptr;
    IdpUserLinker *m_linker = nullptr;
    LoginAsService *m_loginAs = nullptr;
};

} // namespace authdesk
