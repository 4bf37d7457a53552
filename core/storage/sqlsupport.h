#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

// Conversions between domain values and SQL values, shared by the repositories so that every table
// stores times, flags and hashes the same way on SQLite and PostgreSQL.
namespace authdesk::sql {

// Times are BIGINT milliseconds since the epoch (UTC); a null QDateTime is SQL NULL.
QVariant fromDateTime(const QDateTime &time);
QDateTime toDateTime(const QVariant &value);

// Hashes are BLOBs; an empty QByteArray is SQL NULL.
QVariant fromBlob(const QByteArray &bytes);
// Text of a NOT NULL column: never SQL NULL, because the drivers bind a null QString as NULL.
QVariant text(const QString &text);
// Text of a nullable column: an empty QString is SQL NULL.
QVariant fromText(const QString &text);
QVariant fromOptional(const std::optional<qint64> &value);
QVariant fromBool(bool value);

// The escape character of every LIKE pattern built by likeContains(). Neither '\\' (whose meaning in
// string literals differs between engines and settings) nor a character that is common in e-mails.
inline constexpr char LikeEscape = '!';
// A LIKE pattern that matches `text` anywhere, with %, _ and the escape character taken literally;
// use it with ` ESCAPE '!'`.
QString likeContains(const QString &text);

// Prepares `statement`, binds `values` to its positional placeholders in order and runs it; false
// when any step failed (the caller then returns failure()).
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values = {});
// Logs the driver's text (never bound values) and returns the user-facing error, which names neither
// SQL nor values: the people who read it can only retry or check the database.
Error failure(const QSqlQuery &query, const char *operation);

} // namespace authdesk::sql
