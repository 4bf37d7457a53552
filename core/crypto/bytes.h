#pragma once

#include <QByteArray>

namespace authdesk {

// libsodium and OpenSSL take unsigned char pointers where QByteArray holds char.
inline const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

inline unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

} // namespace authdesk
