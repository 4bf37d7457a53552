#include "storage/identityproviderrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

const auto ProviderColumns = QLatin1String("idp_id, name, issuer, client_id, trusted_client_ids, jwks_uri, created_at");

IdentityProvider readProvider(const QSqlQuery &query)
{
    IdentityProvider provider;
    provider.idpId = query.value(0).toString();
    provider.name = query.value(1).toString();
    provider.issuer = query.value(2).toString();
    provider.clientId = query.value(3).toString();
    provider.trustedClientIds = query.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    provider.jwksUri = query.value(5).toString();
    provider.createdAt = sql::toDateTime(query.value(6));
    return provider;
}

} // namespace

IdentityProviderRepository::IdentityProviderRepository(Database &database)
    : m_database(database)
{ }

Result<void> IdentityProviderRepository::insert(const IdentityProvider &provider)
{
    QSqlQuery query(m_database.connection());
    const bool ok = sql::run(query,
        QLatin1String("INSERT INTO identity_providers (") + ProviderColumns
            + QLatin1String(") VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {
            sql::text(provider.idpId),
            sql::text(provider.name),
            sql::text(provider.issuer),
            sql::text(provider.clientId),
            sql::text(provider.trustedClientIds.join(QLatin1Char('\n'))),
            sql::fromText(provider.jwksUri),
            sql::fromDateTime(provider.createdAt),
        });
    if (!ok) {
        if (m_database.dialect().isUniqueViolation(query.lastError()))
            return Error::conflict(tr("An identity provider with the ID %1 already exists.").arg(provider.idpId));
        return sql::failure(query, "inserting an identity provider");
    }
    return {};
}

Result<void> IdentityProviderRepository::update(const IdentityProvider &provider)
{
    QSqlQuery query(m_database.connection());
    const bool ok = sql::run(query,
        QStringLiteral("UPDATE identity_providers SET name = ?, issuer = ?, client_id = ?, trusted_client_ids = ?,"
                       " jwks_uri = ? WHERE idp_id = ?"),
        {
            sql::text(provider.name),
            sql::text(provider.issuer),
            sql::text(provider.clientId),
            sql::text(provider.trustedClientIds.join(QLatin1Char('\n'))),
            sql::fromText(provider.jwksUri),
            provider.idpId,
        });
    if (!ok)
        return sql::failure(query, "updating an identity provider");
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The identity provider does not exist."));
    return {};
}

Result<std::optional<IdentityProvider>> IdentityProviderRepository::find(const QString &idpId)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QLatin1String("SELECT ") + ProviderColumns + QLatin1String(" FROM identity_providers WHERE idp_id = ?"),
            { idpId })) {
        return sql::failure(query, "reading an identity provider");
    }
    if (!query.next())
        return std::optional<IdentityProvider>();
    return std::optional<IdentityProvider>(readProvider(query));
}

Result<QList<IdentityProvider>> IdentityProviderRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QLatin1String("SELECT ") + ProviderColumns + QLatin1String(" FROM identity_providers ORDER BY idp_id")))
        return sql::failure(query, "listing identity providers");
    QList<IdentityProvider> providers;
    while (query.next())
        providers << readProvider(query);
    return providers;
}

Result<void> IdentityProviderRepository::remove(const QString &idpId)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("DELETE FROM identity_providers WHERE idp_id = ?"), { idpId }))
        return sql::failure(query, "removing an identity provider");
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The identity provider does not exist."));
    return {};
}

} // namespace authdesk
