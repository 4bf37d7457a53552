#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>

namespace authdesk {

// One response as it came over the wire.
struct RawResponse
{
    int status = 0; // 0: none (closed or timed out first)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// A blocking raw HTTP/1.1 client for tests that must send what a well-behaved client never would
// (malformed heads, pipelining, slow or partial requests). The server runs on its own thread, so
// blocking here is fine.
class RawConnection
{
public:
    explicit RawConnection(quint16 port);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // The next response (head and Content-Length body), or status 0 after timeoutMs or EOF.
    RawResponse readResponse(int timeoutMs = 5000);
    // True when the server closes (EOF) within timeoutMs, having sent nothing more meanwhile;
    // extra bytes are kept in unexpected().
    bool waitForClose(int timeoutMs = 5000);
    const QByteArray &unexpected() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

    // A request with Host: 127.0.0.1:port and the given extra header lines (each ending in \r\n).
    static QByteArray request(const QByteArray &method, const QByteArray &path, quint16 port,
        const QByteArray &extraHeaders = {}, const QByteArray &body = {});

private:
    bool fill(QElapsedTimer &timer, int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_eof = false;
};

} // namespace authdesk
