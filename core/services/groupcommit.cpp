#include "services/groupcommit.h"

#include "storage/database.h"

namespace authdesk {

GroupCommit::GroupCommit(Database &database)
    : m_database(database)
{ }

bool GroupCommit::worthBatching() const
{
    return m_database.dialect().engine() == SqlDialect::Engine::Sqlite;
}

Result<void> GroupCommit::runTogether(const std::function<void()> &work)
{
    return m_database.inTransaction([&work]() -> Result<void> {
        work();
        return {};
    });
}

} // namespace authdesk
