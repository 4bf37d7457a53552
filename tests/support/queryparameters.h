#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <algorithm>

namespace authdesk {

// The parameters of a request a test builds, in order.
using QueryParameters = QList<QPair<QString, QString>>;

// params with each change applied: it replaces the parameter of its name, drops it when its value is
// empty, or else is added.
inline QueryParameters withChanges(QueryParameters params, const QueryParameters &changes)
{
    for (const auto &[name, value] : changes) {
        auto it = std::find_if(params.begin(), params.end(), [&](const auto &p) { return p.first == name; });
        if (it == params.end())
            params.append({ name, value });
        else if (value.isEmpty())
            params.erase(it);
        else
            it->second = value;
    }
    return params;
}

// name=value&..., the values percent-encoded: a query or a form body.
inline QByteArray encodedParameters(const QueryParameters &params)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : params)
        pairs << name.toUtf8() + '=' + QUrl::toPercentEncoding(value);
    return pairs.join('&');
}

} // namespace authdesk
