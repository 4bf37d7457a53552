#include "storage/testuserrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

const auto Columns = QLatin1String("id, email, display_name, password_hash, banned, locked_until, failed_logins,"
                                   " failed_logins_since, created_at, revoked_all_at, email_verified");

// The argon2id PHC string is ASCII; password_hash is TEXT so that it reads the same on every engine.
// Latin-1 maps every byte to one character and back, so even an unexpected byte survives.
QString hashToText(const QByteArray &hash)
{
    return QString::fromLatin1(hash);
}

// Reads a row selected with Columns.
TestUser readUser(const QSqlQuery &query)
{
    TestUser user;
    user.id = query.value(0).toString();
    user.email = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.passwordHash = query.value(3).toString().toLatin1();
    user.banned = query.value(4).toInt() != 0;
    user.lockedUntil = sql::toDateTime(query.value(5));
    user.failedLogins = query.value(6).toInt();
    user.failedLoginsSince = sql::toDateTime(query.value(7));
    user.createdAt = sql::toDateTime(query.value(8));
    user.revokedAllAt = sql::toDateTime(query.value(9));
    user.emailVerified = query.value(10).toInt() != 0;
    return user;
}

// The filter of search() and count(); appends its bind values. The e-mail key is case-folded already;
// lower() on the display name is what both engines share (SQLite's lower() folds ASCII only). With
// afterEmail, only the users listed after that e-mail (keyset paging along the e-mail key's index).
QString searchCondition(const QString &text, const QString &afterEmail, QVariantList &values)
{
    QStringList conditions;
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(email_key LIKE ? ESCAPE '!' OR lower(display_name) LIKE ? ESCAPE '!')");
        values << sql::likeContains(TestUser::normalizedEmail(text)) << sql::likeContains(text.toLower());
    }
    if (!afterEmail.isEmpty()) {
        conditions << QStringLiteral("email_key > ?");
        values << TestUser::normalizedEmail(afterEmail);
    }
    if (conditions.isEmpty())
        return {};
    return QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace

TestUserRepository::TestUserRepository(Database &database)
    : m_database(database)
{ }

Result<void> TestUserRepository::insert(const TestUser &user)
{
    return insertAll({ user });
}

Result<void> TestUserRepository::insertAll(const QList<TestUser> &users)
{
    if (users.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;

    QSqlQuery query(db);
    if (!query.prepare(QLatin1String("INSERT INTO test_users (") + Columns
            + QLatin1String(", email_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return sql::failure(query, "preparing to insert test users");
    }
    for (const TestUser &user : users) {
        for (const QVariant &value : {
                 sql::text(user.id),
                 sql::text(user.email),
                 sql::text(user.displayName),
                 sql::text(hashToText(user.passwordHash)),
                 sql::fromBool(user.banned),
                 sql::fromDateTime(user.lockedUntil),
                 QVariant(user.failedLogins),
                 sql::fromDateTime(user.failedLoginsSince),
                 sql::fromDateTime(user.createdAt),
                 sql::fromDateTime(user.revokedAllAt),
                 sql::fromBool(user.emailVerified),
                 sql::text(TestUser::normalizedEmail(user.email)),
             }) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            if (m_database.dialect().isUniqueViolation(query.lastError())) {
                if (users.size() == 1)
                    return Error::conflict(tr("A test user with this e-mail already exists."));
                return Error::conflict(tr("A test user with the e-mail %1 already exists.").arg(user.email));
            }
            return sql::failure(query, "inserting test users");
        }
    }
    return transaction.commit();
}

Result<void> TestUserRepository::update(const TestUser &user)
{
    QSqlQuery query(m_database.connection());
    const bool ok = sql::run(query,
        QStringLiteral("UPDATE test_users SET email = ?, email_key = ?, display_name = ?,"
                       " password_hash = ?, banned = ?, locked_until = ?, failed_logins = ?,"
                       " failed_logins_since = ?, revoked_all_at = ?, email_verified = ? WHERE id = ?"),
        {
            sql::text(user.email),
            sql::text(TestUser::normalizedEmail(user.email)),
            sql::text(user.displayName),
            sql::text(hashToText(user.passwordHash)),
            sql::fromBool(user.banned),
            sql::fromDateTime(user.lockedUntil),
            user.failedLogins,
            sql::fromDateTime(user.failedLoginsSince),
            sql::fromDateTime(user.revokedAllAt),
            sql::fromBool(user.emailVerified),
            user.id,
        });
    if (!ok) {
        if (m_database.dialect().isUniqueViolation(query.lastError()))
            return Error::conflict(tr("A test user with this e-mail already exists."));
        return sql::failure(query, "updating a test user");
    }
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The test user does not exist."));
    return {};
}

Result<std::optional<TestUser>> TestUserRepository::findOne(const QString &statement, const QVariant &key)
{
    // Every login, refresh and token exchange reads its user: prepared once per thread.
    Database::Prepared find = m_database.prepared(m_database.connection(), statement);
    QSqlQuery &query = find.query();
    if (!find.run({ key }))
        return sql::failure(query, "reading a test user");
    std::optional<TestUser> user;
    if (query.next())
        user = readUser(query);
    query.finish();
    return user;
}

Result<std::optional<TestUser>> TestUserRepository::findById(const QString &id)
{
    static const QString Statement
        = QLatin1String("SELECT ") + Columns + QLatin1String(" FROM test_users WHERE id = ?");
    return findOne(Statement, id);
}

Result<std::optional<TestUser>> TestUserRepository::findByEmail(const QString &email)
{
    static const QString Statement
        = QLatin1String("SELECT ") + Columns + QLatin1String(" FROM test_users WHERE email_key = ?");
    return findOne(Statement, TestUser::normalizedEmail(email));
}

Result<QList<TestUser>> TestUserRepository::search(
    const QString &text, int limit, int offset, const QString &afterEmail)
{
    if (limit < 0 || offset < 0)
        return Error::invalidArgument(tr("A page cannot start or end before the first row."));
    QVariantList values;
    const QString condition = searchCondition(text, afterEmail, values);
    values << limit << offset;
    // Without a search, the e-mail key's index yields the page in order. With one, reading the table
    // and sorting the matches is up to five times faster at 100,000 users than walking that index (a
    // table lookup for every user); ordering by an expression of the key keeps SQLite off the index.
    const QLatin1String order
        = text.isEmpty() ? QLatin1String(" ORDER BY email_key") : QLatin1String(" ORDER BY email_key || ''");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QLatin1String("SELECT ") + Columns + QLatin1String(" FROM test_users") + condition + order
                + QLatin1String(" LIMIT ? OFFSET ?"),
            values)) {
        return sql::failure(query, "searching test users");
    }
    QList<TestUser> users;
    while (query.next())
        users << readUser(query);
    return users;
}

