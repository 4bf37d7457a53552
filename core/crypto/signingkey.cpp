#include "crypto/signingkey.h"

#include "crypto/base64url.h"
#include "crypto/bytes.h"
#include "crypto/digest.h"
#include "domain/jsonwriter.h"

#include <sodium.h>
#include <utility>

namespace authdesk {

SigningKey::SigningKey(QByteArray publicKey, QByteArray secretKey)
    : m_publicKey(std::move(publicKey))
    , m_secretKey(std::move(secretKey))
    , m_kid(kidFor(m_publicKey))
    , m_encodedJwtHeader(JsonObjectWriter(96)
                             .addUtf8("alg", "EdDSA")
                             .add("kid", m_kid)
                             .addUtf8("typ", "JWT")
                             .finish()
                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
{ }

SigningKey SigningKey::generate()
{
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(publicKey), bytes(secretKey));
    return SigningKey(std::move(publicKey), std::move(secretKey));
}

Result<SigningKey> SigningKey::fromSecretKey(const QByteArray &secretKey)
{
    if (secretKey.size() != static_cast<qsizetype>(crypto_sign_SECRETKEYBYTES))
        return Error::invalidArgument(
            tr("The signing key has %1 bytes instead of %2.").arg(secretKey.size()).arg(crypto_sign_SECRETKEYBYTES));

    // The 64-byte form is seed || public key. Rebuild it from the seed so that a key whose second half
    // does not match is refused here, instead of signing tokens that no published key verifies.
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray rebuilt(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(bytes(publicKey), bytes(rebuilt), bytes(secretKey));
    const bool matches = digest::equalConstantTime(rebuilt, secretKey);
    sodium_memzero(rebuilt.data(), static_cast<size_t>(rebuilt.size()));
    if (!matches)
        return Error::invalidArgument(tr("The signing key is damaged: its public half does not match its seed."));
    return SigningKey(std::move(publicKey), secretKey);
}

QJsonObject SigningKey::publicJwk() const
{
    return publicJwk(m_publicKey);
}

QJsonObject SigningKey::publicJwk(const QByteArray &publicKey)
{
    return QJsonObject {
        { QStringLiteral("kty"), QStringLiteral("OKP") },
        { QStringLiteral("crv"), QStringLiteral("Ed25519") },
        { QStringLiteral("x"), QString::fromLatin1(base64url::encode(publicKey)) },
        { QStringLiteral("kid"), kidFor(publicKey) },
        { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("use"), QStringLiteral("sig") },
    };
}

QString SigningKey::kidFor(const QByteArray &publicKey)
{
    // RFC 7638: the hash covers exactly the required members, sorted, with no whitespace, so it is
    // written out by hand rather than left to a JSON serialiser's formatting.
    const QByteArray canonical
        = R"({"crv":"Ed25519","kty":"OKP","x":")" + base64url::encode(publicKey) + QByteArrayLiteral(R"("})");
    return QString::fromLatin1(base64url::encode(digest::sha256(canonical)));
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(
        bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()), bytes(m_secretKey));
    return signature;
}

} // namespace authdesk
