#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerResponse;

namespace authdesk {

struct LoginAsOutcome;

// The HTML of /api/authorize-as: the operator's approval page and the page that says why a request
// was refused. Self-contained (one inline stylesheet, allowed by its hash), and a
// Content-Security-Policy that allows nothing else but the page's own form; never framed.
class ApprovalPage
{
public:
    // 200: names the application, the user and the environment; Approve and Deny post the form token.
    static QHttpServerResponse approval(const LoginAsOutcome &outcome);
    // `status` with a page that shows `message` (fixed text, never input).
    static QHttpServerResponse refusal(const QByteArray &message, int status);
    // 302 to `location`.
    static QHttpServerResponse redirect(const QByteArray &location);

    // A page of this server in the same style and with the same headers: `body` is HTML whose input
    // the caller escaped; formAction is the CSP form-action source list.
    static QHttpServerResponse page(
        const QByteArray &title, const QByteArray &body, int status, const QByteArray &formAction);
    // Text for HTML, quotes included.
    static QByteArray escaped(const QString &text);
};

} // namespace authdesk
