#pragma once

#include "domain/identityprovider.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <optional>

namespace authdesk {

class Database;

// Identity providers in the database, keyed by idp_id.
class IdentityProviderRepository
{
    Q_DECLARE_TR_FUNCTIONS(IdentityProviderRepository)

public:
    explicit IdentityProviderRepository(Database &database);

    // Conflict when the idp_id is taken.
    Result<void> insert(const IdentityProvider &provider);
    // Writes every field but idp_id and createdAt. NotFound when there is no such provider.
    Result<void> update(const IdentityProvider &provider);
    Result<std::optional<IdentityProvider>> find(const QString &idpId);
    Result<QList<IdentityProvider>> all(); // ordered by idp_id
    // Its linked identities go with it.
    Result<void> remove(const QString &idpId);

private:
    Database &m_database;
};

} // namespace authdesk
