#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace authdesk {

// The admin CLI: `authdesk app|user|sessions|export ...` on the console's database (or --db /
// --db-url), through the same services as the console, each change audited with the OS account
// name. Exit status 0 on success, 1 when the thing asked for does not exist, 2 on bad input (or a
// database that cannot be used), with one line on stderr. See "Admin CLI" in the README.
class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    // Whether `authdesk command ...` is an admin command.
    static bool handles(const QString &command);
    // The usage of every admin command, for `authdesk --help`.
    static QString helpText();
    // arguments: the command and what follows it (no program name). Returns the exit status.
    static int run(const QStringList &arguments);
};

} // namespace authdesk
