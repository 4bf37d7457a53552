#include "domain/auditreason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk {

namespace {

// Substitutes %1..%99 in one pass, so an argument that itself contains "%2" is left as it is. Two digits
// are read as one number only where there are that many arguments, as QString::arg() reads them.
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
            int digit = next.digitValue();
            int length = 1;
            if (digit >= 1 && i + 2 < text.size()) {
                if (const int second = text.at(i + 2).digitValue();
                    second >= 0 && digit * 10 + second <= arguments.size()) {
                    digit = digit * 10 + second;
                    length = 2;
                }
            }
            if (digit >= 1 && digit <= arguments.size()) {
                result += arguments.at(digit - 1);
                i += length;
                continue;
            }
        }
        result += c;
    }
    return result;
}

QJsonValue toJson(const AuditReason &reason)
{
    if (reason.verbatim)
        return reason.data;
    QJsonObject key { { QStringLiteral("context"), QString::fromUtf8(reason.context) },
        { QStringLiteral("source"), QString::fromUtf8(reason.source) } };
    if (!reason.arguments.empty()) {
        QJsonArray arguments;
        for (const AuditReason &argument : reason.arguments)
            arguments.append(toJson(argument));
        key.insert(QStringLiteral("arguments"), arguments);
    }
    if (reason.count)
        key.insert(QStringLiteral("count"), *reason.count);
    return key;
}

// Nesting deeper than any reason the services write is not a reason.
constexpr int MaxDepth = 8;

std::optional<AuditReason> fromJson(const QJsonValue &value, int depth)
{
    if (value.isString())
        return AuditReason(value.toString());
    const QJsonObject object = value.toObject();
    if (depth > MaxDepth || !object.value(QLatin1String("context")).isString()
        || !object.value(QLatin1String("source")).isString())
        return std::nullopt;
    AuditReason reason;
    reason.context = object.value(QLatin1String("context")).toString().toUtf8();
    reason.source = object.value(QLatin1String("source")).toString().toUtf8();
    for (const QJsonValue &argument : object.value(QLatin1String("arguments")).toArray()) {
        std::optional<AuditReason> read = fromJson(argument, depth + 1);
        if (!read)
            return std::nullopt;
        reason.arguments.push_back(std::move(*read));
    }
    if (object.contains(QLatin1String("count")))
        reason.count = object.value(QLatin1String("count")).toInt();
    return reason;
}

// A string literal, not copied: it lives as long as the program.
QByteArray literal(const char *text)
{
    return QByteArray::fromRawData(text, qsizetype(qstrlen(text)));
}

} // namespace

AuditReason::AuditReason(const QString &value)
    : data(value)
    , verbatim(true)
{ }

AuditReason::AuditReason(const char *translationContext, const char *sourceText, std::vector<AuditReason> substituted,
    std::optional<int> number)
    : context(literal(translationContext))
    , source(literal(sourceText))
    , arguments(std::move(substituted))
    , count(number)
{ }

AuditReason AuditReason::composed(const QString &pattern, std::vector<AuditReason> parts)
{
    AuditReason reason;
    reason.source = pattern.toUtf8();
    reason.arguments = std::move(parts);
    return reason;
}

AuditReason AuditReason::joined(const std::vector<AuditReason> &parts, const QString &separator)
{
    QStringList placeholders;
    for (size_t i = 1; i <= parts.size(); ++i)
        placeholders << QLatin1Char('%') + QString::number(i);
    return composed(placeholders.join(separator), parts);
}

QString AuditReason::english() const
{
    if (verbatim)
        return data;
    const QString text = QString::fromUtf8(source);
    if (arguments.empty() && !count)
        return text;
    QStringList texts;
    for (const AuditReason &argument : arguments)
        texts << argument.english();
    return substitute(text, texts, count);
}

QString AuditReason::translated() const
{
    if (verbatim)
        return data;
    QStringList texts;
    for (const AuditReason &argument : arguments)
        texts << argument.translated();
    if (context.isEmpty())
        return substitute(QString::fromUtf8(source), texts, count);
    // translate() substitutes %n itself; without a translator it returns the source. Both texts end in
    // a NUL: a literal's does, and so does every QByteArray that owns its bytes.
    const QString text
        = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count.value_or(-1));
    return substitute(text, texts, std::nullopt);
}

AuditReason AuditReason::bounded(qsizetype maxChars) const
{
    if (verbatim) {
        if (data.size() <= maxChars)
            return *this;
        return AuditReason(data.left(maxChars) + QChar(0x2026)); // …
    }
    AuditReason kept = *this;
    for (AuditReason &argument : kept.arguments)
        argument = argument.bounded(maxChars);
    return kept;
}

qsizetype AuditReason::size() const
{
    qsizetype chars = verbatim ? data.size() : source.size();
    for (const AuditReason &argument : arguments)
        chars += argument.size();
    return chars;
}

QString AuditReason::toKey() const
{
    const QJsonValue key = toJson(*this);
    // A reason that is data alone is kept as an object too, so that every key reads as one.
    const QJsonObject object = key.isObject()
        ? key.toObject()
        : QJsonObject { { QStringLiteral("context"), QString() }, { QStringLiteral("source"), QStringLiteral("%1") },
              { QStringLiteral("arguments"), QJsonArray { key } } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<AuditReason> AuditReason::fromKey(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(key.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return fromJson(document.object(), 0);
}

} // namespace authdesk
