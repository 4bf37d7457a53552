#include "services/testuserservice.h"

#include "crypto/passwordhasher.h"
#include "crypto/tokengenerator.h"
#include "domain/clock.h"
#include "services/auditlog.h"
#include "storage/database.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"

#include <QRegularExpression>
#include <QSet>

namespace authdesk {

namespace {

constexpr qsizetype MaxPasswordLength = 1024;

} // namespace

TestUserService::TestUserService(Database &database, TestUserRepository &users, TokenRepository &tokens,
    const PasswordHasher &hasher, AuditLog &audit, const Clock &clock)
    : m_database(database)
    , m_users(users)
    , m_tokens(tokens)
    , m_hasher(hasher)
    , m_audit(audit)
    , m_clock(clock)
{ }

QString TestUserService::generatePassword()
{
    return QString::fromLatin1(tokengenerator::newAuthorizationCode());
}

Result<void> TestUserService::validate(const NewTestUser &user)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    const QString email = user.email.trimmed();
    if (email.isEmpty())
        return Error::invalidArgument(tr("The test user needs an e-mail address."));
    if (email.size() > 254 || !emailPattern.match(email).hasMatch())
        return Error::invalidArgument(tr("'%1' is not an e-mail address.").arg(email.left(100)));
    if (user.password.isEmpty())
        return Error::invalidArgument(tr("The test user needs a password."));
    if (user.password.size() > MaxPasswordLength)
        return Error::invalidArgument(tr("The password is longer than %1 characters.").arg(MaxPasswordLength));
    if (user.displayName.size() > 200)
        return Error::invalidArgument(tr("The display name is longer than 200 characters."));
    return {};
}

Result<TestUser> TestUserService::prepare(const NewTestUser &user) const
{
    if (const Result<void> valid = validate(user); !valid)
        return valid.error();
    Result<QByteArray> hash = m_hasher.hash(user.password);
    if (!hash)
        return hash.error();
    TestUser prepared;
    prepared.id = tokengenerator::newUuid();
    prepared.email = user.email.trimmed();
    prepared.displayName = user.displayName.trimmed().isEmpty() ? prepared.email.section(QLatin1Char('@'), 0, 0)
                                                                : user.displayName.trimmed();
    prepared.passwordHash = std::move(hash).value();
    prepared.banned = user.banned;
    prepared.emailVerified = user.emailVerified;
    prepared.createdAt = m_clock.now();
    return prepared;
}

Result<TestUser> TestUserService::create(const NewTestUser &user, const QString &actor)
{
    Result<TestUser> prepared = prepare(user);
    if (!prepared)
        return prepared.error();
    if (const Result<void> inserted = m_users.insert(*prepared); !inserted)
        return inserted.error();
    m_audit.adminAction(actor, QStringLiteral("user.create"), prepared->email,
        AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Created test user")));
    return prepared;
}

Result<QList<TestUser>> TestUserService::createMany(
    const QList<NewTestUser> &users, const QString &actor, const Progress &progress, const std::atomic_bool *cancel)
{
    QList<TestUser> prepared;
    prepared.reserve(users.size());
    QSet<QString> emails;
    for (const NewTestUser &user : users) {
        if (cancel && cancel->load())
            return Error::invalidArgument(tr("Cancelled; no test user was created."));
        Result<TestUser> one = prepare(user);
        if (!one)
            return one.error();
        const QString key = TestUser::normalizedEmail(one->email);
        if (emails.contains(key))
            return Error::conflict(tr("%1 appears twice.").arg(one->email));
        emails.insert(key);
        prepared.append(std::move(one).value());
        if (progress)
            progress(static_cast<int>(prepared.size()), static_cast<int>(users.size()));
    }
    if (const Result<void> inserted = m_users.insertAll(prepared); !inserted)
        return inserted.error();
    // The target in English, as reasons are stored; the audit page shows it in its own language.
    m_audit.adminAction(actor, QStringLiteral("user.create_many"),
        AuditEvent::bulkCreateTarget(int(prepared.size())).english(),
        AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Created test users in bulk")));
    return prepared;
}

Result<TestUser> TestUserService::findExisting(const QString &id)
{
    const Result<std::optional<TestUser>> found = m_users.findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("The test user no longer exists."));
    return **found;
}

Result<TestUser> TestUserService::updateDisplayName(const QString &id, const QString &displayName, const QString &actor)
{
    Result<TestUser> user = findExisting(id);
    if (!user)
        return user.error();
    if (displayName.trimmed().isEmpty())
        return Error::invalidArgument(tr("The display name cannot be empty."));
    if (displayName.size() > 200)
        return Error::invalidArgument(tr("The display name is longer than 200 characters."));
    user->displayName = displayName.trimmed();
    if (const Result<void> updated = m_users.update(*user); !updated)
        return updated.error();
    m_audit.adminAction(actor, QStringLiteral("user.rename"), user->email,
        AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Display name changed to \"%1\""),
            { user->displayName }));
    return user;
}

