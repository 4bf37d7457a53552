#include "server/transit.h"

#include "domain/jsonwriter.h"

namespace authdesk::transit {

Writer::Writer(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void Writer::element()
{
    if (m_empty.isEmpty())
        return; // the document itself
    if (!m_empty.last())
        m_out.append(',');
    m_empty.last() = false;
}

Writer &Writer::beginArray()
{
    element();
    m_out.append('[');
    m_empty.append(true);
    return *this;
}

Writer &Writer::endArray()
{
    m_out.append(']');
    m_empty.removeLast();
    return *this;
}

Writer &Writer::beginMap()
{
    beginArray();
    m_out.append("\"^ \"");
    m_empty.last() = false;
    return *this;
}

Writer &Writer::endMap()
{
    return endArray();
}

void Writer::tagged(QByteArrayView tag, QByteArrayView utf8)
{
    element();
    QByteArray text;
    text.reserve(tag.size() + utf8.size());
    text.append(tag).append(utf8);
    appendJsonString(m_out, text);
}

Writer &Writer::keyword(QByteArrayView name)
{
    tagged("~:", name);
    return *this;
}

Writer &Writer::uuid(const QString &uuid)
{
    tagged("~u", uuid.toUtf8());
    return *this;
}

Writer &Writer::time(const QDateTime &time)
{
    tagged("~t", time.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    return *this;
}

Writer &Writer::string(const QString &text)
{
    const bool readAsTag
        = text.startsWith(QLatin1Char('~')) || text.startsWith(QLatin1Char('^')) || text.startsWith(QLatin1Char('`'));
    tagged(readAsTag ? QByteArrayView("~") : QByteArrayView(), text.toUtf8());
    return *this;
}

Writer &Writer::boolean(bool value)
{
    element();
    m_out.append(value ? "true" : "false");
    return *this;
}

Writer &Writer::number(qint64 value)
{
    element();
    m_out.append(QByteArray::number(value));
    return *this;
}

QByteArray Writer::finish()
{
    return std::move(m_out);
}

} // namespace authdesk::transit
