#pragma once

#include "domain/auditreason.h"
#include "domain/familyfilter.h"
#include "domain/result.h"
#include "domain/tokenfamily.h"

#include <QCoreApplication>
#include <functional>

namespace authdesk {

class ApplicationRepository;
class AuditLog;
class Clock;
class Database;
class TestUserRepository;
class TokenRepository;

// Support staff's view of sessions (refresh-token families): find them, revoke one or all of a user
// or an application. Every revocation needs a reason, which goes to the audit log.
class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(SessionService)

public:
    SessionService(Database &database, TokenRepository &tokens, TestUserRepository &users,
        ApplicationRepository &applications, AuditLog &audit, const Clock &clock);

    // Newest first; filter.after pages by keyset, which costs the same at any depth.
    Result<QList<TokenFamily>> list(FamilyFilter filter, int limit, int offset);
    // How many match, counting no further than atMost.
    Result<int> count(FamilyFilter filter, int atMost = std::numeric_limits<int>::max());
    Result<std::optional<TokenFamily>> find(const QString &familyId);

    Result<void> revoke(const QString &familyId, const QString &reason, const QString &actor);
    // Every session of the user; returns how many were live.
    Result<int> revokeAllOfUser(const QString &userId, const QString &reason, const QString &actor);
    // Every session of the application, and its anonymous access tokens.
    Result<int> revokeAllOfApplication(const QString &clientId, const QString &reason, const QString &actor);

private:
    static Result<void> checkReason(const QString &reason);
    // "session of joe@example.com in Web shop", for the audit log.
    AuditReason describeSession(const QString &familyId);
    // Marks the "revoke all" time and revokes the families, in one transaction; returns how many.
    Result<int> revokeAllInOneTransaction(
        const std::function<Result<void>()> &markRevokedAll, const std::function<Result<int>()> &revokeFamilies);

    Database &m_database;
    TokenRepository &m_tokens;
    TestUserRepository &m_users;
    ApplicationRepository &m_applications;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace authdesk
