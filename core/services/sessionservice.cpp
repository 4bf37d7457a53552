#include "services/sessionservice.h"

#include "domain/clock.h"
#include "services/auditlog.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"

namespace authdesk {

SessionService::SessionService(Database &database, TokenRepository &tokens, TestUserRepository &users,
    ApplicationRepository &applications, AuditLog &audit, const Clock &clock)
    : m_database(database)
    , m_tokens(tokens)
    , m_users(users)
    , m_applications(applications)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<void> SessionService::checkReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalidArgument(tr("Give a reason; it is kept in the audit log."));
    if (reason.size() > 500)
        return Error::invalidArgument(tr("The reason is longer than 500 characters."));
    return {};
}

Result<QList<TokenFamily>> SessionService::list(FamilyFilter filter, int limit, int offset)
{
    if (!filter.now.isValid())
        filter.now = m_clock.now();
    return m_tokens.families(filter, limit, offset);
}

Result<int> SessionService::count(FamilyFilter filter, int atMost)
{
    if (!filter.now.isValid())
        filter.now = m_clock.now();
    return m_tokens.countFamilies(filter, atMost);
}

Result<std::optional<TokenFamily>> SessionService::find(const QString &familyId)
{
    return m_tokens.findFamily(familyId);
}

Result<void> SessionService::revoke(const QString &familyId, const QString &reason, const QString &actor)
{
    if (const Result<void> ok = checkReason(reason); !ok)
        return ok;
    const Result<bool> revoked
        = m_tokens.revokeFamily(familyId, m_clock.now(), QStringLiteral("admin:%1").arg(actor), reason.trimmed());
    if (!revoked)
        return revoked.error();
    if (!*revoked) {
        const Result<std::optional<TokenFamily>> family = m_tokens.findFamily(familyId);
        if (family && !family->has_value())
            return Error::notFound(tr("The session no longer exists."));
        return Error::conflict(tr("The session was already revoked."));
    }
    m_audit.adminAction(actor, QStringLiteral("session.revoke"), familyId,
        AuditReason::composed(QStringLiteral("%1 (%2)"), { reason.trimmed(), describeSession(familyId) }));
    return {};
}

AuditReason SessionService::describeSession(const QString &familyId)
{
    const Result<std::optional<TokenFamily>> family = m_tokens.findFamily(familyId);
    if (!family || !family->has_value())
        return AuditReason("SessionService", QT_TRANSLATE_NOOP("SessionService", "session %1"), { familyId });
    QString application = (*family)->clientId;
    if (const Result<std::optional<Application>> found = m_applications.find((*family)->clientId);
        found && found->has_value())
        application = (*found)->name;
    if ((*family)->userId.isEmpty())
        return AuditReason("SessionService", QT_TRANSLATE_NOOP("SessionService", "session of %1"), { application });
    QString user = (*family)->userId;
    if (const Result<std::optional<TestUser>> found = m_users.findById((*family)->userId); found && found->has_value())
        user = (*found)->email;
    return AuditReason(
        "SessionService", QT_TRANSLATE_NOOP("SessionService", "session of %1 in %2"), { user, application });
}

Result<int> SessionService::revokeAllInOneTransaction(
    const std::function<Result<void>()> &markRevokedAll, const std::function<Result<int>()> &revokeFamilies)
{
    // One transaction: a session that a grant creates meanwhile is either revoked with the others or
    // refused (TokenRepository::createFamily), never left live. The families table is locked first,
    // before the user's or application's row, in the order every writer takes them.
    int revoked = 0;
    const Result<void> done = m_database.inTransaction([&]() -> Result<void> {
        if (const Result<void> locked = m_tokens.lockAgainstNewFamilies(); !locked)
            return locked;
        if (const Result<void> marked = markRevokedAll(); !marked)
            return marked;
        const Result<int> count = revokeFamilies();
        if (!count)
            return count.error();
        revoked = *count;
        return {};
    });
    if (!done)
        return done.error();
    return revoked;
}

Result<int> SessionService::revokeAllOfUser(const QString &userId, const QString &reason, const QString &actor)
{
    if (const Result<void> ok = checkReason(reason); !ok)
        return ok.error();
    const Result<std::optional<TestUser>> user = m_users.findById(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("The test user no longer exists."));
    const QDateTime now = m_clock.now();
    const Result<int> revoked = revokeAllInOneTransaction([&] { return m_users.setRevokedAllAt(userId, now); },
        [&] {
            return m_tokens.revokeFamiliesOfUser(userId, now, QStringLiteral("admin:%1").arg(actor), reason.trimmed());
        });
    if (!revoked)
        return revoked;
    m_audit.adminAction(actor, QStringLiteral("session.revoke_user"), (*user)->email,
        AuditReason("SessionService", QT_TRANSLATE_N_NOOP("SessionService", "%1 (%n session(s))"), { reason.trimmed() },
            *revoked));
    return revoked;
}

Result<int> SessionService::revokeAllOfApplication(const QString &clientId, const QString &reason, const QString &actor)
{
    if (const Result<void> ok = checkReason(reason); !ok)
        return ok.error();
    const Result<std::optional<Application>> application = m_applications.find(clientId);
    if (!application)
        return application.error();
    if (!application->has_value())
        return Error::notFound(tr("The application no longer exists."));
    const QDateTime now = m_clock.now();
    const Result<int> revoked = revokeAllInOneTransaction([&] { return m_applications.setRevokedAllAt(clientId, now); },
        [&] {
            return m_tokens.revokeFamiliesOfClient(
                clientId, now, QStringLiteral("admin:%1").arg(actor), reason.trimmed());
        });
    if (!revoked)
        return revoked;
    m_audit.adminAction(actor, QStringLiteral("session.revoke_application"), clientId,
        AuditReason("SessionService", QT_TRANSLATE_N_NOOP("SessionService", "%1 (%n session(s) of \"%2\")"),
            { reason.trimmed(), (*application)->name }, *revoked));
    return revoked;
}

} // namespace authdesk
