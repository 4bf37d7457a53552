#pragma once

#include "domain/auditreason.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace authdesk {

// One answer of the server, as the console's request log shows it: a token or revocation decision,
// or any other request that reached a route or was refused before it (CORS, Host guard, limits).
// Values of secret parameters and headers are already replaced by "[redacted]"; nothing here is a
// credential.
struct TokenDecision
{
    QDateTime at;
    QString endpoint; // "token", "revoke", ... or the path of any other route
    QString clientId; // as presented, possibly unknown
    QString grantType; // as presented, possibly unsupported
    int status = 200;
    QString error; // the OAuth error code, empty on success
    AuditReason reason; // in plain words, for people; translated where it is shown
    QList<QPair<QString, QString>> parameters; // the form, redacted
    bool usedBasicAuth = false;

    // Where the request came from and what it asked for.
    QString method; // "POST", "OPTIONS", ...
    QString path; // without the query
    QString origin; // the Origin header; empty for a client that is not a browser
    QString clientAddress;
    QString userAgent;
    QList<QPair<QString, QString>> headers; // as received, secrets redacted
    QString responseBody; // the answer's body when it was an error, secrets redacted
    bool injected = false;
};

} // namespace authdesk
