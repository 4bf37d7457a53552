#pragma once

#include "domain/application.h"
#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace authdesk {

class Database;
class Transaction;

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
    // find() for the token endpoint's hot path: answered from memory until generation() changes,
    // i.e. until this process or another one on the same database changes an application. Unknown
    // client IDs are always looked up. Thread-safe.
    Result<std::optional<Application>> findRecent(const QString &clientId);
    // Oldest first.
    Result<QList<Application>> all();
    // Removes the application with its families and refresh tokens. NotFound when there is none.
    Result<void> remove(const QString &clientId);
    // Records use without a read-modify-write of the whole row.
    Result<void> touchLastUsed(const QString &clientId, const QDateTime &at);
    // Access tokens of this client issued before `at` stop being live.
    Result<void> setRevokedAllAt(const QString &clientId, const QDateTime &at);

    // Changes whenever an application's settings change (not its last use), in this process or in
    // another on the same database (Database::applicationsGeneration), so that readers can keep what
    // they derived from the applications until then. Thread-safe.
    quint64 generation();

private:
    // Stamps the change for other processes, commits, then counts it here.
    Result<void> committed(Transaction &transaction);

    struct Recent
    {
        Application application;
        quint64 generation = 0; // generation() before the read
    };
    static constexpr qsizetype MaxRecent = 1024; // forgotten all at once beyond this

    Database &m_database;
    QMutex m_recentMutex;
    QHash<QString, Recent> m_recent;
};

} // namespace authdesk
