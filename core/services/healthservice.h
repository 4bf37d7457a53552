#pragma once

#include "domain/result.h"

#include <QString>

namespace authdesk {

class Database;

// Answers "is AuthDesk able to serve?": the database is open and answers on the caller's thread.
class HealthService
{
public:
    explicit HealthService(Database &database);

    Result<void> check() const;
    // Where the database is (a file path, or a PostgreSQL address without its password).
    QString location() const;
    // Changes whenever applications changed, here or in another process on the same database, as
    // far as the calling thread can tell (Database::applicationsGeneration).
    quint64 applicationsGeneration() const;

private:
    Database &m_database;
};

} // namespace authdesk
