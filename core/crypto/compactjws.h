#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace authdesk {

// A compact JWS (RFC 7515 section 7.1) taken apart, not yet verified: the decoded header and
// payload, the exact signing input and the signature bytes.
struct CompactJws
{
    // ID tokens are a few KiB; this stops a caller from making us parse megabytes.
    static constexpr qsizetype MaxSize = 16 * 1024;

    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "<header>.<payload>" exactly as received
    QByteArray signature;

    // Refuses anything that is not three canonical base64url parts with JSON objects in the first two.
    // The signature may be empty; verifiers check its length.
    static Result<CompactJws> parse(const QByteArray &token);
};

} // namespace authdesk
