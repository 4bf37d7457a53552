#include "storage/signingkeyrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

QString insertKey(const QString &table)
{
    return QStringLiteral("INSERT INTO %1 (kid, public_key, wrapped_private_key, created_at) VALUES (?, ?, ?, ?)")
        .arg(table);
}

QVariantList keyValues(const StoredSigningKey &key)
{
    return { sql::text(key.kid), key.publicKey, key.wrappedPrivateKey, sql::fromDateTime(key.createdAt) };
}

// Newest first; the kid breaks ties so that two keys made in the same millisecond list the same way
// on every engine.
QString selectNewestFirst(const QString &table)
{
    return QStringLiteral(
        "SELECT kid, public_key, wrapped_private_key, created_at FROM %1 ORDER BY created_at DESC, kid DESC")
        .arg(table);
}

StoredSigningKey readKey(const QSqlQuery &query)
{
    StoredSigningKey key;
    key.kid = query.value(0).toString();
    key.publicKey = query.value(1).toByteArray();
    key.wrappedPrivateKey = query.value(2).toByteArray();
    key.createdAt = sql::toDateTime(query.value(3));
    return key;
}

} // namespace

SigningKeyRepository::SigningKeyRepository(Database &database, Table table)
    : m_database(database)
    , m_table(table == Table::BuiltinIdp ? QStringLiteral("builtin_idp_keys") : QStringLiteral("signing_keys"))
{ }

Result<void> SigningKeyRepository::insert(const StoredSigningKey &key)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, insertKey(m_table), keyValues(key))) {
        if (m_database.dialect().isUniqueViolation(query.lastError()))
            return Error::conflict(tr("A signing key with this key ID already exists."));
        return sql::failure(query, "inserting a signing key");
    }
    return {};
}

Result<bool> SigningKeyRepository::insertIfNone(const StoredSigningKey &key)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery query(db);
    // Unique keys cannot refuse a second key with another kid, so writers take turns instead: the
    // second instance to get here sees the first one's key and inserts nothing.
    if (const QString lock = m_database.dialect().lockTableForInsert(m_table); !lock.isEmpty() && !query.exec(lock)) {
        return sql::failure(query, "locking the signing keys");
    }
    if (!sql::run(query, QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_table)) || !query.next())
        return sql::failure(query, "counting signing keys");
    const bool none = query.value(0).toLongLong() == 0;
    query.finish();
    if (none && !sql::run(query, insertKey(m_table), keyValues(key)))
        return sql::failure(query, "inserting a signing key");
    if (const Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return none;
}

Result<QList<StoredSigningKey>> SigningKeyRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query, selectNewestFirst(m_table)))
        return sql::failure(query, "listing signing keys");
    QList<StoredSigningKey> keys;
    while (query.next())
        keys << readKey(query);
    return keys;
}

Result<std::optional<StoredSigningKey>> SigningKeyRepository::newest()
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, selectNewestFirst(m_table) + QLatin1String(" LIMIT 1")))
        return sql::failure(query, "reading the newest signing key");
    if (!query.next())
        return std::optional<StoredSigningKey>();
    return std::optional<StoredSigningKey>(readKey(query));
}

} // namespace authdesk
