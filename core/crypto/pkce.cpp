#include "crypto/pkce.h"

#include "crypto/base64url.h"
#include "crypto/digest.h"

namespace authdesk::pkce {

namespace {

bool isUnreserved(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
        || u == '_' || u == '~';
}

} // namespace

bool isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}

bool isValidChallenge(const QString &challenge)
{
    return challenge.size() == 43 && base64url::decode(challenge.toLatin1()).has_value();
}

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(base64url::encode(digest::sha256(verifier.toLatin1())));
}

bool verifierMatches(const QString &verifier, const QString &challenge)
{
    if (!isValidVerifier(verifier))
        return false;
    return digest::equalConstantTime(challengeFor(verifier).toLatin1(), challenge.toLatin1());
}

} // namespace authdesk::pkce
