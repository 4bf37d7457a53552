#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

namespace authdesk::transit {

// Writes Transit JSON (non-verbose), the format of the Marketplace API that the Sharetribe SDK
// decodes, straight into UTF-8: a map is an array that starts with "^ ", keywords are "~:name",
// UUIDs "~u...", times "~t...". The API's answers have a fixed shape, and building them as
// QJsonArrays and serialising those cost a fifth of a current_user/show (callgrind), so the answer
// is written in one pass. Calls must nest properly; names are plain ASCII.
class Writer
{
public:
    explicit Writer(qsizetype reserve = 512);

    Writer &beginMap();
    Writer &endMap();
    Writer &beginArray();
    Writer &endArray();
    // A map's key: written as a keyword.
    Writer &key(QByteArrayView name) { return keyword(name); }
    Writer &keyword(QByteArrayView name);
    Writer &uuid(const QString &uuid);
    Writer &time(const QDateTime &time);
    // A string value, escaped where it could be read as a tag.
    Writer &string(const QString &text);
    Writer &boolean(bool value);
    Writer &number(qint64 value);

    // The document; the writer is spent.
    QByteArray finish();

private:
    // The comma before an element that is not the first of its array.
    void element();
    void tagged(QByteArrayView tag, QByteArrayView utf8);

    QByteArray m_out;
    QVarLengthArray<bool, 8> m_empty; // per open array: no element written yet
};

} // namespace authdesk::transit
