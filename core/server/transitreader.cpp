#include "server/transitreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace authdesk {

namespace {

constexpr int CacheBase = 44;
constexpr char16_t CacheDigitZero = u'0';

Error malformed(const char *why)
{
    return Error::invalidArgument(QCoreApplication::translate("authdesk::TransitReader", why));
}

// Transit caches map keys, keywords, symbols and tags longer than three characters (its spec,
// "Caching"): the reader must record the same strings the writer did, in the same order.
bool isCacheable(const QString &text, bool asKey)
{
    if (text.size() <= 3)
        return false;
    return asKey || text.startsWith(QLatin1String("~:")) || text.startsWith(QLatin1String("~$"))
        || text.startsWith(QLatin1String("~#"));
}

bool isCacheReference(const QString &text)
{
    return text.size() >= 2 && text.size() <= 3 && text.at(0) == QLatin1Char('^') && text != QLatin1String("^ ");
}

std::optional<int> cacheIndex(const QString &reference)
{
    int index = 0;
    for (qsizetype i = 1; i < reference.size(); ++i) {
        const int digit = reference.at(i).unicode() - CacheDigitZero;
        if (digit < 0 || digit >= CacheBase)
            return std::nullopt;
        index = index * CacheBase + digit;
    }
    return index;
}

} // namespace

Result<QJsonValue> TransitReader::read(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed("The body is not JSON.");
    if (!document.isArray() && !document.isObject())
        return malformed("The body is not a Transit map.");
    // Verbose Transit writes maps as JSON objects and caches nothing.
    TransitReader reader(document.isObject());
    return reader.value(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
}

Result<QJsonValue> TransitReader::value(const QJsonValue &node, int depth)
{
    if (depth > MaxDepth)
        return malformed("The Transit body is nested too deeply.");
    switch (node.type()) {
    case QJsonValue::Array:
        return array(node.toArray(), depth + 1);
    case QJsonValue::Object: {
        if (!m_verbose)
            return malformed("A JSON object is not Transit in the compact form.");
        const QJsonObject object = node.toObject();
        QJsonObject out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const Result<QString> name = key(QJsonValue(it.key()));
            if (!name)
                return name.error();
            const Result<QJsonValue> item = value(it.value(), depth + 1);
            if (!item)
                return item;
            out.insert(*name, *item);
        }
        return QJsonValue(out);
    }
    case QJsonValue::String: {
        const Result<QString> text = expand(node.toString(), false);
        if (!text)
            return text.error();
        return scalar(*text);
    }
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return node;
    case QJsonValue::Undefined:
        break;
    }
    return malformed("The Transit body holds an unknown value.");
}

Result<QJsonValue> TransitReader::array(const QJsonArray &items, int depth)
{
    if (!items.isEmpty() && items.first().isString() && items.first().toString() == QLatin1String("^ "))
        return map(items, depth);
    if (items.size() == 2 && items.first().isString()) {
        const Result<QString> tag = expand(items.first().toString(), false);
        if (!tag)
            return tag.error();
        if (tag->startsWith(QLatin1String("~#")))
            return malformed("The Transit body holds a tagged value this reader does not know.");
        // Not a tag: an ordinary two-element array whose first string was already expanded.
        QJsonArray out { QJsonValue() };
        const Result<QJsonValue> first = scalar(*tag);
        if (!first)
            return first;
        out[0] = *first;
        const Result<QJsonValue> second = value(items.at(1), depth);
        if (!second)
            return second;
        out.append(*second);
        return QJsonValue(out);
    }
    QJsonArray out;
    for (const QJsonValue &item : items) {
        const Result<QJsonValue> decoded = value(item, depth);
        if (!decoded)
            return decoded;
        out.append(*decoded);
    }
    return QJsonValue(out);
}

Result<QJsonValue> TransitReader::map(const QJsonArray &entries, int depth)
{
    if (entries.size() % 2 != 1)
        return malformed("A Transit map has a key without a value.");
    QJsonObject out;
    for (qsizetype i = 1; i < entries.size(); i += 2) {
        const Result<QString> name = key(entries.at(i));
        if (!name)
            return name.error();
        if (out.contains(*name))
            return malformed("A Transit map repeats a key.");
        const Result<QJsonValue> item = value(entries.at(i + 1), depth);
        if (!item)
            return item;
        out.insert(*name, *item);
    }
    return QJsonValue(out);
}

Result<QString> TransitReader::key(const QJsonValue &node)
{
    if (!node.isString())
        return malformed("A Transit map key is not a string or keyword.");
    const Result<QString> text = expand(node.toString(), true);
    if (!text)
        return text;
    if (text->startsWith(QLatin1String("~:")) || text->startsWith(QLatin1String("~$")))
        return text->mid(2);
    if (text->startsWith(QLatin1String("~~")) || text->startsWith(QLatin1String("~^")))
        return text->mid(1);
    if (text->startsWith(QLatin1Char('~')))
        return malformed("A Transit map key has a type this reader does not take.");
    return *text;
}

Result<QString> TransitReader::expand(const QString &text, bool asKey)
{
    if (!m_verbose && isCacheReference(text)) {
        const std::optional<int> index = cacheIndex(text);
        if (!index || *index >= m_cache.size())
            return malformed("The Transit body refers to a cache entry it never defined.");
        return m_cache.at(*index);
    }
    if (!m_verbose && isCacheable(text, asKey)) {
        if (m_cache.size() == MaxCacheEntries)
            m_cache.clear(); // as the writer does when its cache is full
        m_cache.append(text);
    }
    return text;
}

Result<QJsonValue> TransitReader::scalar(const QString &text)
{
    if (!text.startsWith(QLatin1Char('~')))
        return QJsonValue(text);
    if (text.size() < 2)
        return malformed("A Transit string ends after its escape.");
    const QString rest = text.mid(2);
    switch (text.at(1).unicode()) {
    case u'~':
    case u'^':
    case u'`':
        return QJsonValue(text.mid(1));
    case u':':
    case u'$':
        return QJsonValue(rest);
    case u'_':
        return QJsonValue(QJsonValue::Null);
    case u'?':
        if (rest == QLatin1String("t") || rest == QLatin1String("f"))
            return QJsonValue(rest == QLatin1String("t"));
        break;
    case u'u':
        if (!QUuid::fromString(rest).isNull() && rest.size() == 36)
            return QJsonValue(rest);
        break;
    case u't':
        if (QDateTime::fromString(rest, Qt::ISODateWithMs).isValid())
            return QJsonValue(rest);
        break;
    case u'i': {
        bool ok = false;
        const qlonglong number = rest.toLongLong(&ok);
        if (ok)
            return QJsonValue(number);
        break;
    }
    case u'd': {
        bool ok = false;
        const double number = rest.toDouble(&ok);
        if (ok)
            return QJsonValue(number);
        break;
    }
    default:
        return malformed("The Transit body holds a type this reader does not know.");
    }
    return malformed("A Transit value does not have the form its type needs.");
}

} // namespace authdesk
