#include "server/transit.h"

namespace authdesk::transit {

QJsonValue map(const Entries &entries)
{
    QJsonArray array { QStringLiteral("^ ") };
    for (const auto &[key, value] : entries) {
        array.append(keyword(key));
        array.append(value);
    }
    return array;
}

QJsonValue keyword(const QString &name)
{
    return QString(QStringLiteral("~:") + name);
}

QJsonValue uuid(const QString &uuid)
{
    return QString(QStringLiteral("~u") + uuid);
}

QJsonValue time(const QDateTime &time)
{
    return QString(QStringLiteral("~t") + time.toUTC().toString(Qt::ISODateWithMs));
}

QJsonValue string(const QString &text)
{
    if (text.startsWith(QLatin1Char('~')) || text.startsWith(QLatin1Char('^')) || text.startsWith(QLatin1Char('`')))
        return QString(QLatin1Char('~') + text);
    return text;
}

} // namespace authdesk::transit
