#include "services/signupservice.h"

#include "crypto/tokengenerator.h"
#include "domain/clock.h"
#include "domain/linkedidentity.h"
#include "services/idtokenverifier.h"
#include "services/testuserservice.h"
#include "storage/linkedidentityrepository.h"
#include "storage/testuserrepository.h"

namespace authdesk {

namespace {

QString displayNameOf(const SignupRequest &request)
{
    if (!request.displayName.trimmed().isEmpty())
        return request.displayName.trimmed();
    return QStringList { request.firstName.trimmed(), request.lastName.trimmed() }.join(QLatin1Char(' ')).trimmed();
}

SignupError fromError(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Conflict:
        return { 409, QByteArrayLiteral("email-taken"), error.message() };
    case Error::Code::InvalidArgument:
        return { 400, QByteArrayLiteral("validation-invalid-params"), error.message() };
    default:
        return { 503, QByteArrayLiteral("temporarily-unavailable"), error.message() };
    }
}

} // namespace

SignupService::SignupService(TestUserService &users, TestUserRepository &userRepository,
    LinkedIdentityRepository &links, const IdTokenVerifier &idTokens, const Clock &clock)
    : m_users(users)
    , m_userRepository(userRepository)
    , m_links(links)
    , m_idTokens(idTokens)
    , m_clock(clock)
{ }

std::variant<TestUser, SignupError> SignupService::create(const SignupRequest &request) const
{
    if (request.firstName.trimmed().isEmpty() || request.lastName.trimmed().isEmpty())
        return SignupError { 400, QByteArrayLiteral("validation-missing-key"),
            tr("firstName and lastName are required.") };
    NewTestUser user;
    user.email = request.email;
    user.password = request.password;
    user.displayName = displayNameOf(request);
    // Sign-up does not verify the address: the real service sends a verification e-mail first.
    user.emailVerified = false;
    Result<TestUser> created = m_users.create(user, QStringLiteral("sign-up"));
    if (!created)
        return fromError(created.error());
    return std::move(created).value();
}

std::variant<TestUser, SignupError> SignupService::createWithIdp(const SignupRequest &request) const
{
    if (request.firstName.trimmed().isEmpty() || request.lastName.trimmed().isEmpty())
        return SignupError { 400, QByteArrayLiteral("validation-missing-key"),
            tr("firstName and lastName are required.") };
    if (request.idpId.isEmpty() || request.idpClientId.isEmpty() || request.idpToken.isEmpty()) {
        return SignupError { 400, QByteArrayLiteral("validation-missing-key"),
            tr("idpId, idpClientId and idpToken are required.") };
    }
    const auto verified = m_idTokens.verify(request.idpId, request.idpClientId, request.idpToken);
    if (const auto *error = std::get_if<OAuthError>(&verified)) {
        const bool down = error->code == OAuthError::Code::TemporarilyUnavailable;
        return SignupError { down ? 503 : 401,
            down ? QByteArrayLiteral("temporarily-unavailable") : QByteArrayLiteral("idp-token-invalid"),
            error->reason.translated() };
    }
    const VerifiedIdToken &identity = std::get<VerifiedIdToken>(verified);
    const Result<std::optional<LinkedIdentity>> existing = m_links.find(identity.idpId, identity.subject);
    if (!existing)
        return fromError(existing.error());
    if (existing->has_value())
        return SignupError { 409, QByteArrayLiteral("identity-taken"), tr("This identity has a test user already.") };

    const QString email = request.email.trimmed().isEmpty() ? identity.email : request.email.trimmed();
    if (email.isEmpty())
        return SignupError { 400, QByteArrayLiteral("validation-missing-key"),
            tr("The token has no e-mail; send one.") };
    TestUser user;
    user.id = tokengenerator::newUuid();
    user.email = email;
    user.displayName = displayNameOf(request);
    // Verified only when it is the address the IdP vouched for.
    user.emailVerified
        = identity.emailVerified && TestUser::normalizedEmail(email) == TestUser::normalizedEmail(identity.email);
    user.createdAt = m_clock.now(); // no password: this user logs in through the IdP only
    if (const Result<void> inserted = m_userRepository.insert(user); !inserted)
        return fromError(inserted.error());
    if (const Result<void> linked = m_links.link({ identity.idpId, identity.subject, user.id, m_clock.now() }); !linked)
        return fromError(linked.error());
    return user;
}

} // namespace authdesk
