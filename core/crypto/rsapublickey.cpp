#include "crypto/rsapublickey.h"

#include "crypto/base64url.h"
#include "crypto/openssl.h"

#include <QCoreApplication>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace authdesk {

namespace {

using namespace openssl;

// Far above any real RSA key (16384 bits); stops a JWK from making OpenSSL work on megabytes.
constexpr qsizetype MaxComponentBytes = 2048;

Error invalidKey(const char *why)
{
    return Error::invalidArgument(QCoreApplication::translate("authdesk::RsaPublicKey", why));
}

BigNumber bigNumber(const QByteArray &bigEndian)
{
    return BigNumber(BN_bin2bn(
        reinterpret_cast<const unsigned char *>(bigEndian.constData()), static_cast<int>(bigEndian.size()), nullptr));
}

} // namespace

RsaPublicKey::RsaPublicKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{ }

Result<RsaPublicKey> RsaPublicKey::fromJwk(const QJsonObject &jwk)
{
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
        return invalidKey(QT_TRANSLATE_NOOP("authdesk::RsaPublicKey", "The key is not an RSA key."));
    const std::optional<QByteArray> modulus = base64url::decode(jwk.value(QLatin1String("n")).toString().toLatin1());
    const std::optional<QByteArray> exponent = base64url::decode(jwk.value(QLatin1String("e")).toString().toLatin1());
    if (!modulus || !exponent)
        return invalidKey(QT_TRANSLATE_NOOP("authdesk::RsaPublicKey", "The key's n or e is not base64url."));
    return fromComponents(*modulus, *exponent);
}

Result<RsaPublicKey> RsaPublicKey::fromComponents(const QByteArray &modulus, const QByteArray &exponent)
{
    if (modulus.isEmpty() || exponent.isEmpty() || modulus.size() > MaxComponentBytes
        || exponent.size() > MaxComponentBytes) {
        return invalidKey(QT_TRANSLATE_NOOP("authdesk::RsaPublicKey", "The key's n or e has an impossible size."));
    }
    const BigNumber n = bigNumber(modulus);
    const BigNumber e = bigNumber(exponent);
    const ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get())) {
        return invalidKey(QT_TRANSLATE_NOOP("authdesk::RsaPublicKey", "The key could not be read."));
    }
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const KeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0
        || EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0 || !raw) {
        return invalidKey(QT_TRANSLATE_NOOP("authdesk::RsaPublicKey", "The key could not be read."));
    }
    RsaPublicKey key(std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free));
    if (key.bits() < MinimumBits)
        return invalidKey(QT_TRANSLATE_NOOP("authdesk::RsaPublicKey", "The key is shorter than 2048 bits."));
    return key;
}

int RsaPublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

bool RsaPublicKey::verifyRs256(const QByteArray &signingInput, const QByteArray &signature) const
{
    // PKCS#1 v1.5 signatures are exactly as long as the modulus.
    if (signature.size() != EVP_PKEY_get_size(m_key.get()))
        return false;
    const DigestContext context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) <= 0)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
               static_cast<size_t>(signingInput.size()))
        == 1;
}

} // namespace authdesk
