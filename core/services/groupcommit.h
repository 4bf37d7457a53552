#pragma once

#include "domain/result.h"

#include <functional>

namespace authdesk {

class Database;

// Runs several token grants in one database transaction, so their writes reach the disk with one
// sync instead of one each (group commit). The grants' own transactions become savepoints inside
// it: a grant that fails rolls back alone and leaves the others in the batch intact.
class GroupCommit
{
    Q_DISABLE_COPY_MOVE(GroupCommit)

public:
    explicit GroupCommit(Database &database);

    // SQLite takes one writer at a time and syncs on every commit, so batching multiplies how many
    // durable rotations it can take. PostgreSQL already groups concurrent commits itself, and a batch
    // there would hold row locks that another instance's batch might be waiting for.
    bool worthBatching() const;

    // Runs work inside one transaction on the calling thread's connection and commits it. An error
    // means nothing that work wrote was kept.
    Result<void> runTogether(const std::function<void()> &work);

private:
    Database &m_database;
};

} // namespace authdesk
