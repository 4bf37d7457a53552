#pragma once

#include "domain/postgrestarget.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace authdesk {

// Parses `postgresql://[USER@]HOST[:PORT]/DATABASE` (the `postgres://` scheme too). A URL that holds
// a password is refused: it would show in process lists and shell histories.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    static Result<PostgresTarget> parse(const QString &url);
};

} // namespace authdesk
