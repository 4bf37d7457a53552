#pragma once

#include "commandline.h"

#include <QCoreApplication>

namespace authdesk {

// `authdesk` with no command: the console window on the default database, with the server running.
class ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommand)

public:
    static int run(const ServeOptions &options);
};

} // namespace authdesk
