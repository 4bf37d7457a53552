#include "services/servicehub.h"

#include "crypto/passwordhasher.h"
#include "services/accesstokens.h"
#include "services/apiaccess.h"
#include "services/applicationservice.h"
#include "services/auditlog.h"
#include "services/builtinidp.h"
#include "services/corspolicy.h"
#include "services/datachangenotifier.h"
#include "services/groupcommit.h"
#include "services/healthservice.h"
#include "services/identityproviderservice.h"
#include "services/idpuserlinker.h"
#include "services/idtokenverifier.h"
#include "services/jwkscache.h"
#include "services/loginasservice.h"
#include "services/requestlog.h"
#include "services/revocationservice.h"
#include "services/sessionservice.h"
#include "services/signingkeys.h"
#include "services/signupservice.h"
#include "services/testcontrols.h"
#include "services/testuserservice.h"
#include "services/tokenservice.h"
#include "storage/applicationrepository.h"
#include "storage/auditrepository.h"
#include "storage/builtinidpcoderepository.h"
#include "storage/identityproviderrepository.h"
#include "storage/linkedidentityrepository.h"
#include "storage/loginascoderepository.h"
#include "storage/signingkeyrepository.h"
#include "storage/testcontrolsrepository.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"

namespace authdesk {

ServiceHub::ServiceHub(Database &database, const Clock &clock, const SteadyClock &steadyClock)
    : m_database(database)
    , m_offsetClock(std::make_unique<OffsetClock>(clock))
    , m_clock(*m_offsetClock)
    , m_hasher(std::make_unique<PasswordHasher>())
    , m_signingKeyRepository(std::make_unique<SigningKeyRepository>(database))
    , m_applicationRepository(std::make_unique<ApplicationRepository>(database))
    , m_testUserRepository(std::make_unique<TestUserRepository>(database))
    , m_tokenRepository(std::make_unique<TokenRepository>(database))
    , m_auditRepository(std::make_unique<AuditRepository>(database))
    , m_identityProviderRepository(std::make_unique<IdentityProviderRepository>(database))
    , m_linkedIdentityRepository(std::make_unique<LinkedIdentityRepository>(database))
    , m_loginAsCodeRepository(std::make_unique<LoginAsCodeRepository>(database))
    , m_signingKeys(std::make_unique<SigningKeys>(*m_signingKeyRepository, m_clock))
    , m_audit(std::make_unique<AuditLog>(*m_auditRepository, m_clock))
    , m_requestLog(std::make_unique<RequestLog>())
    , m_accessTokens(
          std::make_unique<AccessTokens>(*m_signingKeys, *m_applicationRepository, *m_tokenRepository, m_clock))
    , m_tokenService(std::make_unique<TokenService>(*m_applicationRepository, *m_testUserRepository, *m_tokenRepository,
          *m_accessTokens, *m_hasher, *m_audit, m_clock))
    , m_revocationService(
          std::make_unique<RevocationService>(*m_applicationRepository, *m_tokenRepository, *m_accessTokens, m_clock))
    , m_applicationService(std::make_unique<ApplicationService>(*m_applicationRepository, *m_audit, m_clock))
    , m_testUserService(std::make_unique<TestUserService>(
          database, *m_testUserRepository, *m_tokenRepository, *m_hasher, *m_audit, m_clock))
    , m_sessionService(std::make_unique<SessionService>(
          database, *m_tokenRepository, *m_testUserRepository, *m_applicationRepository, *m_audit, m_clock))
    , m_health(std::make_unique<HealthService>(database))
    , m_apiAccess(std::make_unique<ApiAccess>(
          *m_accessTokens, *m_applicationRepository, *m_testUserRepository, *m_signingKeys, m_clock))
    , m_cors(std::make_unique<CorsPolicy>(*m_applicationRepository))
    , m_groupCommit(std::make_unique<GroupCommit>(database))
    , m_jwksCache(std::make_unique<JwksCache>(steadyClock))
    , m_idTokenVerifier(std::make_unique<IdTokenVerifier>(*m_identityProviderRepository, *m_jwksCache, m_clock))
    , m_idpUserLinker(
          std::make_unique<IdpUserLinker>(*m_testUserRepository, *m_linkedIdentityRepository, *m_audit, m_clock))
    , m_identityProviderService(std::make_unique<IdentityProviderService>(
          *m_identityProviderRepository, *m_linkedIdentityRepository, *m_jwksCache, *m_audit, m_clock))
    , m_signupService(std::make_unique<SignupService>(
          *m_testUserService, *m_testUserRepository, *m_linkedIdentityRepository, *m_idTokenVerifier, m_clock))
    , m_loginAs(std::make_unique<LoginAsService>(*m_loginAsCodeRepository, *m_applicationRepository,
          *m_testUserRepository, *m_tokenRepository, *m_accessTokens, *m_audit, m_clock))
    , m_builtinIdpKeyRepository(
          std::make_unique<SigningKeyRepository>(database, SigningKeyRepository::Table::BuiltinIdp))
    , m_builtinIdpCodeRepository(std::make_unique<BuiltinIdpCodeRepository>(database))
    , m_builtinIdp(std::make_unique<BuiltinIdp>(*m_builtinIdpKeyRepository, *m_builtinIdpCodeRepository,
          *m_testUserRepository, *m_identityProviderRepository, m_clock))
    , m_testControlsRepository(std::make_unique<TestControlsRepository>(database))
{
    m_tokenService->setIdentityProviders(m_idTokenVerifier.get(), m_idpUserLinker.get());
    m_tokenService->setLoginAs(m_loginAs.get());
    connectChangeNotifier();
    // It reads the offset already stored, so the first request sees it.
    m_testControls = std::make_unique<TestControls>(*m_testControlsRepository, *m_audit, *m_offsetClock, clock);
}

void ServiceHub::connectChangeNotifier()
{
    m_changes = std::make_unique<DataChangeNotifier>();
    DataChangeNotifier *changes = m_changes.get();
    // Every admin change and security event is audited once it has committed, so the audit log
    // says what changed. Direct: note() is thread-safe, and the server's threads record too.
    QObject::connect(
        m_audit.get(), &AuditLog::recorded, changes,
        [changes](const AuditEvent &event) {
            changes->note(DataChangeNotifier::kindsOfAuditAction(event.action) | DataChangeNotifier::Audit);
        },
        Qt::DirectConnection);
    // Logins, refreshes and revocations through the API start, extend or end sessions, unaudited.
    m_requestLog->setObserver([changes](const TokenDecision &decision) {
        if (decision.status < 400)
            changes->note(DataChangeNotifier::Sessions);
    });
}

ServiceHub::~ServiceHub()
{
    // The notifier goes first (declared later); the server has stopped recording by now.
    m_requestLog->setObserver({});
}

Result<void> ServiceHub::loadKeys(const QByteArray &kek)
{
    m_builtinIdp->setKeyEncryptionKey(kek);
    return m_signingKeys->load(kek);
}

void ServiceHub::setLockoutPolicy(const LockoutPolicy &policy)
{
    m_tokenService->setLockoutPolicy(policy);
}

} // namespace authdesk
