#pragma once

#include <QString>
#include <QStringList>

namespace authdesk::restart {

// The program and arguments of this run, which a restart starts again.
struct Command
{
    QString program;
    QStringList arguments;
};
Command currentCommand();

// Quits, and starts the same program with the same arguments once this run has let go of its port,
// database and windows: from a post routine of the application object, which runs as it is
// destroyed, after everything the console built. So a restart does not race the old run for the port.
void restartApplication();

} // namespace authdesk::restart
