#include "services/clientsecret.h"

#include "crypto/digest.h"

namespace authdesk {

bool clientSecretMatches(const Application &application, const QString &secret, const QDateTime &now)
{
    const QByteArray hash = digest::sha256(secret.toUtf8());
    const bool current = !application.secretHash.isEmpty() && digest::equalConstantTime(hash, application.secretHash);
    const bool previous = !application.previousSecretHash.isEmpty()
        && digest::equalConstantTime(hash, application.previousSecretHash) && application.previousSecretValidUntil > now;
    return current || previous;
}

} // namespace authdesk
