#include "ui/restart.h"

#include <QCoreApplication>
#include <QProcess>

namespace authdesk::restart {

namespace {

Command &pending()
{
    static Command command;
    return command;
}

void startPending()
{
    const Command &command = pending();
    if (!command.program.isEmpty())
        QProcess::startDetached(command.program, command.arguments);
}

} // namespace

Command currentCommand()
{
    return { QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1) };
}

void restartApplication()
{
    // Taken now: the post routine runs while the application object is being destroyed.
    pending() = currentCommand();
    qAddPostRoutine(startPending);
    QCoreApplication::quit();
}

} // namespace authdesk::restart
