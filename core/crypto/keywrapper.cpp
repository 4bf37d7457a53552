#include "crypto/keywrapper.h"

#include "crypto/bytes.h"
#include "crypto/cryptolog.h"
#include "crypto/sodium.h"

#include <sodium.h>
#include <utility>

namespace authdesk {

namespace {

constexpr qsizetype NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

static_assert(KeyWrapper::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

} // namespace

KeyWrapper::KeyWrapper(QByteArray key)
    : m_key(std::move(key))
{
    // libsodium reads exactly KeySize bytes from the key; a shorter one would be read past its end.
    if (m_key.size() != KeySize)
        qCCritical(lcCrypto) << "KeyWrapper got a key of" << m_key.size() << "bytes instead of" << KeySize;
}

KeyWrapper::~KeyWrapper()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

QByteArray KeyWrapper::wrap(const QByteArray &plaintext) const
{
    if (m_key.size() != KeySize)
        return {};

    // 24-byte random nonces (XChaCha20) are safe to pick at random for any number of messages.
    const QByteArray nonce = Sodium::randomBytes(NonceSize);
    QByteArray out = nonce;
    out.resize(NonceSize + plaintext.size() + TagSize);
    unsigned long long cipherSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + NonceSize, &cipherSize, bytes(plaintext),
        static_cast<unsigned long long>(plaintext.size()), nullptr, 0, nullptr, bytes(nonce), bytes(m_key));
    out.truncate(NonceSize + static_cast<qsizetype>(cipherSize));
    return out;
}

Result<QByteArray> KeyWrapper::unwrap(const QByteArray &ciphertext) const
{
    const auto cannotDecrypt = [] {
        return Error::invalidArgument(
            tr("The data could not be decrypted: it was changed, or it was encrypted under another key."));
    };
    if (m_key.size() != KeySize || ciphertext.size() < NonceSize + TagSize)
        return cannotDecrypt();

    const qsizetype sealedSize = ciphertext.size() - NonceSize;
    QByteArray plaintext(sealedSize - TagSize, Qt::Uninitialized);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plaintext), &plainSize, nullptr, bytes(ciphertext) + NonceSize,
            static_cast<unsigned long long>(sealedSize), nullptr, 0, bytes(ciphertext), bytes(m_key))
        != 0)
        return cannotDecrypt();
    plaintext.truncate(static_cast<qsizetype>(plainSize));
    return plaintext;
}

} // namespace authdesk
