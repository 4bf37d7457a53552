#include "storage/tokenrepository.h"

#include "domain/testuser.h"
#include "storage/database.h"
#include "storage/sqlsupport.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

const auto FamilyColumns = QLatin1String("f.id, f.client_id, f.user_id, f.scope, f.created_at, f.last_used_at,"
                                         " f.expires_at, f.revoked_at, f.revoked_by, f.revoke_reason,"
                                         " f.reuse_detected, f.login_as, f.login_address, f.login_user_agent,"
                                         " f.refresh_address, f.refresh_user_agent");
const auto TokenColumns
    = QLatin1String("token_hash, family_id, generation, issued_at, expires_at, retired_at, sealed_successor");

// Reads a row selected with FamilyColumns.
TokenFamily readFamily(const QSqlQuery &query)
{
    TokenFamily family;
    family.id = query.value(0).toString();
    family.clientId = query.value(1).toString();
    family.userId = query.value(2).toString();
    family.scope = query.value(3).toString();
    family.createdAt = sql::toDateTime(query.value(4));
    family.lastUsedAt = sql::toDateTime(query.value(5));
    family.expiresAt = sql::toDateTime(query.value(6));
    family.revokedAt = sql::toDateTime(query.value(7));
    family.revokedBy = query.value(8).toString();
    family.revokeReason = query.value(9).toString();
    family.reuseDetected = query.value(10).toInt() != 0;
    family.loginAs = query.value(11).toInt() != 0;
    family.loginAddress = query.value(12).toString();
    family.loginUserAgent = query.value(13).toString();
    family.refreshAddress = query.value(14).toString();
    family.refreshUserAgent = query.value(15).toString();
    return family;
}

// Reads a row selected with TokenColumns.
RefreshTokenRecord readToken(const QSqlQuery &query)
{
    RefreshTokenRecord token;
    token.tokenHash = query.value(0).toByteArray();
    token.familyId = query.value(1).toString();
    token.generation = query.value(2).toInt();
    token.issuedAt = sql::toDateTime(query.value(3));
    token.expiresAt = sql::toDateTime(query.value(4));
    token.retiredAt = sql::toDateTime(query.value(5));
    token.sealedSuccessor = query.value(6).toByteArray();
    return token;
}

QVariantList tokenValues(const RefreshTokenRecord &token)
{
    return {
        token.tokenHash,
        sql::text(token.familyId),
        token.generation,
        sql::fromDateTime(token.issuedAt),
        sql::fromDateTime(token.expiresAt),
        sql::fromDateTime(token.retiredAt),
        sql::fromBlob(token.sealedSuccessor),
    };
}

const auto InsertToken
    = QLatin1String("INSERT INTO refresh_tokens (token_hash, family_id, generation, issued_at, expires_at, retired_at,"
                    " sealed_successor) VALUES (?, ?, ?, ?, ?, ?, ?)");

// How families of users whose e-mail contains some text are found fastest depends on how many users
// match. Few (a support person typed an e-mail): fetch those users' families through the index by
// user, at most a few thousand rows to sort. Many (a short fragment): walk all families newest first,
// looking each one's user up, which fills a page after a few hundred rows.
constexpr int FewMatchingUsers = 1000;

