#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace authdesk {

// Authenticated encryption (XChaCha20-Poly1305, a random nonce per message) under a 32-byte key:
// wraps the signing key with the key-encryption key, and seals a successor refresh token under a
// key derived from its predecessor.
class KeyWrapper
{
    Q_DECLARE_TR_FUNCTIONS(KeyWrapper)

public:
    static constexpr qsizetype KeySize = 32;

    // key must be KeySize bytes.
    explicit KeyWrapper(QByteArray key);
    ~KeyWrapper(); // wipes the key

    QByteArray wrap(const QByteArray &plaintext) const;
    // An error when the ciphertext was changed or the key is wrong.
    Result<QByteArray> unwrap(const QByteArray &ciphertext) const;

private:
    QByteArray m_key;
};

} // namespace authdesk
