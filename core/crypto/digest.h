#pragma once

#include <QByteArray>

namespace authdesk::digest {

QByteArray sha256(const QByteArray &data);
// Compares in time that depends only on the lengths, not on where the inputs differ.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);
// A 32-byte key derived from a high-entropy secret (e.g. a refresh token) for one purpose.
QByteArray deriveKey(const QByteArray &secret, const QByteArray &purpose);

} // namespace authdesk::digest
