#pragma once

#include "services/tokendecision.h"

#include <QString>
#include <QUrl>

namespace authdesk {

// "Copy as curl" for a logged request: the same call, ready to paste into a POSIX shell, with every
// secret still "[redacted]" so that the clipboard never holds one.
class CurlCommand
{
public:
    static QString forDecision(const TokenDecision &decision, const QUrl &baseUrl);
    // Single-quotes a word for a POSIX shell.
    static QString shellQuote(const QString &word);
};

} // namespace authdesk
