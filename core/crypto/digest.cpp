#include "crypto/digest.h"

#include "crypto/bytes.h"

#include <sodium.h>
#include <utility>

namespace authdesk::digest {

namespace {

constexpr qsizetype DerivedKeySize = 32;

} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(out), bytes(data), static_cast<unsigned long long>(data.size()));
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    // The lengths of hashes and tokens are public, so leaking them through an early return is fine.
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray deriveKey(const QByteArray &secret, const QByteArray &purpose)
{
    // BLAKE2b keyed with the purpose: one secret gives unrelated keys for different purposes. BLAKE2b
    // takes keys of at most 64 bytes, so a longer purpose is hashed down to that size first.
    QByteArray key = purpose;
    if (key.size() > static_cast<qsizetype>(crypto_generichash_KEYBYTES_MAX)) {
        key = QByteArray(crypto_generichash_KEYBYTES_MAX, Qt::Uninitialized);
        crypto_generichash(bytes(key), static_cast<size_t>(key.size()), bytes(purpose),
            static_cast<unsigned long long>(purpose.size()), nullptr, 0);
    }
    // An empty key means an unkeyed hash, which libsodium wants as a null pointer.
    const unsigned char *keyBytes = key.isEmpty() ? nullptr : bytes(std::as_const(key));

    QByteArray out(DerivedKeySize, Qt::Uninitialized);
    crypto_generichash(bytes(out), static_cast<size_t>(out.size()), bytes(secret),
        static_cast<unsigned long long>(secret.size()), keyBytes, static_cast<size_t>(key.size()));
    return out;
}

} // namespace authdesk::digest
