#include "crypto/sodium.h"

#include <sodium.h>

namespace authdesk {

Result<void> Sodium::initialize()
{
    // sodium_init() is thread-safe and idempotent: 0 = initialised now, 1 = already initialised.
    if (sodium_init() < 0)
        return Error::internal(tr("The cryptography library could not be initialised."));
    return {};
}

QString Sodium::version()
{
    return QString::fromLatin1(sodium_version_string());
}

QByteArray Sodium::randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

} // namespace authdesk
