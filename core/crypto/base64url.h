#pragma once

#include <QByteArray>
#include <optional>

namespace authdesk::base64url {

// RFC 4648 section 5 alphabet, no padding: the form JWS, JWK and our opaque tokens use.
QByteArray encode(const QByteArray &data);
// Accepts only the canonical encoding (no padding, no stray characters, zero trailing bits), so that
// every encoded string has exactly one decoding and a changed character never decodes to the same bytes.
std::optional<QByteArray> decode(const QByteArray &text);

} // namespace authdesk::base64url
