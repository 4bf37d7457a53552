#pragma once

#include "domain/result.h"

namespace authdesk {

class Database;

// Answers "is AuthDesk able to serve?": the database is open and answers on the caller's thread.
class HealthService
{
public:
    explicit HealthService(Database &database);

    Result<void> check() const;

private:
    Database &m_database;
};

} // namespace authdesk
