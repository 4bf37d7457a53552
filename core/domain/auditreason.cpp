#include "domain/auditreason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk {

namespace {

// Substitutes %1..%9 in one pass, so an argument that itself contains "%2" is left as it is.
QString substitute(const QString &text, const QStringList &arguments, std::optional<int> count)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (count && next == QLatin1Char('n')) {
                result += QString::number(*count);
                ++i;
                continue;
            }
            const int digit = next.digitValue();
            if (digit >= 1 && digit <= arguments.size()) {
                result += arguments.at(digit - 1);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

} // namespace

AuditReason::AuditReason(
    const char *translationContext, const char *sourceText, QStringList substituted, std::optional<int> number)
    : context(QString::fromUtf8(translationContext))
    , source(QString::fromUtf8(sourceText))
    , arguments(std::move(substituted))
    , count(number)
{ }

QString AuditReason::english() const
{
    return substitute(source, arguments, count);
}

QString AuditReason::translated() const
{
    const QByteArray contextUtf8 = context.toUtf8();
    const QByteArray sourceUtf8 = source.toUtf8();
    // translate() substitutes %n itself; without a translator it returns the source.
    const QString text
        = QCoreApplication::translate(contextUtf8.constData(), sourceUtf8.constData(), nullptr, count.value_or(-1));
    return substitute(text, arguments, std::nullopt);
}

QString AuditReason::toKey() const
{
    QJsonObject key { { QStringLiteral("context"), context }, { QStringLiteral("source"), source } };
    if (!arguments.isEmpty())
        key.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    if (count)
        key.insert(QStringLiteral("count"), *count);
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

std::optional<AuditReason> AuditReason::fromKey(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(key.toUtf8());
    const QJsonObject object = document.object();
    if (!object.value(QLatin1String("context")).isString() || !object.value(QLatin1String("source")).isString())
        return std::nullopt;
    AuditReason reason;
    reason.context = object.value(QLatin1String("context")).toString();
    reason.source = object.value(QLatin1String("source")).toString();
    for (const QJsonValue &argument : object.value(QLatin1String("arguments")).toArray())
        reason.arguments << argument.toString();
    if (object.contains(QLatin1String("count")))
        reason.count = object.value(QLatin1String("count")).toInt();
    return reason;
}

} // namespace authdesk
