#include "storage/builtinidpcoderepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"

#include <QSqlQuery>

namespace authdesk {

BuiltinIdpCodeRepository::BuiltinIdpCodeRepository(Database &database)
    : m_database(database)
{ }

Result<void> BuiltinIdpCodeRepository::insert(const BuiltinIdpCode &code, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(
            query, QStringLiteral("DELETE FROM builtin_idp_codes WHERE expires_at < ?"), { sql::fromDateTime(now) }))
        return sql::failure(query, "forgetting expired codes of the built-in identity provider");
    const bool ok = sql::run(query,
        QStringLiteral("INSERT INTO builtin_idp_codes (hash, client_id, redirect_uri, code_challenge, nonce, scope,"
                       " email, given_name, family_name, email_verified, expires_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {
            code.hash,
            sql::text(code.clientId),
            sql::text(code.redirectUri),
            sql::text(code.codeChallenge),
            sql::text(code.nonce),
            sql::text(code.scope),
            sql::text(code.email),
            sql::text(code.givenName),
            sql::text(code.familyName),
            sql::fromBool(code.emailVerified),
            sql::fromDateTime(code.expiresAt),
        });
    if (!ok)
        return sql::failure(query, "inserting a code of the built-in identity provider");
    return {};
}

Result<std::optional<BuiltinIdpCode>> BuiltinIdpCodeRepository::take(const QByteArray &hash)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT client_id, redirect_uri, code_challenge, nonce, scope, email, given_name,"
                           " family_name, email_verified, expires_at FROM builtin_idp_codes WHERE hash = ?"),
            { hash })) {
        return sql::failure(query, "reading a code of the built-in identity provider");
    }
    if (!query.next())
        return std::optional<BuiltinIdpCode>();
    BuiltinIdpCode code;
    code.hash = hash;
    code.clientId = query.value(0).toString();
    code.redirectUri = query.value(1).toString();
    code.codeChallenge = query.value(2).toString();
    code.nonce = query.value(3).toString();
    code.scope = query.value(4).toString();
    code.email = query.value(5).toString();
    code.givenName = query.value(6).toString();
    code.familyName = query.value(7).toString();
    code.emailVerified = query.value(8).toInt() != 0;
    code.expiresAt = sql::toDateTime(query.value(9));
    query.finish();
    // Whoever deletes the row has the code: of concurrent callers, one.
    if (!sql::run(query, QStringLiteral("DELETE FROM builtin_idp_codes WHERE hash = ?"), { hash }))
        return sql::failure(query, "using a code of the built-in identity provider");
    if (query.numRowsAffected() != 1)
        return std::optional<BuiltinIdpCode>();
    return std::optional<BuiltinIdpCode>(code);
}

} // namespace authdesk
