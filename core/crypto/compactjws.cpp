#include "crypto/compactjws.h"

#include "crypto/base64url.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace authdesk {

namespace {

std::optional<QJsonObject> jsonObject(const QByteArray &part)
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

} // namespace

Result<CompactJws> CompactJws::parse(const QByteArray &token)
{
    const Error malformed = Error::invalidArgument(
        QCoreApplication::translate("authdesk::CompactJws", "The token is not a compact JWS."));
    if (token.isEmpty() || token.size() > MaxSize)
        return malformed;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return malformed;
    const std::optional<QJsonObject> header = jsonObject(parts.at(0));
    const std::optional<QJsonObject> claims = jsonObject(parts.at(1));
    const std::optional<QByteArray> signature = base64url::decode(parts.at(2));
    // An empty signature parses (an unsecured JWS): verifiers check its length for their algorithm.
    if (!header || !claims || !signature)
        return malformed;
    CompactJws jws;
    jws.header = *header;
    jws.claims = *claims;
    jws.signingInput = parts.at(0) + '.' + parts.at(1);
    jws.signature = *signature;
    return jws;
}

} // namespace authdesk
