#pragma once

#include "domain/application.h"
#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <atomic>
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
    // find() for the token endpoint's hot path: an application read less than RecentMs ago is answered
    // from memory. Changes made by this process are seen at once (see generation()), changes made by
    // another process on the same database within RecentMs. Unknown client IDs are always looked up.
    // Thread-safe.
    static constexpr qint64 RecentMs = 1000;
    Result<std::optional<Application>> findRecent(const QString &clientId);
    // Oldest first.
    Result<QList<Application>> all();
    // Removes the application with its families and refresh tokens. NotFound when there is none.
    Result<void> remove(const QString &clientId);
    // Records use without a read-modify-write of the whole row.
    Result<void> touchLastUsed(const QString &clientId, const QDateTime &at);
    // Access tokens of this client issued before `at` stop being live.
    Result<void> setRevokedAllAt(const QString &clientId, const QDateTime &at);

    // Changes whenever this process changes an application's settings (not its last use), so that
    // readers can keep what they derived from the applications until then. One count for every
    // repository of the process, since several services hold a repository of their own. Thread-safe.
    static quint64 generation() { return s_generation.load(std::memory_order_acquire); }

private:
    static void changed() { s_generation.fetch_add(1, std::memory_order_acq_rel); }

    struct Recent
    {
        Application application;
        quint64 generation = 0; // generation() before the read
        qint64 readAtMs = 0; // steady clock
    };
    static constexpr qsizetype MaxRecent = 1024; // forgotten all at once beyond this

    Database &m_database;
    static inline std::atomic<quint64> s_generation { 0 };
    QMutex m_recentMutex;
    QHash<QString, Recent> m_recent;
};

} // namespace authdesk