Result<int> TestUserRepository::count(const QString &text, int atMost)
{
    if (atMost < 0)
        return Error::invalidArgument(tr("A count cannot stop before zero."));
    QVariantList values;
    const QString condition = searchCondition(text, {}, values);
    values << atMost;
    QSqlQuery query(m_database.connection());
    // Counting stops at atMost, so a broad search over many users ends as soon as that many match.
    if (!sql::run(query,
            QLatin1String("SELECT COUNT(*) FROM (SELECT 1 FROM test_users") + condition
                + QLatin1String(" LIMIT ?) counted"),
            values)
        || !query.next()) {
        return sql::failure(query, "counting test users");
    }
    return query.value(0).toInt();
}

Result<void> TestUserRepository::remove(const QString &id)
{
    // The user's families and their refresh tokens go with it through ON DELETE CASCADE.
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("DELETE FROM test_users WHERE id = ?"), { id }))
        return sql::failure(query, "removing a test user");
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The test user does not exist."));
    return {};
}

Result<TestUser> TestUserRepository::registerFailedLogin(
    const QString &id, const QDateTime &now, qint64 windowSeconds, int threshold, qint64 lockForSeconds)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowStartMs = nowMs - windowSeconds * 1000;
    const qint64 lockedUntilMs = nowMs + lockForSeconds * 1000;

    QSqlDatabase db = m_database.connection();
    // One transaction, and its first statement locks the user's row: other servers counting failures
    // of the same user at the same moment wait, so each one counts the others' failures too.
    Transaction transaction(db, m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery query(db);
    if (!sql::run(query, QStringLiteral("UPDATE test_users SET failed_logins = failed_logins WHERE id = ?"), { id }))
        return sql::failure(query, "locking a test user");
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The test user does not exist."));

    // A rolling window: the time of every failure within it is kept (older ones are dropped here), so
    // `threshold` failures within ANY `windowSeconds` lock the user, wherever the window starts.
    if (!sql::run(
            query, QStringLiteral("DELETE FROM failed_logins WHERE user_id = ? AND at <= ?"), { id, windowStartMs })
        || !sql::run(query, QStringLiteral("INSERT INTO failed_logins (user_id, at) VALUES (?, ?)"), { id, nowMs })) {
        return sql::failure(query, "recording a failed login");
    }
    if (!sql::run(query, QStringLiteral("SELECT COUNT(*), MIN(at) FROM failed_logins WHERE user_id = ?"), { id })
        || !query.next()) {
        return sql::failure(query, "counting failed logins");
    }
    const int count = query.value(0).toInt();
    const qint64 oldest = query.value(1).toLongLong();
    query.finish();
    // Decided here, not in SQL: PostgreSQL would compare two untyped parameters as text.
    const bool ok = count >= threshold
        ? sql::run(query,
            QStringLiteral(
                "UPDATE test_users SET failed_logins = ?, failed_logins_since = ?, locked_until = ? WHERE id = ?"),
            { count, oldest, lockedUntilMs, id })
        : sql::run(query,
            QStringLiteral("UPDATE test_users SET failed_logins = ?, failed_logins_since = ? WHERE id = ?"),
            { count, oldest, id });
    if (!ok)
        return sql::failure(query, "counting a failed login");

    if (!sql::run(query, QLatin1String("SELECT ") + Columns + QLatin1String(" FROM test_users WHERE id = ?"), { id })
        || !query.next()) {
        return sql::failure(query, "reading a test user");
    }
    const TestUser user = readUser(query);
    query.finish();
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<void> TestUserRepository::clearFailedLogins(const QString &id)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(db);
    if (!sql::run(query,
            QStringLiteral("UPDATE test_users SET failed_logins = 0, failed_logins_since = NULL,"
                           " locked_until = NULL WHERE id = ?"),
            { id })) {
        return sql::failure(query, "clearing failed logins");
    }
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The test user does not exist."));
    if (!sql::run(query, QStringLiteral("DELETE FROM failed_logins WHERE user_id = ?"), { id }))
        return sql::failure(query, "clearing failed logins");
    return transaction.commit();
}

Result<void> TestUserRepository::setRevokedAllAt(const QString &id, const QDateTime &at)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("UPDATE test_users SET revoked_all_at = ? WHERE id = ?"),
            { sql::fromDateTime(at), id })) {
        return sql::failure(query, "revoking the tokens of a test user");
    }
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The test user does not exist."));
    return {};
}

} // namespace authdesk
