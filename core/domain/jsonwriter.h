#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace authdesk {

// Appends utf8 as a JSON string, quoted and escaped as QJsonDocument escapes it (quote, backslash
// and control characters).
void appendJsonString(QByteArray &out, QByteArrayView utf8);

// Writes one flat JSON object, compact, members in the order they are added, straight into UTF-8
// bytes: for the hot answers (a JWT's claims, a token answer) whose members are known, where
// building a QJsonObject and serialising it costs more than signing the token. Strings are escaped
// as QJsonDocument escapes them (quote, backslash and control characters), so a reader sees the
// same values. Names must be plain ASCII that needs no escaping.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(qsizetype reserve = 256);

    JsonObjectWriter &add(QByteArrayView name, const QString &value);
    // value: UTF-8 (or ASCII, such as a token), escaped as needed.
    JsonObjectWriter &addUtf8(QByteArrayView name, QByteArrayView value);
    JsonObjectWriter &add(QByteArrayView name, qint64 value);

    // The object; the writer is spent.
    QByteArray finish();

private:
    void name(QByteArrayView name);
    void string(QByteArrayView utf8);

    QByteArray m_out;
    bool m_first = true;
};

} // namespace authdesk
