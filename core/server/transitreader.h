#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace authdesk {

// Reads the Transit JSON that the Sharetribe SDK sends (both the default and the verbose form) into
// plain JSON: maps become objects keyed by name (keywords lose their "~:"), UUIDs and times become
// strings. Strict: anything it does not know (an unknown tag, a cache reference never defined, a map
// key that is not a string, nesting deeper than MaxDepth) is refused, never guessed.
class TransitReader
{
public:
    static constexpr int MaxDepth = 32;
    static constexpr int MaxCacheEntries = 44 * 44; // what a two-character cache code can name

    static Result<QJsonValue> read(const QByteArray &body);

private:
    explicit TransitReader(bool verbose)
        : m_verbose(verbose)
    { }

    Result<QJsonValue> value(const QJsonValue &node, int depth);
    Result<QJsonValue> array(const QJsonArray &array, int depth);
    Result<QJsonValue> map(const QJsonArray &entries, int depth);
    // A string after cache lookup and recording; asKey: in a map key's position.
    Result<QString> expand(const QString &text, bool asKey);
    Result<QJsonValue> scalar(const QString &text);
    Result<QString> key(const QJsonValue &node);

    bool m_verbose;
    QStringList m_cache;
};

} // namespace authdesk
