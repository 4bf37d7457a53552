#pragma once

#include "storage/migration.h"

namespace authdesk::schema {

// Every migration AuthDesk has ever shipped, oldest first. Append; never edit a shipped one.
QList<Migration> migrations();
int latestVersion();

} // namespace authdesk::schema
