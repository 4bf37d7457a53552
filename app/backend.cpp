#include "backend.h"

#include "crypto/sodium.h"
#include "domain/clock.h"
#include "server/authserver.h"
#include "services/healthservice.h"
#include "storage/database.h"
#include "storage/databasefile.h"

namespace authdesk {

Backend::Backend() = default;

Backend::~Backend()
{
    // The server's thread uses the services; stop it before they go away.
    if (m_server)
        m_server->stop();
}

Result<std::unique_ptr<Backend>> Backend::open(const QString &databasePath)
{
    if (const Result<void> sodium = Sodium::initialize(); !sodium)
        return sodium.error();

    std::unique_ptr<Backend> backend(new Backend);
    backend->m_clock = std::make_unique<SystemClock>();

    Result<std::unique_ptr<Database>> database =
        Database::openSqlite(databasePath.isEmpty() ? DatabaseFile::defaultPath() : databasePath);
    if (!database)
        return database.error();
    backend->m_database = std::move(database).value();

    backend->m_health = std::make_unique<HealthService>(*backend->m_database);
    ServerServices services;
    services.health = backend->m_health.get();
    backend->m_server = std::make_unique<AuthServer>(services);
    return backend;
}

} // namespace authdesk
