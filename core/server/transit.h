#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace authdesk::transit {

// Transit JSON (non-verbose), the format of the Marketplace API that the Sharetribe SDK decodes:
// a map is an array that starts with "^ ", keywords are "~:name", UUIDs "~u...", times "~t...".
using Entries = QList<QPair<QString, QJsonValue>>;

QJsonValue map(const Entries &entries); // keys are written as keywords
QJsonValue keyword(const QString &name);
QJsonValue uuid(const QString &uuid);
QJsonValue time(const QDateTime &time);
// A string value, escaped where it could be read as a tag.
QJsonValue string(const QString &text);

} // namespace authdesk::transit
