#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace authdesk {

class SigningKey;

// Compact JWS tokens signed with EdDSA (Ed25519), header {"alg":"EdDSA","typ":"JWT","kid":...}.
namespace jwt {

QByteArray sign(const QJsonObject &claims, const SigningKey &key);
// The same with the claims already written as compact JSON (UTF-8), e.g. by JsonObjectWriter; the
// header is the key's, made once.
QByteArray sign(const QByteArray &claimsJson, const SigningKey &key);

struct Verified
{
    QJsonObject header;
    QJsonObject claims;
};

// Checks the form, alg == EdDSA, the kid and the signature against publicKeys (kid -> 32-byte key).
// It does not judge exp or liveness: that needs a clock and the database, which callers have.
Result<Verified> verify(const QByteArray &token, const QHash<QString, QByteArray> &publicKeys);

// Decodes the claims without verifying (for display in the console only).
Result<QJsonObject> decodeUnverified(const QByteArray &token);

} // namespace jwt
} // namespace authdesk
