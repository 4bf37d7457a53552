#include "storage/loginascoderepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

QString kindName(LoginAsCode::Kind kind)
{
    return kind == LoginAsCode::Kind::Code ? QStringLiteral("code") : QStringLiteral("form");
}

} // namespace

LoginAsCodeRepository::LoginAsCodeRepository(Database &database)
    : m_database(database)
{ }

Result<void> LoginAsCodeRepository::insert(const LoginAsCode &code)
{
    QSqlQuery query(m_database.connection());
    const qint64 forgetBefore = code.createdAt.toMSecsSinceEpoch() - KeepAfterExpirySeconds * 1000;
    if (!sql::run(query, QStringLiteral("DELETE FROM login_as_codes WHERE expires_at < ?"), { forgetBefore }))
        return sql::failure(query, "forgetting old login-as codes");
    const bool ok = sql::run(query,
        QStringLiteral("INSERT INTO login_as_codes (hash, kind, client_id, user_id, redirect_uri, code_challenge,"
                       " state, created_at, expires_at, used_at, family_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {
            code.hash,
            kindName(code.kind),
            sql::text(code.clientId),
            sql::text(code.userId),
            sql::text(code.redirectUri),
            sql::text(code.codeChallenge),
            sql::text(code.state),
            sql::fromDateTime(code.createdAt),
            sql::fromDateTime(code.expiresAt),
            sql::fromDateTime(code.usedAt),
            sql::fromText(code.familyId),
        });
    if (!ok) {
        if (m_database.dialect().isForeignKeyViolation(query.lastError()))
            return Error::notFound(tr("The application or test user of this login no longer exists."));
        return sql::failure(query, "inserting a login-as code");
    }
    return {};
}

Result<LoginAsCodeRepository::Consumed> LoginAsCodeRepository::consume(
    const QByteArray &hash, LoginAsCode::Kind kind, const QDateTime &now, const QString &familyId)
{
    QSqlQuery query(m_database.connection());
    // Read first, so that the caller sees the row as it was before this use.
    if (!sql::run(query,
            QStringLiteral("SELECT client_id, user_id, redirect_uri, code_challenge, state, created_at, expires_at,"
                           " used_at, family_id FROM login_as_codes WHERE hash = ? AND kind = ?"),
            { hash, kindName(kind) })) {
        return sql::failure(query, "reading a login-as code");
    }
    Consumed consumed;
    if (!query.next())
        return consumed;
    LoginAsCode &code = consumed.code;
    code.hash = hash;
    code.kind = kind;
    code.clientId = query.value(0).toString();
    code.userId = query.value(1).toString();
    code.redirectUri = query.value(2).toString();
    code.codeChallenge = query.value(3).toString();
    code.state = query.value(4).toString();
    code.createdAt = sql::toDateTime(query.value(5));
    code.expiresAt = sql::toDateTime(query.value(6));
    code.usedAt = sql::toDateTime(query.value(7));
    code.familyId = query.value(8).toString();
    query.finish();

    // The condition makes the first use atomic: of concurrent callers, one changes the row.
    if (!sql::run(query,
            QStringLiteral("UPDATE login_as_codes SET used_at = ?, family_id = ? WHERE hash = ? AND kind = ?"
                           " AND used_at IS NULL"),
            { sql::fromDateTime(now), sql::fromText(familyId), hash, kindName(kind) })) {
        return sql::failure(query, "using a login-as code");
    }
    if (query.numRowsAffected() == 1) {
        consumed.use = Use::First;
        return consumed;
    }
    consumed.use = Use::Again;
    if (code.familyId.isEmpty()) {
        // Used between the read and the update: read which session the other use started.
        if (sql::run(query, QStringLiteral("SELECT used_at, family_id FROM login_as_codes WHERE hash = ?"), { hash })
            && query.next()) {
            code.usedAt = sql::toDateTime(query.value(0));
            code.familyId = query.value(1).toString();
        }
    }
    return consumed;
}

} // namespace authdesk
