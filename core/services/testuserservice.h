#pragma once

#include "domain/result.h"
#include "domain/testuser.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <limits>

namespace authdesk {

class AuditLog;
class Clock;
class Database;
class PasswordHasher;
class TestUserRepository;
class TokenRepository;

// A test user to create: the password in plain text only until it is hashed here.
struct NewTestUser
{
    QString email;
    QString displayName;
    QString password;
    bool banned = false;
    bool emailVerified = true;
};

// Managing test users for the console, the seed file and the CLI. Every change is audited; a password
// reset ends the user's sessions.
class TestUserService
{
    Q_DECLARE_TR_FUNCTIONS(TestUserService)

public:
    // Called after each user of a bulk creation: (done, total).
    using Progress = std::function<void(int, int)>;

    TestUserService(Database &database, TestUserRepository &users, TokenRepository &tokens,
        const PasswordHasher &hasher, AuditLog &audit, const Clock &clock);

    Result<TestUser> create(const NewTestUser &user, const QString &actor);
    // All or nothing: validates and hashes every user first, then stores them in one transaction.
    // Stops without storing anything when cancel becomes true.
    Result<QList<TestUser>> createMany(const QList<NewTestUser> &users, const QString &actor,
                                       const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    Result<TestUser> updateDisplayName(const QString &id, const QString &displayName, const QString &actor);
    // Sets a new password and revokes every session of the user. Returns how many were revoked.
    Result<int> resetPassword(const QString &id, const QString &password, const QString &actor);
    Result<TestUser> setBanned(const QString &id, bool banned, const QString &actor);
    Result<TestUser> unlock(const QString &id, const QString &actor);
    Result<void> remove(const QString &id, const QString &actor);

    Result<QList<TestUser>> search(const QString &text, int limit, int offset);
    // The page of search() that follows the user with this e-mail: as fast deep in the list as at its top.
    Result<QList<TestUser>> searchAfter(const QString &text, int limit, const QString &afterEmail);
    // How many users match, counting no further than atMost.
    Result<int> count(const QString &text, int atMost = std::numeric_limits<int>::max());
    Result<std::optional<TestUser>> find(const QString &id);
    Result<std::optional<TestUser>> findByEmail(const QString &email);

    static Result<void> validate(const NewTestUser &user);
    // A random password (32 random bytes, base64url) for a user created without one.
    static QString generatePassword();

private:
    Result<TestUser> findExisting(const QString &id);
    Result<TestUser> prepare(const NewTestUser &user) const;

    Database &m_database;
    TestUserRepository &m_users;
    TokenRepository &m_tokens;
    const PasswordHasher &m_hasher;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace authdesk
