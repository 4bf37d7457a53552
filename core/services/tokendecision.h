#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace authdesk {

// One answer of the token or revocation endpoint, as the console's request log shows it. Values of
// secret parameters are already replaced by "[redacted]"; nothing here is a credential.
struct TokenDecision
{
    QDateTime at;
    QString endpoint; // "token" or "revoke"
    QString clientId; // as presented, possibly unknown
    QString grantType; // as presented, possibly unsupported
    int status = 200;
    QString error; // the OAuth error code, empty on success
    QString reason; // in plain words, for people
    QList<QPair<QString, QString>> parameters; // the form, redacted
    bool usedBasicAuth = false;
};

} // namespace authdesk