// The filter of families() and countFamilies(); appends its bind values. The states mirror
// TokenFamily::state(), evaluated at filter.now. An e-mail filter is either the IDs of the few users
// it matches (see usersMatching()) or a condition on familySource()'s join.
QString familyCondition(const FamilyFilter &filter, const std::optional<QStringList> &fewUserIds, QVariantList &values)
{
    QStringList conditions;
    if (!filter.userId.isEmpty()) {
        conditions << QStringLiteral("f.user_id = ?");
        values << filter.userId;
    }
    if (!filter.clientId.isEmpty()) {
        conditions << QStringLiteral("f.client_id = ?");
        values << filter.clientId;
    }
    if (fewUserIds) {
        QStringList placeholders(fewUserIds->size(), QStringLiteral("?"));
        conditions << QLatin1String("f.user_id IN (") + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QString &id : *fewUserIds)
            values << id;
    } else if (!filter.userEmailContains.isEmpty()) {
        conditions << QStringLiteral("u.email_key LIKE ? ESCAPE '!'");
        values << sql::likeContains(TestUser::normalizedEmail(filter.userEmailContains));
    }
    if (filter.state) {
        const qint64 now = filter.now.toMSecsSinceEpoch();
        switch (*filter.state) {
        case TokenFamily::State::Live:
            conditions << QStringLiteral("(f.revoked_at IS NULL AND f.reuse_detected = 0 AND f.expires_at > ?)");
            values << now;
            break;
        case TokenFamily::State::Expired:
            conditions << QStringLiteral("(f.revoked_at IS NULL AND f.reuse_detected = 0 AND f.expires_at <= ?)");
            values << now;
            break;
        case TokenFamily::State::Revoked:
            conditions << QStringLiteral("(f.revoked_at IS NOT NULL AND f.reuse_detected = 0)");
            break;
        case TokenFamily::State::ReuseDetected:
            conditions << QStringLiteral("f.reuse_detected = 1");
            break;
        }
    }
    if (filter.after) {
        // Newest first, then by id: older than the cursor, or as old with a greater id. The first
        // comparison alone is a range of the newest-first index.
        const qint64 createdAt = filter.after->createdAt.toMSecsSinceEpoch();
        conditions << QStringLiteral("f.created_at <= ? AND (f.created_at < ? OR f.id > ?)");
        values << createdAt << createdAt << filter.after->id;
    }
    if (conditions.isEmpty())
        return {};
    return QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

// Only an e-mail filter matching many users needs the join; other listings read the families alone.
QString familySource(const FamilyFilter &filter, const std::optional<QStringList> &fewUserIds)
{
    if (filter.userEmailContains.isEmpty() || fewUserIds)
        return QStringLiteral(" FROM token_families f");
    return QStringLiteral(" FROM token_families f LEFT JOIN test_users u ON u.id = f.user_id");
}

// The IDs of the users whose e-mail contains the filter's text, when there are at most
// FewMatchingUsers of them; nullopt without an e-mail filter or when more match. Reading the users
// once here spares each family query its own pass over them.
Result<std::optional<QStringList>> usersMatching(const QSqlDatabase &db, const FamilyFilter &filter)
{
    if (filter.userEmailContains.isEmpty())
        return std::optional<QStringList>();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::run(query, QStringLiteral("SELECT id FROM test_users WHERE email_key LIKE ? ESCAPE '!' LIMIT ?"),
            { sql::likeContains(TestUser::normalizedEmail(filter.userEmailContains)), FewMatchingUsers + 1 })) {
        return sql::failure(query, "finding users for a session filter");
    }
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (ids.size() > FewMatchingUsers)
        return std::optional<QStringList>();
    return std::optional<QStringList>(ids);
}

} // namespace

TokenRepository::TokenRepository(Database &database)
    : m_database(database)
{ }

