#include "domain/jsonwriter.h"

namespace authdesk {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00").append(Hex[c >> 4]).append(Hex[c & 0xf]);
            break;
        }
    }
    out.append(utf8.sliced(plain));
    out.append('"');
}

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
    appendJsonString(m_out, utf8);
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
