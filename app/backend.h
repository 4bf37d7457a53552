#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace authdesk {

class AuthServer;
class Database;
class HealthService;
class SystemClock;

// Everything behind the two front doors, wired once: the database, the services and the HTTP server.
// The console and `authdesk serve` both start from here, so they behave the same.
class Backend
{
    Q_DECLARE_TR_FUNCTIONS(Backend)
    Q_DISABLE_COPY_MOVE(Backend)

public:
    ~Backend();

    // Opens databasePath (the default location when empty) and builds the services.
    static Result<std::unique_ptr<Backend>> open(const QString &databasePath);

    Database &database() { return *m_database; }
    AuthServer &server() { return *m_server; }

private:
    Backend();

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<AuthServer> m_server;
};

} // namespace authdesk
