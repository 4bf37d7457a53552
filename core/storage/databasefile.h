#pragma once

#include "domain/result.h"

#include <QString>

namespace authdesk {

// Makes sure a path is fit to hold an AuthDesk SQLite database before SQLite touches it: the folder
// exists (0700 when we create it), the file is created 0600 when new, and an existing file must be a
// regular SQLite file. On refusal nothing is created or changed.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    static Result<void> prepare(const QString &path);
    // The default location, in the user's application data folder.
    static QString defaultPath();

private:
    // A file that is there already must be an SQLite database (or empty) that we may write.
    static Result<void> checkExisting(const QString &path);
};

} // namespace authdesk
