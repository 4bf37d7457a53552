#include "storage/sqlsupport.h"

#include "storage/storagelog.h"

#include <QCoreApplication>
#include <QSqlError>

namespace authdesk::sql {

QVariant fromDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue(time.toMSecsSinceEpoch());
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromBlob(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    return QVariant::fromValue(bytes);
}

QVariant text(const QString &text)
{
    if (text.isNull())
        return QVariant::fromValue(QString(QLatin1String("")));
    return QVariant::fromValue(text);
}

QVariant fromText(const QString &text)
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant::fromValue(text);
}

QVariant fromOptional(const std::optional<qint64> &value)
{
    if (!value)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue(*value);
}

QVariant fromBool(bool value)
{
    return QVariant::fromValue(value ? 1 : 0);
}

QString likeContains(const QString &text)
{
    const QChar escape = QLatin1Char(LikeEscape);
    QString pattern;
    pattern.reserve(text.size() + 8);
    pattern += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == escape)
            pattern += escape;
        pattern += c;
    }
    pattern += QLatin1Char('%');
    return pattern;
}

bool run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Error failure(const QSqlQuery &query, const char *operation)
{
    qCWarning(lcStorage) << operation << "failed:" << query.lastError().text();
    return Error::storageUnavailable(
        QCoreApplication::translate("Storage", "The database is busy or unavailable. Try again in a moment."));
}

} // namespace authdesk::sql
