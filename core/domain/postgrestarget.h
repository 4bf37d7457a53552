#pragma once

#include <QString>

namespace authdesk {

// Where a PostgreSQL database is: what Database::openPostgres() needs, from a --db-url or from the
// console's Connect to PostgreSQL dialog.
struct PostgresTarget
{
    QString host;
    quint16 port = 5432;
    QString user; // empty: libpq's default (PGUSER, else the operating-system user)
    QString database;
    // Empty: libpq looks in PGPASSWORD and ~/.pgpass, so headless hosts keep it out of command lines.
    QString password;

    // For people and logs: postgresql://user@host:port/database, never the password.
    QString displayName() const;
};

} // namespace authdesk
