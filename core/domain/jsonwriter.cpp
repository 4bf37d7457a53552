#include "domain/jsonwriter.h"

namespace authdesk {

JsonObjectWriter::JsonObjectWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
    m_out.append('{');
}

void JsonObjectWriter::name(QByteArrayView name)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append('"').append(name).append("\":");
}

void JsonObjectWriter::string(QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    m_out.append('"');
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            m_out.append("\\u00").append(Hex[c >> 4]).append(Hex[c & 0xf]);
            break;
        }
    }
    m_out.append(utf8.sliced(plain));
    m_out.append('"');
}

JsonObjectWriter &JsonObjectWriter::add(QByteArrayView name, const QString &value)
{
    this->name(name);
    string(value.toUtf8());
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addUtf8(QByteArrayView name, QByteArrayView value)
{
    this->name(name);
    string(value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QByteArrayView name, qint64 value)
{
    this->name(name);
    m_out.append(QByteArray::number(value));
    return *this;
}

QByteArray JsonObjectWriter::finish()
{
    m_out.append('}');
    return std::move(m_out);
}

} // namespace authdesk
