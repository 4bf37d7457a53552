#pragma once

#include "domain/auditreason.h"

#include <QByteArray>
#include <QString>

namespace authdesk {

// What /api/authorize-as answers (spec section 11), decided by LoginAsService and turned into HTTP by
// the server.
struct LoginAsOutcome
{
    enum class Kind {
        Refused, // 400 page: the client or redirect URI cannot be trusted, so no redirect
        Redirect, // 302 to `location` (a code, or an error the marketplace shows)
        Approval, // 200 approval page
    };

    Kind kind = Kind::Refused;
    QByteArray location; // Redirect: the redirect URI with code or error, and state
    QByteArray message; // Refused: why, fixed ASCII text for the page (never echoes input)
    AuditReason reason; // for the request log, in plain words; never a code or token
    QString clientId; // as presented

    // Approval: what the page names, and the single-use form token its buttons post.
    QString applicationName;
    QString userEmail;
    QString userName;
    QString environment; // dev, test or live
    QString marketplaceOrigin; // where the form may send the browser next (CSP form-action)
    QByteArray formToken;
};

} // namespace authdesk
