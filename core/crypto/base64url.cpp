#include "crypto/base64url.h"

#include <utility>

namespace authdesk::base64url {

namespace {

constexpr auto Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray encode(const QByteArray &data)
{
    return data.toBase64(Options);
}

std::optional<QByteArray> decode(const QByteArray &text)
{
    QByteArray::FromBase64Result result
        = QByteArray::fromBase64Encoding(text, Options | QByteArray::AbortOnBase64DecodingErrors);
    // Qt still accepts '=' padding and non-zero trailing bits; re-encoding rejects both.
    if (!result || result.decoded.toBase64(Options) != text)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace authdesk::base64url
