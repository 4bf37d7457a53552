#pragma once

#include "domain/application.h"
#include "domain/result.h"

#include <optional>

namespace authdesk {

class Database;

// Applications (API clients) in the database. Holds only hashes of secrets.
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(Database &database);

    // Conflict when the client ID is taken.
    Result<void> insert(const Application &application);
    // Writes every field but clientId, type and createdAt. NotFound when there is no such application.
    Result<void> update(const Application &application);
    Result<std::optional<Application>> find(const QString &clientId);
    // Oldest first.
    Result<QList<Application>> all();
    // Removes the application with its families and refresh tokens. NotFound when there is none.
    Result<void> remove(const QString &clientId);
    // Records use without a read-modify-write of the whole row.
    Result<void> touchLastUsed(const QString &clientId, const QDateTime &at);
    // Access tokens of this client issued before `at` stop being live.
    Result<void> setRevokedAllAt(const QString &clientId, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace authdesk
