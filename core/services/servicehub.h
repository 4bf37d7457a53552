#pragma once

#include "domain/result.h"
#include "domain/steadyclock.h"
#include "services/lockoutpolicy.h"

#include <QByteArray>
#include <memory>

namespace authdesk {

class AccessTokens;
class ApiAccess;
class CorsPolicy;
class GroupCommit;
class ApplicationRepository;
class ApplicationService;
class AuditLog;
class AuditRepository;
class BuiltinIdp;
class BuiltinIdpCodeRepository;
class Clock;
class OffsetClock;
class DataChangeNotifier;
class Database;
class HealthService;
class IdTokenVerifier;
class IdentityProviderRepository;
class IdentityProviderService;
class IdpUserLinker;
class JwksCache;
class LinkedIdentityRepository;
class LoginAsCodeRepository;
class SignupService;
class LoginAsService;
class PasswordHasher;
class RequestLog;
class RevocationService;
class SessionService;
class SigningKeyRepository;
class SigningKeys;
class TestControls;
class TestControlsRepository;
class TestUserRepository;
class TestUserService;
class TokenRepository;
class TokenService;

// Every service of AuthDesk over one database, wired once. The console, `authdesk serve` and the
// tests build the same hub, so an action behaves the same through every front door. The hub owns the
// one set of repositories and hands the same instances to every service that needs them, so their
// caches (ApplicationRepository::findRecent) are one cache.
class ServiceHub
{
    Q_DISABLE_COPY_MOVE(ServiceHub)

public:
    // The clocks and the database must outlive the hub. The steady clock ages what is kept for a
    // while (the identity providers' keys); tests pass the ManualSteadyClock their server reads.
    // Every service reads clock plus the test controls' offset (time travel).
    ServiceHub(Database &database, const Clock &clock, const SteadyClock &steadyClock = SteadyClock::system());
    ~ServiceHub();

    // Loads (or creates on first start) the signing key, unwrapped with the key-encryption key, and
    // hands the key-encryption key to the built-in identity provider.
    Result<void> loadKeys(const QByteArray &kek);
    void setLockoutPolicy(const LockoutPolicy &policy);

    Database &database() { return m_database; }
    // The clock every service reads: the given one plus the test controls' offset.
    const Clock &clock() const { return m_clock; }
    SigningKeys &signingKeys() { return *m_signingKeys; }
    AccessTokens &accessTokens() { return *m_accessTokens; }
    TokenService &tokens() { return *m_tokenService; }
    RevocationService &revocation() { return *m_revocationService; }
    ApplicationService &applications() { return *m_applicationService; }
    TestUserService &testUsers() { return *m_testUserService; }
    SessionService &sessions() { return *m_sessionService; }
    AuditLog &audit() { return *m_audit; }
    RequestLog &requestLog() { return *m_requestLog; }
    HealthService &health() { return *m_health; }
    ApiAccess &apiAccess() { return *m_apiAccess; }
    CorsPolicy &cors() { return *m_cors; }
    GroupCommit &groupCommit() { return *m_groupCommit; }
    IdentityProviderService &identityProviders() { return *m_identityProviderService; }
    SignupService &signup() { return *m_signupService; }
    LoginAsService &loginAs() { return *m_loginAs; }
    // The built-in test identity provider (/idp/); its key is made on first use.
    BuiltinIdp &builtinIdp() { return *m_builtinIdp; }
    // The developer's test kit: the clock offset and the fault rules.
    TestControls &testControls() { return *m_testControls; }
    // Announces committed changes (applications, test users, sessions, identity providers, audit) to
    // the console, whichever front door made them.
    DataChangeNotifier &changes() { return *m_changes; }
    // For tests that inject faults into a rotation.
    TokenRepository &tokenRepository() { return *m_tokenRepository; }

private:
    void connectChangeNotifier();

    Database &m_database;
    std::unique_ptr<OffsetClock> m_offsetClock; // before every member that reads the clock
    const Clock &m_clock;
    std::unique_ptr<PasswordHasher> m_hasher;
    // The repositories, one of each, shared by every service below.
    std::unique_ptr<SigningKeyRepository> m_signingKeyRepository;
    std::unique_ptr<ApplicationRepository> m_applicationRepository;
    std::unique_ptr<TestUserRepository> m_testUserRepository;
    std::unique_ptr<TokenRepository> m_tokenRepository;
    std::unique_ptr<AuditRepository> m_auditRepository;
    std::unique_ptr<IdentityProviderRepository> m_identityProviderRepository;
    std::unique_ptr<LinkedIdentityRepository> m_linkedIdentityRepository;
    std::unique_ptr<LoginAsCodeRepository> m_loginAsCodeRepository;
    std::unique_ptr<SigningKeys> m_signingKeys;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<AccessTokens> m_accessTokens;
    std::unique_ptr<TokenService> m_tokenService;
    std::unique_ptr<RevocationService> m_revocationService;
    std::unique_ptr<ApplicationService> m_applicationService;
    std::unique_ptr<TestUserService> m_testUserService;
    std::unique_ptr<SessionService> m_sessionService;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<ApiAccess> m_apiAccess;
    std::unique_ptr<CorsPolicy> m_cors;
    std::unique_ptr<GroupCommit> m_groupCommit;
    // IdP login (spec section 12). The JWKS cache runs a thread of its own.
    std::unique_ptr<JwksCache> m_jwksCache;
    std::unique_ptr<IdTokenVerifier> m_idTokenVerifier;
    std::unique_ptr<IdpUserLinker> m_idpUserLinker;
    std::unique_ptr<IdentityProviderService> m_identityProviderService;
    std::unique_ptr<SignupService> m_signupService;
    std::unique_ptr<LoginAsService> m_loginAs;
    std::unique_ptr<SigningKeyRepository> m_builtinIdpKeyRepository;
    std::unique_ptr<BuiltinIdpCodeRepository> m_builtinIdpCodeRepository;
    std::unique_ptr<BuiltinIdp> m_builtinIdp;
    std::unique_ptr<DataChangeNotifier> m_changes;
    std::unique_ptr<TestControlsRepository> m_testControlsRepository;
    std::unique_ptr<TestControls> m_testControls;
};

} // namespace authdesk
