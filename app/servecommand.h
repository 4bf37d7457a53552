#pragma once

#include "commandline.h"

namespace authdesk {

// `authdesk serve`: the Authentication API without a window, until SIGINT or SIGTERM.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    // Returns the process exit status: 0 after a clean stop, 2 when it could not start.
    static int run(const ServeOptions &options);
    // `authdesk check-keychain`: 0 when the OS keychain works, 1 (with the reason) when not.
    static int checkKeychain();
};

} // namespace authdesk
