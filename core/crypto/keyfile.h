#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace authdesk {

// A key-encryption key kept in a file, for hosts without an OS keychain (`--key-file FILE`): 32
// random bytes, created 0600 when the file does not exist, refused when its mode lets anyone but
// the owner read or write it, or when it does not hold exactly 32 bytes.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static Result<QByteArray> loadOrCreate(const QString &path);
};

} // namespace authdesk
