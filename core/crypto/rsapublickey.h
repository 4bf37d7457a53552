#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace authdesk {

// An RSA public key from a JWK (RFC 7517 `kty: RSA`, `n`, `e`), for verifying the RS256 ID tokens of
// identity providers. OpenSSL 3's EVP API does the RSA; nothing here is hand-written arithmetic.
class RsaPublicKey
{
public:
    // Weaker keys are refused: RFC 7518 section 3.3 asks for at least 2048 bits.
    static constexpr int MinimumBits = 2048;

    static Result<RsaPublicKey> fromJwk(const QJsonObject &jwk);
    // Big-endian modulus and exponent, as a JWK carries them once base64url-decoded.
    static Result<RsaPublicKey> fromComponents(const QByteArray &modulus, const QByteArray &exponent);

    int bits() const;
    // RSASSA-PKCS1-v1_5 with SHA-256 (JWS `RS256`) over the JWS signing input.
    bool verifyRs256(const QByteArray &signingInput, const QByteArray &signature) const;

private:
    explicit RsaPublicKey(std::shared_ptr<EVP_PKEY> key);

    std::shared_ptr<EVP_PKEY> m_key; // immutable once made, so copies share it across threads
};

} // namespace authdesk
