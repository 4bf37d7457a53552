#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace authdesk {

// libsodium, initialised once per process before any other crypto call.
class Sodium
{
    Q_DECLARE_TR_FUNCTIONS(Sodium)

public:
    static Result<void> initialize();
    static QString version();
    // count bytes from the operating system's secure random generator.
    static QByteArray randomBytes(qsizetype count);
};

} // namespace authdesk
