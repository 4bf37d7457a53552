#pragma once

#include "domain/steadyclock.h"
#include "server/httplimits.h"
#include "server/requeststreamparser.h"

#include <QPointer>
#include <QTcpSocket>
#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace authdesk {

// One client connection, as QHttpServer 6.4 uses it, with the limits of spec section 5 around it
// (recipe and measurements: shared/notes/qt-6.4-http-limits.md). Its first readyRead slot runs before
// QHttpServer's and only peek()s the new bytes into a RequestStreamParser: a fault is answered with a
// canned status (400, 411, 413, 431, 501) and QHttpServer never sees the bytes. writeData() sees
// where each response ends, so `Connection: close` and HTTP/1.0 are honoured and the idle time
// starts. Deadlines are checked by GuardedTcpServer's sweep. QHttpServer owns the socket's
// lifetime (it deletes the socket on disconnect).
class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    // clock: what the deadlines are measured by; it must outlive the socket.
    GuardedSocket(const HttpLimits &limits, const SteadyClock &clock, std::shared_ptr<std::atomic<int>> openCount,
        QObject *parent);
    ~GuardedSocket() override;

    // The methods a path answers, as an Allow value; empty for an unknown path (see Routes::install).
    using AllowedMethods = std::function<QByteArray(QByteArrayView path)>;

    // The QHttpServer that reads this socket: detached from readyRead once we answer ourselves.
    void attach(QObject *http) { m_http = http; }
    // A method QHttpServer cannot route gets 405 with Allow on a known path, 501 elsewhere.
    void setAllowedMethods(AllowedMethods allowed) { m_allowedMethods = std::move(allowed); }
    // Told of every request this socket refuses itself once its request line was read: the status,
    // the head as received (possibly cut), the peer's address and the answer's body.
    using FaultLog
        = std::function<void(int status, const QByteArray &head, const QString &peer, const QByteArray &body)>;
    void setFaultLog(FaultLog log) { m_faultLog = std::move(log); }
    // A route that answers later (from another thread) calls this; a pipelined request that
    // arrives meanwhile is not read, and the connection closes after the answer (no reordering).
    void beginDeferredResponse() { m_deferredPending = true; }

    // Connected to readyRead before and after QHttpServer's own slot.
    void onPreReadyRead();
    void onPostReadyRead();
    // Closes the connection when one of its deadlines has passed. now: the clock's nowMs().
    void sweep(qint64 now);

protected:
    qint64 writeData(const char *data, qint64 len) override;

private:
    void writeRaw(const QByteArray &bytes);
    void respondWithFault(int status);
    void responseComplete();
    void startClosing();
    void drainAndHalfClose();
    void halfCloseWhenWritten();
    void updateReading();
    qint64 writeTracked(const char *data, qint64 len);

    HttpLimits m_limits;
    const SteadyClock &m_clock;
    std::shared_ptr<std::atomic<int>> m_openCount;
    QPointer<QObject> m_http;
    AllowedMethods m_allowedMethods;
    FaultLog m_faultLog;
    RequestStreamParser m_parser;
    qint64 m_left = 0; // bytes that QHttpServer had not consumed after its last slot
    int m_pendingFault = 0; // a fault behind requests that are still being answered
    bool m_deferredPending = false;
    bool m_closeWhenAnswered = false;
    bool m_closing = false;
    bool m_halfClosed = false;
    bool m_raw = false; // our own writes bypass the response tracker
    bool m_paused = false; // not reading from the kernel (see updateReading)
    // The response being written: its head until complete, then the body bytes still due.
    std::string m_responseHead;
    qint64 m_responseBodyLeft = -1; // -1: collecting a head; -2: no Content-Length, not tracked
    qint64 m_requestDeadline = 0; // 0: none
    qint64 m_idleDeadline = 0;
    qint64 m_lingerDeadline = 0;
};

} // namespace authdesk
