#pragma once

#include "domain/result.h"
#include "domain/testuser.h"

#include <limits>
#include <optional>

namespace authdesk {

class Database;

// Test users in the database. E-mail is unique regardless of case.
class TestUserRepository
{
    Q_DECLARE_TR_FUNCTIONS(TestUserRepository)

public:
    explicit TestUserRepository(Database &database);

    // Conflict when the e-mail (compared case-insensitively) is taken.
    Result<void> insert(const TestUser &user);
    // Inserts all of them in one transaction, or none (Conflict names the first taken e-mail).
    Result<void> insertAll(const QList<TestUser> &users);
    // Writes every field but id and createdAt. NotFound / Conflict as above.
    Result<void> update(const TestUser &user);
    Result<std::optional<TestUser>> findById(const QString &id);
    Result<std::optional<TestUser>> findByEmail(const QString &email); // any case
    // Users whose e-mail or display name contains `text` (any case), ordered by e-mail; empty text: all.
    // With afterEmail, the page starts after that e-mail (keyset paging) rather than at an offset.
    Result<QList<TestUser>> search(const QString &text, int limit, int offset, const QString &afterEmail = {});
    // How many users match, counting no further than atMost.
    Result<int> count(const QString &text, int atMost = std::numeric_limits<int>::max());
    Result<void> remove(const QString &id);

    // Brute-force accounting in one transaction, safe with several servers on one database.
    // Records a failed login at `now` and counts the failures of the last `window` (a rolling window:
    // older ones are forgotten one by one). When the count reaches `threshold`, the user is locked
    // until now + lockFor. Returns the user as now stored (failedLogins: the count in the window).
    Result<TestUser> registerFailedLogin(
        const QString &id, const QDateTime &now, qint64 windowSeconds, int threshold, qint64 lockForSeconds);
    // After a successful login or an admin unlock: no failures, no lock.
    Result<void> clearFailedLogins(const QString &id);
    // Access tokens of this user issued before `at` stop being live.
    Result<void> setRevokedAllAt(const QString &id, const QDateTime &at);

private:
    // The one user a prepared SELECT ... WHERE key = ? finds, if any.
    Result<std::optional<TestUser>> findOne(const QString &statement, const QVariant &key);

    Database &m_database;
};

} // namespace authdesk
