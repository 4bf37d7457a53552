#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// An Ed25519 key pair for signing access tokens. The secret half never leaves this object except
// to be wrapped by the key-encryption key.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static SigningKey generate();
    // secretKey: libsodium's 64-byte form (seed + public key).
    static Result<SigningKey> fromSecretKey(const QByteArray &secretKey);

    // RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key.
    QString kid() const { return m_kid; }
    // The base64url JWS header of every token this key signs, {"alg":"EdDSA","kid":...,"typ":"JWT"},
    // made once with the key.
    const QByteArray &encodedJwtHeader() const { return m_encodedJwtHeader; }
    QByteArray publicKey() const { return m_publicKey; }
    QByteArray secretKey() const { return m_secretKey; }
    // The public JWK: {"kty":"OKP","crv":"Ed25519","x":...,"kid":...,"alg":"EdDSA","use":"sig"}.
    QJsonObject publicJwk() const;
    static QJsonObject publicJwk(const QByteArray &publicKey);
    static QString kidFor(const QByteArray &publicKey);

    QByteArray sign(const QByteArray &message) const;

private:
    SigningKey(QByteArray publicKey, QByteArray secretKey);

    QByteArray m_publicKey;
    QByteArray m_secretKey;
    QString m_kid;
    QByteArray m_encodedJwtHeader;
};

} // namespace authdesk
