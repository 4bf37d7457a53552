#include "server/guardedsocket.h"

#include "server/serverlog.h"
#include "services/apierrors.h"

#include <chrono>
#include <sys/socket.h>

namespace authdesk {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    default:
        return QByteArrayLiteral("Error");
    }
}

// The catalogue's entry for each status the stream parser refuses with.
const apierrors::WireError &refusalFor(int status)
{
    switch (status) {
    case 405:
        return apierrors::MethodNotAllowed;
    case 408:
        return apierrors::RequestTimeout;
    case 411:
        return apierrors::LengthRequired;
    case 413:
        return apierrors::PayloadTooLarge;
    case 429:
        return apierrors::PipelineTooDeep;
    case 431:
        return apierrors::HeadersTooLarge;
    case 501:
        return apierrors::MethodNotImplemented;
    default:
        return apierrors::MalformedRequest;
    }
}

// The answers we write ourselves, before any route: JSON like every other answer, and the end of
// the connection.
QByteArray cannedResponse(int status, const QByteArray &allow = {})
{
    const QByteArray body = refusalFor(status).json();
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") + QByteArray::number(body.size())
        + (status == 429 ? QByteArrayLiteral("\r\nRetry-After: 1") : QByteArray())
        + (allow.isEmpty() ? QByteArray() : QByteArrayLiteral("\r\nAllow: ") + allow)
        + QByteArrayLiteral("\r\nCache-Control: no-store\r\nPragma: no-cache\r\nConnection: close\r\n\r\n") + body;
}

// Where "\r\n\r\n" starts in head, looking only at what may end at or after from; -1 if nowhere.
qsizetype blankLineAt(const std::string &head, qsizetype from)
{
    const char *bytes = head.data();
    for (qsizetype i = qMax<qsizetype>(from, 3); i < qsizetype(head.size()); ++i) {
        if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r')
            return i - 3;
    }
    return -1;
}

