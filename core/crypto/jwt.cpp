#include "crypto/jwt.h"

#include "crypto/base64url.h"
#include "crypto/signingkey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <optional>
#include <sodium.h>

namespace authdesk::jwt {

namespace {

// Far above any token AuthDesk issues; stops a caller from making us parse megabytes.
constexpr qsizetype MaxTokenSize = 16 * 1024;

QByteArray encodeJson(const QJsonObject &object)
{
    return base64url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> decodeJsonObject(const QByteArray &part)
{
    const std::optional<QByteArray> json = base64url::decode(part);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The three parts of a compact JWS, or nothing when the token does not have that form.
std::optional<QList<QByteArray>> splitCompact(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > MaxTokenSize)
        return std::nullopt;
    QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    return parts;
}

Error invalidToken()
{
    // One answer for every defect: a caller learns nothing about which check failed.
    return Error(
        Error::Code::Unauthorized, QCoreApplication::translate("authdesk::jwt", "The access token is not valid."));
}

} // namespace

QByteArray sign(const QJsonObject &claims, const SigningKey &key)
{
    const QJsonObject header {
        { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("typ"), QStringLiteral("JWT") },
        { QStringLiteral("kid"), key.kid() },
    };
    const QByteArray signingInput = encodeJson(header) + '.' + encodeJson(claims);
    return signingInput + '.' + base64url::encode(key.sign(signingInput));
}

Result<Verified> verify(const QByteArray &token, const QHash<QString, QByteArray> &publicKeys)
{
    const std::optional<QList<QByteArray>> parts = splitCompact(token);
    if (!parts)
        return invalidToken();

    const std::optional<QJsonObject> header = decodeJsonObject(parts->at(0));
    const std::optional<QJsonObject> claims = decodeJsonObject(parts->at(1));
    const std::optional<QByteArray> signature = base64url::decode(parts->at(2));
    if (!header || !claims || !signature || signature->size() != static_cast<qsizetype>(crypto_sign_BYTES))
        return invalidToken();

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
    const qsizetype signingInputSize = parts->at(0).size() + 1 + parts->at(1).size();
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
            reinterpret_cast<const unsigned char *>(token.constData()),
            static_cast<unsigned long long>(signingInputSize),
            reinterpret_cast<const unsigned char *>(publicKey->constData()))
        != 0)
        return invalidToken();

    return Verified { *header, *claims };
}

Result<QJsonObject> decodeUnverified(const QByteArray &token)
{
    const std::optional<QList<QByteArray>> parts = splitCompact(token);
    std::optional<QJsonObject> claims;
    if (parts)
        claims = decodeJsonObject(parts->at(1));
    if (!claims)
        return Error::invalidArgument(QCoreApplication::translate("authdesk::jwt", "This is not a JSON Web Token."));
    return *claims;
}

} // namespace authdesk::jwt
