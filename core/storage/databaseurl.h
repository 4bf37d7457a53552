#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace authdesk {

// Where a PostgreSQL database is: what Database::openPostgres() needs, from a URL or from a dialog.
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

// Parses `postgresql://[USER@]HOST[:PORT]/DATABASE` (the `postgres://` scheme too). A URL that holds
// a password is refused: it would show in process lists and shell histories.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    static Result<PostgresTarget> parse(const QString &url);
};

} // namespace authdesk