Result<void> TokenRepository::insertFamily(const TokenFamily &family)
{
    // Every login, token exchange and integration token starts a family: prepared once per thread.
    Database::Prepared insert = m_database.prepared(m_database.connection(),
        QStringLiteral("INSERT INTO token_families (id, client_id, user_id, scope, created_at,"
                       " last_used_at, expires_at, revoked_at, revoked_by, revoke_reason,"
                       " reuse_detected, login_as, login_address, login_user_agent, refresh_address,"
                       " refresh_user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &query = insert.query();
    const bool ok = insert.run({
        sql::text(family.id),
        sql::text(family.clientId),
        sql::fromText(family.userId),
        sql::text(family.scope),
        sql::fromDateTime(family.createdAt),
        sql::fromDateTime(family.lastUsedAt),
        sql::fromDateTime(family.expiresAt),
        sql::fromDateTime(family.revokedAt),
        sql::fromText(family.revokedBy),
        sql::fromText(family.revokeReason),
        sql::fromBool(family.reuseDetected),
        sql::fromBool(family.loginAs),
        sql::fromText(family.loginAddress),
        sql::fromText(family.loginUserAgent),
        sql::fromText(family.refreshAddress),
        sql::fromText(family.refreshUserAgent),
    });
    if (!ok) {
        const SqlDialect &dialect = m_database.dialect();
        const Error error = dialect.isUniqueViolation(query.lastError())
            ? Error::conflict(tr("A session with this ID already exists."))
            : dialect.isForeignKeyViolation(query.lastError())
            ? Error::notFound(tr("The application or test user of this session does not exist."))
            : sql::failure(query, "inserting a token family");
        query.finish();
        return error;
    }
    query.finish();
    return {};
}

Result<void> TokenRepository::createFamily(const TokenFamily &family, const RefreshTokenRecord &first)
{
    // Its statements are prepared once per thread (Database::prepared), like a rotation's.
    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;

    if (const Result<void> inserted = insertFamily(family); !inserted)
        return inserted;
    Database::Prepared insert = m_database.prepared(db, InsertToken);
    if (!insert.run(tokenValues(first))) {
        const bool duplicate = m_database.dialect().isUniqueViolation(insert.query().lastError());
        if (duplicate) {
            insert.query().finish();
            return Error::conflict(tr("This refresh token exists already."));
        }
        return sql::failure(insert.query(), "inserting a refresh token");
    }
    insert.query().finish();
    // The grant checked the user before; a ban, a password reset or a "revoke all" may have landed
    // since. Checked again here, after the inserts: on PostgreSQL a "revoke all" holds the families
    // table (lockAgainstNewFamilies) and a ban holds the user's row until they commit, so this reads
    // what they wrote. A session is never stored for a user who was banned or revoked before it.
    if (!family.userId.isEmpty()) {
        // FOR SHARE, not FOR UPDATE: the inserts above already hold the row FOR KEY SHARE (the foreign
        // key), which FOR UPDATE conflicts with, so two logins of one user would deadlock. FOR SHARE
        // lets grants run side by side and still waits for, or holds back, a ban (an UPDATE).
        static const QString Plain
            = QStringLiteral("SELECT u.banned, u.revoked_all_at FROM test_users u WHERE u.id = ?");
        static const QString Locking = Plain + QStringLiteral(" FOR SHARE OF u");
        const bool rowLocks = !m_database.dialect().lockSelectedRows(QStringLiteral("u")).isEmpty();
        Database::Prepared user = m_database.prepared(db, rowLocks ? Locking : Plain);
        QSqlQuery &query = user.query();
        if (!user.run({ family.userId }) || !query.next())
            return sql::failure(query, "checking the user of a new session");
        const bool banned = query.value(0).toInt() != 0;
        const QDateTime revokedAll = sql::toDateTime(query.value(1));
        query.finish();
        // Strictly later: a revocation in the very millisecond the grant began does not refuse it
        // (its tokens are dead anyway: access tokens issued at or before a revoke-all are).
        if (banned || (revokedAll.isValid() && revokedAll > family.createdAt))
            return Error::conflict(tr("The test user was banned or their sessions were revoked meanwhile."));
    }
    Database::Prepared client
        = m_database.prepared(db, QStringLiteral("SELECT revoked_all_at FROM applications WHERE client_id = ?"));
    QSqlQuery &query = client.query();
    if (!client.run({ family.clientId }) || !query.next())
        return sql::failure(query, "checking the application of a new session");
    const QDateTime clientRevokedAll = sql::toDateTime(query.value(0));
    query.finish();
    if (clientRevokedAll.isValid() && clientRevokedAll > family.createdAt)
        return Error::conflict(tr("Every session of the application was revoked meanwhile."));
    return transaction.commit();
}

Result<void> TokenRepository::createFamily(const TokenFamily &family)
{
    // One row, one statement: atomic without a transaction of its own.
    return insertFamily(family);
}

Result<std::optional<TokenFamily>> TokenRepository::findFamily(const QString &familyId)
{
    // Every refresh, exchange and access-token check reads its family: prepared once per thread.
    static const QString Statement
        = QLatin1String("SELECT ") + FamilyColumns + QLatin1String(" FROM token_families f WHERE f.id = ?");
    Database::Prepared find = m_database.prepared(m_database.connection(), Statement);
    QSqlQuery &query = find.query();
    if (!find.run({ familyId }))
        return sql::failure(query, "reading a token family");
    std::optional<TokenFamily> family;
    if (query.next())
        family = readFamily(query);
    query.finish();
    return family;
}

Result<std::optional<RefreshTokenRecord>> TokenRepository::findRefreshToken(const QByteArray &tokenHash)
{
    static const QString Statement
        = QLatin1String("SELECT ") + TokenColumns + QLatin1String(" FROM refresh_tokens WHERE token_hash = ?");
    Database::Prepared find = m_database.prepared(m_database.connection(), Statement);
    QSqlQuery &query = find.query();
    if (!find.run({ tokenHash }))
        return sql::failure(query, "reading a refresh token");
    std::optional<RefreshTokenRecord> record;
    if (query.next())
        record = readToken(query);
    query.finish();
    return record;
}

Result<std::optional<TokenRepository::RefreshLookup>> TokenRepository::findForRefresh(const QByteArray &tokenHash)
{
    // Every refresh starts here: one statement instead of three, prepared once per thread, and only
    // the columns a refresh reads (the SQLite driver describes every column of every row it returns).
    static const QString Statement = QStringLiteral(
        "SELECT t.token_hash, t.family_id, t.generation, t.issued_at, t.expires_at, t.retired_at, t.sealed_successor,"
        " f.id, f.client_id, f.user_id, f.scope, f.last_used_at, f.expires_at, f.revoked_at, f.reuse_detected,"
        " u.id, u.email, u.banned"
        " FROM refresh_tokens t LEFT JOIN token_families f ON f.id = t.family_id"
        " LEFT JOIN test_users u ON u.id = f.user_id WHERE t.token_hash = ?");
    Database::Prepared find = m_database.prepared(m_database.connection(), Statement);
    QSqlQuery &query = find.query();
    if (!find.run({ tokenHash }))
        return sql::failure(query, "reading a refresh token");
    std::optional<RefreshLookup> lookup;
    if (query.next()) {
        lookup.emplace();
        lookup->token = readToken(query);
        if (!query.value(7).isNull()) {
            TokenFamily family;
            family.id = query.value(7).toString();
            family.clientId = query.value(8).toString();
            family.userId = query.value(9).toString();
            family.scope = query.value(10).toString();
            family.lastUsedAt = sql::toDateTime(query.value(11));
            family.expiresAt = sql::toDateTime(query.value(12));
            family.revokedAt = sql::toDateTime(query.value(13));
            family.reuseDetected = query.value(14).toInt() != 0;
            lookup->family = std::move(family);
        }
        if (!query.value(15).isNull()) {
            TestUser user;
            user.id = query.value(15).toString();
            user.email = query.value(16).toString();
            user.banned = query.value(17).toInt() != 0;
            lookup->user = std::move(user);
        }
    }
    query.finish();
    return lookup;
}

Result<std::optional<RefreshTokenRecord>> TokenRepository::head(const QString &familyId)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QLatin1String("SELECT ") + TokenColumns
                + QLatin1String(" FROM refresh_tokens WHERE family_id = ? AND retired_at IS NULL"
                                " ORDER BY generation DESC"),
            { familyId })) {
        return sql::failure(query, "reading the head of a token family");
    }
    if (!query.next())
        return std::optional<RefreshTokenRecord>();
    return std::optional<RefreshTokenRecord>(readToken(query));
}

