#include "storage/linkedidentityrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

const auto LinkColumns = QLatin1String("idp_id, subject, user_id, linked_at");

LinkedIdentity readIdentity(const QSqlQuery &query)
{
    LinkedIdentity identity;
    identity.idpId = query.value(0).toString();
    identity.subject = query.value(1).toString();
    identity.userId = query.value(2).toString();
    identity.linkedAt = sql::toDateTime(query.value(3));
    return identity;
}

} // namespace

LinkedIdentityRepository::LinkedIdentityRepository(Database &database)
    : m_database(database)
{ }

Result<void> LinkedIdentityRepository::link(const LinkedIdentity &identity)
{
    QSqlQuery query(m_database.connection());
    const bool ok = sql::run(query,
        QLatin1String("INSERT INTO linked_identities (") + LinkColumns + QLatin1String(") VALUES (?, ?, ?, ?)"),
        { sql::text(identity.idpId), sql::text(identity.subject), sql::text(identity.userId),
            sql::fromDateTime(identity.linkedAt) });
    if (!ok) {
        if (m_database.dialect().isUniqueViolation(query.lastError()))
            return Error::conflict(tr("This identity is linked to a test user already."));
        if (m_database.dialect().isForeignKeyViolation(query.lastError()))
            return Error::notFound(tr("The identity provider or the test user does not exist."));
        return sql::failure(query, "linking an identity");
    }
    return {};
}

Result<void> LinkedIdentityRepository::unlink(const QString &idpId, const QString &subject)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("DELETE FROM linked_identities WHERE idp_id = ? AND subject = ?"),
            { idpId, subject })) {
        return sql::failure(query, "unlinking an identity");
    }
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The identity is not linked."));
    return {};
}

Result<std::optional<LinkedIdentity>> LinkedIdentityRepository::find(const QString &idpId, const QString &subject)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QLatin1String("SELECT ") + LinkColumns
                + QLatin1String(" FROM linked_identities WHERE idp_id = ? AND subject = ?"),
            { idpId, subject })) {
        return sql::failure(query, "reading a linked identity");
    }
    if (!query.next())
        return std::optional<LinkedIdentity>();
    return std::optional<LinkedIdentity>(readIdentity(query));
}

Result<QList<LinkedIdentity>> LinkedIdentityRepository::forUser(const QString &userId)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QLatin1String("SELECT ") + LinkColumns
                + QLatin1String(" FROM linked_identities WHERE user_id = ? ORDER BY idp_id, subject"),
            { userId })) {
        return sql::failure(query, "listing linked identities");
    }
    QList<LinkedIdentity> identities;
    while (query.next())
        identities << readIdentity(query);
    return identities;
}

} // namespace authdesk
