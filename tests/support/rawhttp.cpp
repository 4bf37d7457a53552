#include "rawhttp.h"

#include <QNetworkProxy>

namespace authdesk {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawConnection::RawConnection(quint16 port)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    m_socket.waitForConnected(5000);
}

void RawConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(2000);
}

bool RawConnection::fill(QElapsedTimer &timer, int timeoutMs)
{
    if (m_eof)
        return false;
    const qint64 left = timeoutMs - timer.elapsed();
    if (left <= 0)
        return false;
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(static_cast<int>(left))) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            m_eof = true;
        m_buffer += m_socket.readAll();
        return false;
    }
    m_buffer += m_socket.readAll();
    return true;
}

RawResponse RawConnection::readResponse(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    RawResponse response;
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(timer, timeoutMs) && m_buffer.indexOf("\r\n\r\n") < 0)
            return response;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append({ lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
    }
    m_buffer.remove(0, end + 4);
    const qsizetype length = response.header("Content-Length").toLongLong();
    while (m_buffer.size() < length) {
        if (!fill(timer, timeoutMs) && m_buffer.size() < length)
            return response;
    }
    response.body = m_buffer.left(length);
    m_buffer.remove(0, length);
    response.status = statusLine.value(1).toInt();
    return response;
}

bool RawConnection::waitForClose(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_eof) {
        if (!fill(timer, timeoutMs) && !m_eof)
            return false;
    }
    return m_buffer.isEmpty();
}

QByteArray RawConnection::request(const QByteArray &method, const QByteArray &path, quint16 port,
    const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + QByteArrayLiteral(" HTTP/1.1\r\nHost: 127.0.0.1:")
        + QByteArray::number(port) + QByteArrayLiteral("\r\n") + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        bytes += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n");
    return bytes + QByteArrayLiteral("\r\n") + body;
}

} // namespace authdesk