Result<TokenRepository::RotateOutcome> TokenRepository::rotate(const QByteArray &currentHash,
    const RefreshTokenRecord &next, const QByteArray &sealedSuccessor, const QDateTime &now, const ClientSeen &client)
{
    // A rotation that lost a deadlock or serialization race against another server rolled back whole,
    // so it runs again; a legal request never fails only because two servers met.
    constexpr int Attempts = 3;
    for (int attempt = 1;; ++attempt) {
        bool transient = false;
        Result<RotateOutcome> outcome = rotateOnce(currentHash, next, sealedSuccessor, now, client, transient);
        if (outcome || !transient || attempt == Attempts)
            return outcome;
    }
}

Result<TokenRepository::RotateOutcome> TokenRepository::rotateOnce(const QByteArray &currentHash,
    const RefreshTokenRecord &next, const QByteArray &sealedSuccessor, const QDateTime &now, const ClientSeen &client,
    bool &transient)
{
    const auto injectFault = [this](const char *step) -> Result<void> {
        if (!m_faultInjector)
            return {};
        return m_faultInjector(QString::fromLatin1(step));
    };
    const SqlDialect &dialect = m_database.dialect();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const auto failed = [&](QSqlQuery &query, const char *operation) {
        transient = dialect.isTransientConflict(query.lastError());
        Error error = sql::failure(query, operation);
        query.finish();
        return error;
    };

    // 0. Where the engine does not serialise writers, lock the family first: a concurrent rotation or
    //    revocation of it waits until this one commits, and every writer locks family before token
    //    (as ON DELETE CASCADE does), so they cannot deadlock.
    if (const QString lock = dialect.lockSelectedRows(QStringLiteral("f")); !lock.isEmpty()) {
        QSqlQuery query(db);
        if (!sql::run(query,
                QStringLiteral("SELECT f.id FROM token_families f JOIN refresh_tokens t ON t.family_id = f.id"
                               " WHERE t.token_hash = ?")
                    + lock,
                { currentHash })) {
            return failed(query, "locking a token family");
        }
        query.finish();
    }

    // 1. Retire the presented token, but only while it is the head of a family that is not revoked
    //    and whose user is not banned: of several concurrent rotations exactly one changes the row.
    //    EXISTS (not IN (SELECT ...)) so the family is looked up by its key instead of listing every
    //    unrevoked family. The user is read without locking its row: this transaction already holds
    //    the family's, and a password reset takes the user's row before the families', so locking both
    //    here could deadlock with it.
    if (const Result<void> fault = injectFault("retire"); !fault)
        return fault.error();
    // The statements of a rotation are prepared once per thread (Database::prepared).
    Database::Prepared retire = m_database.prepared(db,
        QStringLiteral("UPDATE refresh_tokens SET retired_at = ?, sealed_successor = ?"
                       " WHERE token_hash = ? AND retired_at IS NULL AND EXISTS (SELECT 1 FROM token_families f"
                       " LEFT JOIN test_users u ON u.id = f.user_id WHERE f.id = refresh_tokens.family_id"
                       " AND f.revoked_at IS NULL AND COALESCE(u.banned, 0) = 0)"));
    if (!retire.run({ sql::fromDateTime(now), sql::fromBlob(sealedSuccessor), currentHash }))
        return failed(retire.query(), "retiring a refresh token");
    const int retired = retire.query().numRowsAffected();
    retire.query().finish();
    if (retired == 0) {
        // Not the head of a live family (another request rotated it first, or it was revoked), or a
        // ban landed after the grant checked the user: then nothing is rotated (the token stays as it
        // was, so lifting the ban lets it work again).
        Database::Prepared banned = m_database.prepared(db,
            QStringLiteral("SELECT u.banned FROM refresh_tokens t JOIN token_families f ON f.id = t.family_id"
                           " JOIN test_users u ON u.id = f.user_id WHERE t.token_hash = ? AND t.retired_at IS NULL"
                           " AND f.revoked_at IS NULL"));
        if (!banned.run({ currentHash }))
            return failed(banned.query(), "checking the user of a session");
        const bool userBanned = banned.query().next() && banned.query().value(0).toInt() != 0;
        banned.query().finish();
        transaction.rollback();
        return userBanned ? RotateOutcome::UserBanned : RotateOutcome::NotHead;
    }

    // 2. The successor. Its UNIQUE (family_id, generation) refuses a second successor of the same head,
    //    which is how a concurrent rotation that won shows up on engines that do not serialise writers.
    if (const Result<void> fault = injectFault("insert"); !fault)
        return fault.error();
    Database::Prepared insert = m_database.prepared(db, InsertToken);
    if (!insert.run(tokenValues(next))) {
        if (dialect.isUniqueViolation(insert.query().lastError())) {
            insert.query().finish();
            transaction.rollback();
            return RotateOutcome::NotHead;
        }
        return failed(insert.query(), "inserting a refresh token");
    }
    insert.query().finish();

    // 3. The family follows its head, unless a revocation committed meanwhile: then nothing happened.
    if (const Result<void> fault = injectFault("family"); !fault)
        return fault.error();
    Database::Prepared follow = m_database.prepared(db,
        QStringLiteral("UPDATE token_families SET last_used_at = ?, expires_at = ?, refresh_address = ?,"
                       " refresh_user_agent = ? WHERE id = ? AND revoked_at IS NULL"));
    if (!follow.run({ sql::fromDateTime(now), sql::fromDateTime(next.expiresAt), sql::fromText(client.address),
            sql::fromText(client.userAgent), next.familyId })) {
        return failed(follow.query(), "updating a token family");
    }
    const int followed = follow.query().numRowsAffected();
    follow.query().finish();
    if (followed == 0) {
        transaction.rollback();
        return RotateOutcome::NotHead;
    }

    if (const Result<void> fault = injectFault("commit"); !fault)
        return fault.error();
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return RotateOutcome::Rotated;
}

