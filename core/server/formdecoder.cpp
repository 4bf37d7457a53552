#include "server/formdecoder.h"

#include "services/apierrors.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>

namespace authdesk {

namespace {

using apierrors::invalidRequest;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<QString> FormDecoder::decodeComponent(const QByteArray &component)
{
    // Most names and values need no unescaping: then the bytes are the component itself, shared.
    QByteArray bytes;
    if (component.contains('%') || component.contains('+')) {
        bytes.reserve(component.size());
        for (qsizetype i = 0; i < component.size(); ++i) {
            const char c = component.at(i);
            if (c == '+') {
                bytes.append(' ');
            } else if (c == '%') {
                if (i + 2 >= component.size())
                    return std::nullopt;
                const int high = hexValue(component.at(i + 1));
                const int low = hexValue(component.at(i + 2));
                if (high < 0 || low < 0)
                    return std::nullopt;
                bytes.append(static_cast<char>(high * 16 + low));
                i += 2;
            } else {
                bytes.append(c);
            }
        }
    } else {
        bytes = component;
    }
    // Invalid UTF-8 is refused, not replaced.
    if (!bytes.isValidUtf8())
        return std::nullopt;
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    // Names and values are kept exactly as sent: fromUtf8 and the decoder's default flags drop a
    // leading U+FEFF, which would make "%EF%BB%BFgrant_type" the name grant_type.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return QString(decoder.decode(bytes));
}

std::variant<DecodedForm, OAuthError> FormDecoder::decode(const QByteArray &body, const QStringList &knownNames)
{
    DecodedForm form;
    if (body.isEmpty())
        return form;
    const QList<QByteArray> parts = body.split('&');
    if (parts.size() > MaxParameters)
        return invalidRequest("The request has too many parameters.",
            AuditReason("FormDecoder", QT_TRANSLATE_NOOP("FormDecoder", "more than 64 parameters")));
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray rawName = equals < 0 ? part : part.left(equals);
        const QByteArray rawValue = equals < 0 ? QByteArray() : part.mid(equals + 1);
        if (rawName.size() > MaxParameterLength || rawValue.size() > MaxParameterLength * 3) {
            return invalidRequest("A parameter is too long.",
                AuditReason("FormDecoder", QT_TRANSLATE_NOOP("FormDecoder", "a parameter is longer than 4 KiB")));
        }
        const std::optional<QString> name = decodeComponent(rawName);
        const std::optional<QString> value = decodeComponent(rawValue);
        if (!name || !value) {
            return invalidRequest("The request body is not valid form encoding.",
                AuditReason("FormDecoder",
                    QT_TRANSLATE_NOOP("FormDecoder", "a bad percent escape or invalid UTF-8 in the body")));
        }
        if (value->toUtf8().size() > MaxParameterLength || name->toUtf8().size() > MaxParameterLength)
            return invalidRequest("A parameter is too long.",
                AuditReason("FormDecoder", QT_TRANSLATE_NOOP("FormDecoder", "a parameter is longer than 4 KiB")));
        const auto forbidden
            = [](QChar c) { return c == QChar(0) || c == QLatin1Char('\r') || c == QLatin1Char('\n'); };
        if (std::any_of(name->cbegin(), name->cend(), forbidden)
            || std::any_of(value->cbegin(), value->cend(), forbidden)) {
            return invalidRequest("The request body contains a forbidden character.",
                AuditReason("FormDecoder", QT_TRANSLATE_NOOP("FormDecoder", "a NUL, CR or LF in a parameter")));
        }
        if (form.values.contains(*name)) {
            if (knownNames.contains(*name)) {
                return invalidRequest("A parameter is repeated.",
                    AuditReason("FormDecoder",
                        QT_TRANSLATE_NOOP("FormDecoder", "the parameter %1 appears more than once"), { *name }));
            }
        } else {
            form.values.insert(*name, *value);
        }
        form.pairs.append({ *name, *value });
    }
    return form;
}

bool FormDecoder::isFormContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/x-www-form-urlencoded")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.isEmpty())
            continue;
        if (parameter.startsWith("charset=")) {
            QByteArray charset = parameter.mid(8);
            if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2)
                charset = charset.mid(1, charset.size() - 2);
            if (charset != "utf-8" && charset != "utf8")
                return false;
        }
    }
    return true;
}

} // namespace authdesk