Result<int> TestUserService::resetPassword(const QString &id, const QString &password, const QString &actor)
{
    Result<TestUser> user = findExisting(id);
    if (!user)
        return user.error();
    if (const Result<void> valid = validate({ user->email, user->displayName, password, false }); !valid)
        return valid.error();
    Result<QByteArray> hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    user->passwordHash = std::move(hash).value();
    // The new password and the end of the old sessions take effect together, or not at all.
    const QDateTime now = m_clock.now();
    int revoked = 0;
    const Result<void> done = m_database.inTransaction([&]() -> Result<void> {
        if (const Result<void> locked = m_tokens.lockAgainstNewFamilies(); !locked)
            return locked;
        if (const Result<void> updated = m_users.update(*user); !updated)
            return updated;
        const Result<int> count
            = m_tokens.revokeFamiliesOfUser(id, now, QStringLiteral("admin:%1").arg(actor), tr("password reset"));
        if (!count)
            return count.error();
        revoked = *count;
        return m_users.setRevokedAllAt(id, now);
    });
    if (!done)
        return done.error();
    m_audit.adminAction(actor, QStringLiteral("user.reset_password"), user->email,
        AuditReason("TestUserService", QT_TRANSLATE_N_NOOP("TestUserService", "Password reset; %n session(s) revoked"),
            {}, revoked));
    return revoked;
}

Result<TestUser> TestUserService::setBanned(const QString &id, bool banned, const QString &actor)
{
    Result<TestUser> user = findExisting(id);
    if (!user)
        return user.error();
    user->banned = banned;
    if (const Result<void> updated = m_users.update(*user); !updated)
        return updated.error();
    m_audit.adminAction(actor, banned ? QStringLiteral("user.ban") : QStringLiteral("user.unban"), user->email,
        banned
            ? AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Banned: cannot log in or refresh"))
            : AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Ban lifted")));
    return user;
}

Result<TestUser> TestUserService::unlock(const QString &id, const QString &actor)
{
    Result<TestUser> user = findExisting(id);
    if (!user)
        return user.error();
    if (const Result<void> cleared = m_users.clearFailedLogins(id); !cleared)
        return cleared.error();
    m_audit.adminAction(actor, QStringLiteral("user.unlock"), user->email,
        AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Login lock lifted")));
    return findExisting(id);
}

Result<void> TestUserService::remove(const QString &id, const QString &actor)
{
    Result<TestUser> user = findExisting(id);
    if (!user)
        return user.error();
    if (const Result<void> removed = m_users.remove(id); !removed)
        return removed;
    m_audit.adminAction(actor, QStringLiteral("user.delete"), user->email,
        AuditReason("TestUserService", QT_TRANSLATE_NOOP("TestUserService", "Deleted test user and their sessions")));
    return {};
}

Result<QList<TestUser>> TestUserService::search(const QString &text, int limit, int offset)
{
    return m_users.search(text, limit, offset);
}

Result<QList<TestUser>> TestUserService::searchAfter(const QString &text, int limit, const QString &afterEmail)
{
    return m_users.search(text, limit, 0, afterEmail);
}

Result<int> TestUserService::count(const QString &text, int atMost)
{
    return m_users.count(text, atMost);
}

Result<std::optional<TestUser>> TestUserService::find(const QString &id)
{
    return m_users.findById(id);
}

Result<std::optional<TestUser>> TestUserService::findByEmail(const QString &email)
{
    return m_users.findByEmail(email);
}

} // namespace authdesk
