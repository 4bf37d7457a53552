#include "server/approvalpage.h"

#include "services/loginasoutcome.h"

#include <QCryptographicHash>
#include <QHttpServerResponse>
#include <QString>

namespace authdesk {

namespace {

const QByteArray Style = QByteArrayLiteral(
    "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}"
    "main{max-width:30rem;margin:4rem auto;background:#fff;border-radius:8px;padding:2rem;"
    "box-shadow:0 1px 4px rgba(0,0,0,.15)}"
    "h1{font-size:1.3rem;margin-top:0}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}"
    "dt{color:#5b6475}dd{margin:0;font-weight:600;overflow-wrap:anywhere}"
    ".env{display:inline-block;padding:0 .5rem;border-radius:4px;background:#e3ecff}"
    ".env-live{background:#ffe1e1;color:#8a1010}"
    ".buttons{display:flex;gap:1rem;margin-top:1.5rem}"
    "button{font:inherit;padding:.6rem 1.4rem;border-radius:6px;border:1px solid #9aa3b5;background:#fff;"
    "cursor:pointer}button.approve{background:#2456d6;border-color:#2456d6;color:#fff}"
    "p.note{color:#5b6475;font-size:.9rem}"
    "ul.picks{list-style:none;padding:0}ul.picks button{width:100%;text-align:left;margin:.2rem 0}"
    "label{display:block;margin:.5rem 0}input[type=email],input[type=text]{font:inherit;width:100%;"
    "box-sizing:border-box;padding:.4rem;border:1px solid #9aa3b5;border-radius:6px}");

QByteArray styleHash()
{
    return "'sha256-" + QCryptographicHash::hash(Style, QCryptographicHash::Sha256).toBase64() + "'";
}

QByteArray document(const QByteArray &title, const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<title>"
        + title + "</title><style>" + Style + "</style></head><body><main>" + body + "</main></body></html>\n";
}

} // namespace

QByteArray ApprovalPage::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;")).toUtf8();
}

QHttpServerResponse ApprovalPage::page(
    const QByteArray &title, const QByteArray &body, int status, const QByteArray &formAction)
{
    const QByteArray html = document(title, body);
    QHttpServerResponse response(
        QByteArrayLiteral("text/html; charset=utf-8"), html, static_cast<QHttpServerResponse::StatusCode>(status));
    // Nothing but the inline stylesheet and the page's own form, whose answer redirects to the
    // marketplace (browsers apply form-action to that redirect too).
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
        "default-src 'none'; style-src " + styleHash() + "; form-action " + formAction
            + "; frame-ancestors 'none'; base-uri 'none'");
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // same-origin keeps the Origin header on the form's POST (no-referrer would make it "null").
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("same-origin"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

QHttpServerResponse ApprovalPage::approval(const LoginAsOutcome &outcome)
{
    const bool live = outcome.environment == QLatin1String("live");
    QByteArray body = "<h1>Log in as a user?</h1>"
                      "<p>The marketplace asks to log you in as one of its users, to see what they see.</p><dl>"
                      "<dt>Application</dt><dd id=\"application\">"
        + escaped(outcome.applicationName) + "</dd><dt>User</dt><dd id=\"user\">" + escaped(outcome.userName) + " &lt;"
        + escaped(outcome.userEmail) + "&gt;</dd><dt>Environment</dt><dd><span id=\"environment\" class=\"env"
        + (live ? " env-live" : "") + "\">" + escaped(outcome.environment) + "</span></dd><dt>Marketplace</dt><dd>"
        + escaped(outcome.marketplaceOrigin) + "</dd></dl>";
    if (live)
        body += "<p class=\"note\">A live marketplace: the session is limited (scope user:limited).</p>";
    body += "<form method=\"post\" action=\"authorize-as\">"
            "<input type=\"hidden\" name=\"form_token\" value=\""
        + escaped(QString::fromLatin1(outcome.formToken))
        + "\"><div class=\"buttons\">"
          "<button type=\"submit\" class=\"approve\" name=\"decision\" value=\"approve\" "
          "id=\"approve\">Approve</button>"
          "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button></div></form>"
          "<p class=\"note\">The session lasts 30 minutes and cannot be refreshed. It is listed on AuthDesk's "
          "Sessions page, where it can be revoked.</p>";
    return page("Log in as a user - AuthDesk", body, 200, "'self' " + escaped(outcome.marketplaceOrigin));
}

QHttpServerResponse ApprovalPage::refusal(const QByteArray &message, int status)
{
    const QByteArray body = "<h1>This login cannot continue</h1><p id=\"message\">"
        + escaped(QString::fromLatin1(message))
        + "</p><p class=\"note\">Check the application's marketplace URL and client ID in AuthDesk.</p>";
    return page("Login refused - AuthDesk", body, status, "'none'");
}

QHttpServerResponse ApprovalPage::redirect(const QByteArray &location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader(QByteArrayLiteral("Location"), location);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

} // namespace authdesk
