#pragma once

#include "domain/faultrule.h"
#include "domain/result.h"

#include <QList>
#include <optional>

namespace authdesk {

class Database;

// The test controls of migration 8: the clock offset (one row) and the fault rules.
class TestControlsRepository
{
public:
    struct State
    {
        qint64 clockOffsetSeconds = 0;
        qint64 faultsGeneration = 0; // changes whenever a rule is added or cleared
    };

    explicit TestControlsRepository(Database &database);

    Result<State> state();
    Result<void> setClockOffset(qint64 seconds);

    // The rules that may still apply at now: count left, not expired; oldest first.
    Result<QList<FaultRule>> activeFaults(const QDateTime &now);
    // Stores rule (its id and createdAt are ignored) and returns it with its id.
    Result<FaultRule> insertFault(FaultRule rule, const QDateTime &now);
    // Deletes the rule id, or every rule; returns how many were deleted.
    Result<int> clearFaults(std::optional<qint64> id);
    // Takes one of the counted rule's remaining requests; false when none was left. Of concurrent
    // callers (in any process) at most `remaining` get true.
    Result<bool> claimFault(qint64 id);

private:
    Result<void> bumpFaultsGeneration();

    Database &m_database;
};

} // namespace authdesk