// The Content-Length of a response head, or -1.
qint64 contentLength(QByteArrayView head)
{
    while (!head.isEmpty()) {
        const qsizetype newline = head.indexOf('\n');
        const QByteArrayView line = newline < 0 ? head : head.first(newline);
        head = newline < 0 ? QByteArrayView() : head.sliced(newline + 1);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = line.sliced(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

} // namespace

GuardedSocket::GuardedSocket(
    const HttpLimits &limits, const SteadyClock &clock, std::shared_ptr<std::atomic<int>> openCount, QObject *parent)
    : QTcpSocket(parent)
    , m_limits(limits)
    , m_clock(clock)
    , m_openCount(std::move(openCount))
    , m_parser(limits)
    , m_requestDeadline(clock.nowMs() + limits.requestTimeoutMs) // a silent connection counts as slow
{
    // Unread input never exceeds one request of the largest size: a client that pipelines faster
    // than it is answered waits in its own kernel buffers (TCP flow control), not in our memory.
    setReadBufferSize(limits.maxBufferedBytes());
    connect(this, &QIODevice::bytesWritten, this, &GuardedSocket::halfCloseWhenWritten);
    connect(this, &QIODevice::bytesWritten, this, &GuardedSocket::updateReading);
}

GuardedSocket::~GuardedSocket()
{
    m_openCount->fetch_sub(1);
}

void GuardedSocket::onPreReadyRead()
{
    if (m_closing) {
        skip(bytesAvailable());
        return;
    }
    const qint64 available = bytesAvailable();
    if (m_deferredPending && available > 0) {
        // A pipelined request behind an answer that is still being computed: answering it first
        // would reorder the answers, so it is not read and the connection ends after the answer.
        m_closeWhenAnswered = true;
        if (m_http)
            QObject::disconnect(this, &QIODevice::readyRead, m_http, nullptr);
        skip(bytesAvailable());
        m_left = 0;
        return;
    }
    const qint64 fresh = available - m_left;
    if (fresh <= 0)
        return; // QHttpServer's own re-emission for a pipelined request: nothing new
    m_left = available;
    if (m_parser.finished() || m_parser.fault() != RequestStreamParser::Fault::None)
        return; // a close request or a fault ends the stream; QHttpServer is detached after its answer

    // Only the new bytes: while QHttpServer still has whole requests to answer, reading is paused
    // (updateReading), so nothing arrives behind them and `available` is the new bytes alone. The copy
    // is bounded by the read buffer either way, never the whole history of the connection.
    const QByteArray bytes = fresh == available ? peek(available) : peek(available).sliced(available - fresh);
    const quint64 startedBefore = m_parser.requestsStarted();
    const RequestStreamParser::Fault fault = m_parser.feed(bytes.constData(), bytes.size());
    const qint64 now = m_clock.nowMs();
    if (m_parser.requestsStarted() != startedBefore) {
        m_requestDeadline = now + m_limits.requestTimeoutMs;
        m_idleDeadline = 0;
    }
    if (!m_parser.inRequest() && m_parser.requestsStarted() > 0)
        m_requestDeadline = 0;

    if (fault != RequestStreamParser::Fault::None) {
        const int status = RequestStreamParser::statusFor(fault);
        if (m_parser.completed().empty())
            respondWithFault(status);
        else
            m_pendingFault = status; // answered once the requests before it are
        return;
    }
    if (m_parser.takeContinueWanted() && m_parser.completed().empty() && m_parser.inRequest())
        writeRaw(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void GuardedSocket::onPostReadyRead()
{
    if (m_closing)
        return;
    m_left = bytesAvailable();
    updateReading();
}

void GuardedSocket::updateReading()
{
    if (m_closing)
        return;
    // Pause while QHttpServer has whole requests left in the buffer (it answers one per readyRead)
    // or while the answers pile up unsent because the client does not read them; resume once both
    // have drained (the unsent answers to half the bound, so it does not flap).
    const bool backlog = m_left > 0 && !m_parser.completed().empty();
    const qint64 unsent = bytesToWrite();
    const bool pause
        = backlog || unsent > m_limits.maxUnsentBytes || (m_paused && unsent > m_limits.maxUnsentBytes / 2);
    if (pause == m_paused)
        return;
    m_paused = pause;
    // A read buffer of one byte that already holds bytes stops reading from the kernel.
    setReadBufferSize(pause ? 1 : m_limits.maxBufferedBytes());
}

void GuardedSocket::writeRaw(const QByteArray &bytes)
{
    m_raw = true;
    write(bytes);
    m_raw = false;
}

void GuardedSocket::respondWithFault(int status)
{
    // A method the server does not know, on a path it has: 405 with Allow, as for a known method.
    const QByteArray allow
        = status == 501 && m_allowedMethods ? m_allowedMethods(m_parser.unknownMethodTarget()) : QByteArray();
    if (!allow.isEmpty())
        status = 405;
    qCDebug(lcServer) << "answering" << status << "to" << peerAddress().toString() << "and closing";
    m_pendingFault = 0;
    const QByteArray response = cannedResponse(status, allow);
    const QByteArray &head = m_parser.faultHead();
    // Only a request whose request line arrived: noise (TLS, port scans) has no method or path to show.
    if (m_faultLog && head.contains(' '))
        m_faultLog(status, head, peerAddress().toString(), response.sliced(response.indexOf("\r\n\r\n") + 4));
    writeRaw(response);
    startClosing();
}

qint64 GuardedSocket::writeData(const char *data, qint64 len)
{
    if (m_raw)
        return QTcpSocket::writeData(data, len);
    if (m_closing)
        return len; // QHttpServer no longer owns the stream (e.g. a late answer after our 400): dropped
    return writeTracked(data, len);
}

qint64 GuardedSocket::writeTracked(const char *data, qint64 len)
{
    qint64 used = 0;
    while (used < len && !m_closing) {
        if (m_responseBodyLeft == -2) // no Content-Length: pass everything through
            return QTcpSocket::writeData(data + used, len - used) < 0 ? -1 : len;
        if (m_responseBodyLeft == -1) {
            // QHttpServerResponder writes the head in many small pieces (about 25 for an answer):
            // collect it whole. Per piece this is the hottest code of a small answer, hence a plain
            // buffer that keeps its capacity and a scan of only the new bytes for the blank line.
            const qsizetype before = qsizetype(m_responseHead.size());
            m_responseHead.append(data + used, size_t(len - used));
            const qsizetype end = blankLineAt(m_responseHead, before);
            if (end < 0)
                return len;
            used += end + 4 - before;
            m_responseHead.resize(size_t(end + 2)); // up to the last header's CRLF
            const bool close = !m_parser.completed().empty() && m_parser.completed().front().closeAfter;
            if (close || m_closeWhenAnswered || m_pendingFault != 0)
                m_responseHead += "Connection: close\r\n";
            m_responseHead += "\r\n";
            const bool written = QTcpSocket::writeData(m_responseHead.data(), qint64(m_responseHead.size())) >= 0;
            m_responseBodyLeft = contentLength(QByteArrayView(m_responseHead.data(), qsizetype(m_responseHead.size())));
            m_responseHead.clear(); // keeps the capacity
            if (!written)
                return -1;
            if (m_responseBodyLeft < 0) {
                m_responseBodyLeft = -2;
                continue;
            }
        } else {
            const qint64 take = qMin(m_responseBodyLeft, len - used);
            if (QTcpSocket::writeData(data + used, take) < 0)
                return -1;
            used += take;
            m_responseBodyLeft -= take;
        }
        if (m_responseBodyLeft == 0) {
            m_responseBodyLeft = -1;
            responseComplete();
        }
    }
    return len;
}

void GuardedSocket::responseComplete()
{
    bool close = false;
    if (!m_parser.completed().empty()) {
        close = m_parser.completed().front().closeAfter;
        m_parser.completed().pop_front();
    }
    m_deferredPending = false;
    const bool answeredAll = m_parser.completed().empty();
    if (close || m_closeWhenAnswered) { // requests pipelined behind a deferred answer are not read
        startClosing();
        return;
    }
    if (answeredAll && m_pendingFault != 0) {
        respondWithFault(m_pendingFault);
        return;
    }
    if (answeredAll && !m_parser.inRequest())
        m_idleDeadline = m_clock.nowMs() + m_limits.idleTimeoutMs;
    updateReading();
}

void GuardedSocket::startClosing()
{
    if (m_closing)
        return;
    m_closing = true;
    setReadBufferSize(m_limits.maxBufferedBytes()); // drain in large reads, even if reading was paused
    m_requestDeadline = 0;
    m_idleDeadline = 0;
    m_lingerDeadline = m_clock.nowMs() + m_limits.lingerMs;
    // QHttpServer must not read what follows (pitfall 1 of the note); its answers are dropped too.
    if (m_http)
        QObject::disconnect(this, &QIODevice::readyRead, m_http, nullptr);
    // This may run inside QHttpServer's own slot: drain and half-close once it has returned.
    QMetaObject::invokeMethod(this, &GuardedSocket::drainAndHalfClose, Qt::QueuedConnection);
}

void GuardedSocket::drainAndHalfClose()
{
    if (isTransactionStarted())
        commitTransaction();
    skip(bytesAvailable());
    m_left = 0;
    flush();
    halfCloseWhenWritten();
}

void GuardedSocket::halfCloseWhenWritten()
{
    // Lingering close: FIN once the answer is out, keep draining the input, so the client reads the
    // answer instead of a reset (pitfall 2 of the note). The sweep gives up after lingerMs.
    if (!m_closing || m_halfClosed || bytesToWrite() > 0 || state() != ConnectedState)
        return;
    m_halfClosed = true;
    ::shutdown(static_cast<int>(socketDescriptor()), SHUT_WR);
}

void GuardedSocket::sweep(qint64 now)
{
    if (m_lingerDeadline != 0 && now >= m_lingerDeadline) {
        m_lingerDeadline = 0;
        abort();
        deleteLater();
        return;
    }
    if (m_requestDeadline != 0 && now >= m_requestDeadline) {
        m_requestDeadline = 0;
        if (m_parser.requestsStarted() == 0 && !m_parser.inRequest()) {
            qCDebug(lcServer) << "closing a connection that sent nothing";
            startClosing();
        } else {
            qCDebug(lcServer) << "a request took too long to arrive";
            respondWithFault(408);
        }
        return;
    }
    if (m_idleDeadline != 0 && now >= m_idleDeadline) {
        m_idleDeadline = 0;
        startClosing();
    }
}

} // namespace authdesk