Result<bool> TokenRepository::revokeFamily(
    const QString &familyId, const QDateTime &at, const QString &by, const QString &reason, bool reuseDetected)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun.error();

    QSqlQuery query(db);
    if (!sql::run(query,
            QStringLiteral("UPDATE token_families SET revoked_at = ?, revoked_by = ?, revoke_reason = ?,"
                           " reuse_detected = CASE WHEN ? = 1 THEN 1 ELSE reuse_detected END"
                           " WHERE id = ? AND revoked_at IS NULL"),
            { sql::fromDateTime(at), sql::fromText(by), sql::fromText(reason), sql::fromBool(reuseDetected),
                familyId })) {
        return sql::failure(query, "revoking a token family");
    }
    const bool revoked = query.numRowsAffected() > 0;

    // A reuse of a token of an already revoked family is still a reuse worth showing; the first
    // revocation's time, actor and reason stay as they were.
    if (!revoked && reuseDetected) {
        if (!sql::run(query, QStringLiteral("UPDATE token_families SET reuse_detected = 1 WHERE id = ?"), { familyId }))
            return sql::failure(query, "marking a token family as reused");
    }
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return revoked;
}

Result<void> TokenRepository::lockAgainstNewFamilies()
{
    const QString lock = m_database.dialect().lockTableForInsert(QStringLiteral("token_families"));
    if (lock.isEmpty())
        return {}; // SQLite: a write transaction already excludes every other writer
    QSqlQuery query(m_database.connection());
    if (!query.exec(lock)) // not prepared: PostgreSQL cannot prepare LOCK
        return sql::failure(query, "locking the token families");
    return {};
}

