#pragma once

#include "domain/linkedidentity.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <optional>

namespace authdesk {

class Database;

// Test users' accounts at identity providers: (idp_id, subject) -> user, one user per pair.
class LinkedIdentityRepository
{
    Q_DECLARE_TR_FUNCTIONS(LinkedIdentityRepository)

public:
    explicit LinkedIdentityRepository(Database &database);

    // Conflict when the (idp_id, subject) pair is linked already (to anyone).
    Result<void> link(const LinkedIdentity &identity);
    Result<void> unlink(const QString &idpId, const QString &subject);
    Result<std::optional<LinkedIdentity>> find(const QString &idpId, const QString &subject);
    Result<QList<LinkedIdentity>> forUser(const QString &userId); // ordered by idp_id, subject

private:
    Database &m_database;
};

} // namespace authdesk
