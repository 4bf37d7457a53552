#include "crypto/rsasigningkey.h"

#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/openssl.h"
#include "domain/jsonwriter.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace authdesk {

namespace {

using namespace openssl;

// A big-endian RSA component of the key, base64url as a JWK carries it.
QByteArray component(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) <= 0 || !raw)
        return {};
    const BigNumber number(raw);
    QByteArray bytes(BN_num_bytes(number.get()), Qt::Uninitialized);
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return base64url::encode(bytes);
}

} // namespace

RsaSigningKey::RsaSigningKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{
    const QByteArray n = component(m_key.get(), OSSL_PKEY_PARAM_RSA_N);
    const QByteArray e = component(m_key.get(), OSSL_PKEY_PARAM_RSA_E);
    // RFC 7638: exactly the required members, sorted, no whitespace.
    const QByteArray canonical = R"({"e":")" + e + R"(","kty":"RSA","n":")" + n + R"("})";
    m_kid = QString::fromLatin1(base64url::encode(digest::sha256(canonical)));
    m_publicJwk = QJsonObject {
        { QStringLiteral("kty"), QStringLiteral("RSA") },
        { QStringLiteral("n"), QString::fromLatin1(n) },
        { QStringLiteral("e"), QString::fromLatin1(e) },
        { QStringLiteral("kid"), m_kid },
        { QStringLiteral("alg"), QStringLiteral("RS256") },
        { QStringLiteral("use"), QStringLiteral("sig") },
    };
}

Result<RsaSigningKey> RsaSigningKey::generate()
{
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(Bits));
    if (!raw)
        return Error::internal(tr("An RSA key could not be generated."));
    return RsaSigningKey(std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free));
}

Result<RsaSigningKey> RsaSigningKey::fromPrivateKeyDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *raw = d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &data, static_cast<long>(der.size()));
    if (!raw)
        return Error::invalidArgument(tr("The stored RSA key cannot be read."));
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    if (EVP_PKEY_get_bits(key.get()) < Bits)
        return Error::invalidArgument(tr("The stored RSA key is shorter than %1 bits.").arg(Bits));
    return RsaSigningKey(std::move(key));
}

QByteArray RsaSigningKey::privateKeyDer() const
{
    unsigned char *buffer = nullptr;
    const int length = i2d_PrivateKey(m_key.get(), &buffer);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_clear_free(buffer, static_cast<size_t>(length));
    return der;
}

QByteArray RsaSigningKey::signJwt(const QByteArray &claimsJson) const
{
    const QByteArray header
        = JsonObjectWriter(96).addUtf8("alg", "RS256").add("kid", m_kid).addUtf8("typ", "JWT").finish();
    const QByteArray signingInput = base64url::encode(header) + '.' + base64url::encode(claimsJson);
    const QByteArray signature = signRs256(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64url::encode(signature);
}

QByteArray RsaSigningKey::signRs256(const QByteArray &signingInput) const
{
    const DigestContext context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) <= 0)
        return {};
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, static_cast<size_t>(signingInput.size())) <= 0)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input,
            static_cast<size_t>(signingInput.size()))
        <= 0)
        return {};
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

} // namespace authdesk
