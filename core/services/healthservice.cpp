#include "services/healthservice.h"

#include "storage/database.h"

namespace authdesk {

HealthService::HealthService(Database &database)
    : m_database(database)
{
}

Result<void> HealthService::check() const
{
    return m_database.ping();
}

QString HealthService::location() const
{
    return m_database.location();
}

quint64 HealthService::applicationsGeneration() const
{
    return m_database.applicationsGeneration();
}

} // namespace authdesk