Result<int> TokenRepository::revokeFamiliesOfUser(
    const QString &userId, const QDateTime &at, const QString &by, const QString &reason)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE token_families SET revoked_at = ?, revoked_by = ?, revoke_reason = ?"
                           " WHERE user_id = ? AND revoked_at IS NULL"),
            { sql::fromDateTime(at), sql::fromText(by), sql::fromText(reason), userId })) {
        return sql::failure(query, "revoking the token families of a test user");
    }
    return query.numRowsAffected();
}

Result<int> TokenRepository::revokeFamiliesOfClient(
    const QString &clientId, const QDateTime &at, const QString &by, const QString &reason)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE token_families SET revoked_at = ?, revoked_by = ?, revoke_reason = ?"
                           " WHERE client_id = ? AND revoked_at IS NULL"),
            { sql::fromDateTime(at), sql::fromText(by), sql::fromText(reason), clientId })) {
        return sql::failure(query, "revoking the token families of an application");
    }
    return query.numRowsAffected();
}

Result<QList<TokenFamily>> TokenRepository::families(const FamilyFilter &filter, int limit, int offset)
{
    if (limit < 0 || offset < 0)
        return Error::invalidArgument(tr("A page cannot start or end before the first row."));
    QSqlDatabase db = m_database.connection();
    const Result<std::optional<QStringList>> fewUserIds = usersMatching(db, filter);
    if (!fewUserIds)
        return fewUserIds.error();
    if (*fewUserIds && (*fewUserIds)->isEmpty())
        return QList<TokenFamily>(); // no user matches
    QVariantList values;
    const QString condition = familyCondition(filter, *fewUserIds, values);
    values << limit << offset;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::run(query,
            QLatin1String("SELECT ") + FamilyColumns + familySource(filter, *fewUserIds) + condition
                + QLatin1String(" ORDER BY f.created_at DESC, f.id LIMIT ? OFFSET ?"),
            values)) {
        return sql::failure(query, "listing token families");
    }
    QList<TokenFamily> families;
    while (query.next())
        families << readFamily(query);
    return families;
}

Result<int> TokenRepository::countFamilies(const FamilyFilter &filter, int atMost)
{
    if (atMost < 0)
        return Error::invalidArgument(tr("A count cannot stop before zero."));
    QSqlDatabase db = m_database.connection();
    const Result<std::optional<QStringList>> fewUserIds = usersMatching(db, filter);
    if (!fewUserIds)
        return fewUserIds.error();
    if (*fewUserIds && (*fewUserIds)->isEmpty())
        return 0; // no user matches
    QVariantList values;
    const QString condition = familyCondition(filter, *fewUserIds, values);
    values << atMost;
    QSqlQuery query(db);
    // Counting stops at atMost: a million families need not be counted to say "more than 10,000".
    if (!sql::run(query,
            QLatin1String("SELECT COUNT(*) FROM (SELECT 1") + familySource(filter, *fewUserIds) + condition
                + QLatin1String(" LIMIT ?) counted"),
            values)
        || !query.next()) {
        return sql::failure(query, "counting token families");
    }
    return query.value(0).toInt();
}

} // namespace authdesk
