#pragma once

#include <QString>

// PKCE (RFC 7636) with the S256 method, the only one login-as accepts.
namespace authdesk::pkce {

// 43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636 section 4.1).
bool isValidVerifier(const QString &verifier);
// What S256 makes of a verifier: 43 characters of base64url; anything else can never match.
bool isValidChallenge(const QString &challenge);
// base64url(SHA-256(ASCII(verifier))), without padding.
QString challengeFor(const QString &verifier);
// Whether a valid verifier's S256 challenge is `challenge`, compared in constant time.
bool verifierMatches(const QString &verifier, const QString &challenge);

} // namespace authdesk::pkce
