#include "crypto/jwt.h"

#include "crypto/base64url.h"
#include "crypto/compactjws.h"
#include "crypto/signingkey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <optional>
#include <sodium.h>

namespace authdesk::jwt {

namespace {

Error invalidToken()
{
    // One answer for every defect: a caller learns nothing about which check failed.
    return Error(
        Error::Code::Unauthorized, QCoreApplication::translate("authdesk::jwt", "The access token is not valid."));
}

} // namespace

QByteArray sign(const QJsonObject &claims, const SigningKey &key)
{
    return sign(QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
}

QByteArray sign(const QByteArray &claimsJson, const SigningKey &key)
{
    const QByteArray &header = key.encodedJwtHeader();
    const QByteArray claims = base64url::encode(claimsJson);
    // header.claims.signature, in one allocation (an Ed25519 signature is 86 base64url characters).
    QByteArray token;
    token.reserve(header.size() + claims.size() + 2 + 86);
    token.append(header).append('.').append(claims);
    const QByteArray signature = base64url::encode(key.sign(token));
    return token.append('.').append(signature);
}

Result<Verified> verify(const QByteArray &token, const QHash<QString, QByteArray> &publicKeys)
{
    // Far above any token AuthDesk issues (CompactJws::MaxSize): a caller cannot make us parse megabytes.
    const Result<CompactJws> jws = CompactJws::parse(token);
    if (!jws || jws->signature.size() != static_cast<qsizetype>(crypto_sign_BYTES))
        return invalidToken();
    const QJsonObject *header = &jws->header;
    const QByteArray *signature = &jws->signature;

    // Exactly EdDSA: the alg is never taken from the token to choose how to check it ("none", HS256
    // with the public key as an HMAC secret). We implement no extensions, so any "crit" is refused
    // (RFC 7515 section 4.1.11).
    if (header->value(QStringLiteral("alg")) != QJsonValue(QStringLiteral("EdDSA"))
        || header->contains(QStringLiteral("crit")))
        return invalidToken();

    const QJsonValue kid = header->value(QStringLiteral("kid"));
    if (!kid.isString())
        return invalidToken();
    const auto publicKey = publicKeys.constFind(kid.toString());
    if (publicKey == publicKeys.cend() || publicKey->size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES))
        return invalidToken();

    // The signature covers the encoded header and claims exactly as sent.
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
            reinterpret_cast<const unsigned char *>(jws->signingInput.constData()),
            static_cast<unsigned long long>(jws->signingInput.size()),
            reinterpret_cast<const unsigned char *>(publicKey->constData()))
        != 0)
        return invalidToken();

    return Verified { jws->header, jws->claims };
}

Result<QJsonObject> decodeUnverified(const QByteArray &token)
{
    const Result<CompactJws> jws = CompactJws::parse(token);
    if (!jws)
        return Error::invalidArgument(QCoreApplication::translate("authdesk::jwt", "This is not a JSON Web Token."));
    return jws->claims;
}

} // namespace authdesk::jwt
