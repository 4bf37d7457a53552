#pragma once

#include "domain/result.h"
#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace authdesk {

class AuthServer;
class Database;
class ServiceHub;
class SystemClock;

struct BackendOptions
{
    QString databasePath; // empty: the default location
    QString keyFile; // empty: the key-encryption key comes from the OS keychain
    std::optional<PostgresTarget> postgres; // set: PostgreSQL instead of the SQLite file
};

// What a running AuthDesk is made of: the database, the key material, the services and the HTTP
// server. The console and `authdesk serve` both start from here, so they behave the same.
class Backend
{
    Q_DECLARE_TR_FUNCTIONS(Backend)
    Q_DISABLE_COPY_MOVE(Backend)

public:
    ~Backend();

    static Result<std::unique_ptr<Backend>> open(const BackendOptions &options);
    // The database alone (created and migrated when new), as open() finds it: the PostgreSQL target,
    // else the SQLite file, else the default file. For commands that need no keys and no server.
    static Result<std::unique_ptr<Database>> openDatabase(const BackendOptions &options);

    Database &database() { return *m_database; }
    ServiceHub &services() { return *m_services; }
    AuthServer &server() { return *m_server; }
    // Where the key-encryption key lives, in plain words.
    QString keyLocation() const { return m_keyLocation; }

private:
    Backend();
    Result<QByteArray> loadKek(const BackendOptions &options);

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServiceHub> m_services;
    std::unique_ptr<AuthServer> m_server;
    QString m_keyLocation;
};

} // namespace authdesk
