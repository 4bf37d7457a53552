#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace authdesk {

// An RSA key pair that signs RS256 ID tokens (the built-in test identity provider). OpenSSL 3's EVP
// API does the RSA. The private half leaves this object only as DER, to be wrapped by the
// key-encryption key.
class RsaSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(RsaSigningKey)

public:
    static constexpr int Bits = 2048;

    // A new 2048-bit key (e = 65537).
    static Result<RsaSigningKey> generate();
    // From privateKeyDer()'s output.
    static Result<RsaSigningKey> fromPrivateKeyDer(const QByteArray &der);

    QByteArray privateKeyDer() const;
    // RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key.
    QString kid() const { return m_kid; }
    // {"kty":"RSA","n":...,"e":...,"kid":...,"alg":"RS256","use":"sig"}.
    QJsonObject publicJwk() const { return m_publicJwk; }
    // A compact JWS of claimsJson (UTF-8 JSON), header {"alg":"RS256","kid":...,"typ":"JWT"}.
    QByteArray signJwt(const QByteArray &claimsJson) const;

private:
    explicit RsaSigningKey(std::shared_ptr<EVP_PKEY> key);
    // RSASSA-PKCS1-v1_5 with SHA-256; empty on failure.
    QByteArray signRs256(const QByteArray &signingInput) const;

    std::shared_ptr<EVP_PKEY> m_key; // immutable once made, so copies share it across threads
    QString m_kid;
    QJsonObject m_publicJwk;
};

} // namespace authdesk
