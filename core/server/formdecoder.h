#pragma once

#include "services/oauth.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace authdesk {

// An application/x-www-form-urlencoded body, decoded strictly (spec section 3, check 5).
struct DecodedForm
{
    QList<QPair<QString, QString>> pairs; // in order, as sent
    QHash<QString, QString> values; // the first value of each name
};

class FormDecoder
{
public:
    static constexpr qsizetype MaxParameterLength = 4096;
    static constexpr qsizetype MaxParameters = 64;

    // knownNames may not repeat. '+' decodes to a space.
    static std::variant<DecodedForm, OAuthError> decode(const QByteArray &body, const QStringList &knownNames);
    // Percent-decodes one form component: nullopt for a bad escape or invalid UTF-8.
    static std::optional<QString> decodeComponent(const QByteArray &component);
    // Whether a Content-Type header is a form (a charset parameter, if any, must be UTF-8).
    static bool isFormContentType(const QByteArray &contentType);
};

} // namespace authdesk
