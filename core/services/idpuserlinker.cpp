#include "services/idpuserlinker.h"

#include "domain/clock.h"
#include "domain/linkedidentity.h"
#include "services/apierrors.h"
#include "services/auditlog.h"
#include "services/idtokenverifier.h"
#include "storage/linkedidentityrepository.h"
#include "storage/testuserrepository.h"

#include <QCoreApplication>

namespace authdesk {

namespace {

using apierrors::invalidGrant;

std::variant<TestUser, OAuthError> unlessBanned(const TestUser &user)
{
    if (user.banned)
        return invalidGrant(AuditReason(
            "authdesk::IdpUserLinker", QT_TRANSLATE_NOOP("authdesk::IdpUserLinker", "%1 is banned"), { user.email }));
    return user;
}

} // namespace

IdpUserLinker::IdpUserLinker(
    TestUserRepository &users, LinkedIdentityRepository &links, AuditLog &audit, const Clock &clock)
    : m_users(users)
    , m_links(links)
    , m_audit(audit)
    , m_clock(clock)
{ }

std::variant<TestUser, OAuthError> IdpUserLinker::userFor(const VerifiedIdToken &identity) const
{
    const Result<std::optional<LinkedIdentity>> linked = m_links.find(identity.idpId, identity.subject);
    if (!linked)
        return apierrors::databaseUnavailable();
    if (!linked->has_value())
        return byVerifiedEmail(identity);
    const Result<std::optional<TestUser>> user = m_users.findById((*linked)->userId);
    if (!user)
        return apierrors::databaseUnavailable();
    if (!user->has_value())
        return invalidGrant(AuditReason("authdesk::IdpUserLinker",
            QT_TRANSLATE_NOOP("authdesk::IdpUserLinker", "the linked test user no longer exists")));
    return unlessBanned(**user);
}

std::variant<TestUser, OAuthError> IdpUserLinker::byVerifiedEmail(const VerifiedIdToken &identity) const
{
    if (identity.email.isEmpty())
        return invalidGrant(AuditReason("authdesk::IdpUserLinker",
            QT_TRANSLATE_NOOP(
                "authdesk::IdpUserLinker", "no test user is linked to this %1 identity, and the token has no e-mail"),
            { identity.idpId }));
    if (!identity.emailVerified)
        return invalidGrant(AuditReason("authdesk::IdpUserLinker",
            QT_TRANSLATE_NOOP("authdesk::IdpUserLinker",
                "no test user is linked to this %1 identity, and the token's e-mail is not verified"),
            { identity.idpId }));
    const Result<std::optional<TestUser>> user = m_users.findByEmail(identity.email);
    if (!user)
        return apierrors::databaseUnavailable();
    if (!user->has_value())
        return invalidGrant(AuditReason("authdesk::IdpUserLinker",
            QT_TRANSLATE_NOOP("authdesk::IdpUserLinker", "no test user has the token's e-mail")));
    const TestUser &found = **user;
    if (!found.emailVerified)
        return invalidGrant(AuditReason("authdesk::IdpUserLinker",
            QT_TRANSLATE_NOOP("authdesk::IdpUserLinker", "%1's e-mail is not verified, so the identity is not linked"),
            { found.email }));
    if (found.banned)
        return unlessBanned(found);

    LinkedIdentity link { identity.idpId, identity.subject, found.id, m_clock.now() };
    const Result<void> linkedNow = m_links.link(link);
    // A concurrent login may have linked the same identity a moment ago: that is the same outcome.
    if (!linkedNow && linkedNow.error().code() != Error::Code::Conflict)
        return apierrors::databaseUnavailable();
    if (linkedNow) {
        m_audit.securityEvent(QStringLiteral("system"), QStringLiteral("user.identity_linked"), found.email,
            AuditReason("authdesk::IdpUserLinker",
                QT_TRANSLATE_NOOP("authdesk::IdpUserLinker", "linked to the %1 identity by verified e-mail"),
                { identity.idpId }));
    }
    return found;
}

} // namespace authdesk
