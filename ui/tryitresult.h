#pragma once

#include "services/oauth.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// What the Try it page shows for a token request's outcome, as text: the token endpoint's JSON body,
// and the issued JWT's header and claims, decoded by the services' token decoder. Not a widget, so the
// encoding is tested without a window (issue #16); the page only puts the texts in its views.
struct TryItResult
{
    Q_DECLARE_TR_FUNCTIONS(TryItResult)

public:
    QString response; // the body the token endpoint would send, indented
    QString header; // the JWT header, indented; empty when nothing was issued or it is not a JWT
    QString claims; // the JWT claims, indented JSON (what Copy copies)
    QString annotatedClaims; // the claims with each time claim's date beside its number (what is shown)
    QString outcome; // one sentence: what was issued, or why it was refused
    bool issued = false;

    static TryItResult from(const TokenResult &result);

    // `text` (indented JSON) with "// <local time>" after the number of each of exp, iat, nbf and
    // auth_time, e.g. `"exp": 1764327600,  // 2026-11-28 11:00:00`.
    static QString withDates(const QString &text, const QJsonObject &claims);
};

} // namespace authdesk
