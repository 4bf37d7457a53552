#include "ui/curlcommand.h"

#include "services/requestlog.h"

#include <algorithm>

namespace authdesk {

namespace {

// Characters that a form value may hold as they are. Anything else goes through --data-urlencode,
// so that a value such as "a&b=c" reaches the server as one value, as it did in the logged request.
bool sendsAsIs(const QString &value)
{
    for (const QChar c : value) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u"-._~:/@[]").contains(c);
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QString CurlCommand::shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::forDecision(const TokenDecision &decision, const QUrl &baseUrl)
{
    QString base = baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("http://127.0.0.1:8787");
    const QString endpoint = decision.endpoint.isEmpty() ? QStringLiteral("token") : decision.endpoint;
    const QString path = decision.path.isEmpty() ? QStringLiteral("/v1/auth/") + endpoint : decision.path;
    const QString method = decision.method.isEmpty() ? QStringLiteral("POST") : decision.method;
    const bool plainMethod = !method.isEmpty()
        && std::all_of(method.cbegin(), method.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    QStringList parts { QStringLiteral("curl"), QStringLiteral("-X ") + (plainMethod ? method : shellQuote(method)),
        shellQuote(base + path) };
    // A browser's Origin decides a CORS refusal: the command sends it too.
    if (!decision.origin.isEmpty())
        parts << QStringLiteral("-H") << shellQuote(QStringLiteral("Origin: ") + decision.origin);
    if (decision.usedBasicAuth)
        parts << QStringLiteral("-u") << shellQuote(decision.clientId + QStringLiteral(":[redacted]"));
    // Redacted again: the clipboard leaves AuthDesk, so it must not depend on the caller having done it.
    for (const auto &[name, value] : RequestLog::redact(decision.parameters)) {
        const QString option = sendsAsIs(value) ? QStringLiteral("-d") : QStringLiteral("--data-urlencode");
        parts << option << shellQuote(name + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace authdesk
