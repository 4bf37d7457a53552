#pragma once

#include "server/httplimits.h"

#include <QByteArray>
#include <deque>
#include <utility>

namespace authdesk {

// Frames the HTTP/1.x requests of one connection, byte stream in, one request at a time, without
// keeping their bodies. It runs next to QHttpServer's own parser and is stricter than it, so every
// request it passes is read the same way by both, and everything else gets a status code instead
// of a silent close. It never reads the socket: GuardedSocket feeds it the bytes it peeked.
class RequestStreamParser
{
public:
    // A request whose head and body have arrived whole.
    struct Request
    {
        bool closeAfter = false; // Connection: close, or HTTP/1.0
    };

    enum class Fault {
        None,
        BadRequest, // 400: malformed request line or header
        LengthRequired, // 411: Transfer-Encoding
        PayloadTooLarge, // 413
        HeadersTooLarge, // 431
        NotImplemented, // 501: a method the server does not know (CONNECT included)
        TooManyPipelined, // 429: more requests read ahead of their answers than HttpLimits allows
    };

    explicit RequestStreamParser(const HttpLimits &limits);

    // Takes the next bytes of the stream; returns the first fault (and stays there).
    Fault feed(const char *data, qsizetype size);
    Fault fault() const { return m_fault; }

    // Requests completed by feed(), oldest first.
    std::deque<Request> &completed() { return m_completed; }
    // True between a request's first byte and its last.
    bool inRequest() const { return m_state == State::Head || m_state == State::Body; }
    // True once a request that closes the connection has been read: the rest of the stream is ignored.
    bool finished() const { return m_state == State::Done; }
    // Set when a head asked for `100 Continue` and the body may come; the caller sends it and clears it.
    bool takeContinueWanted() { return std::exchange(m_continueWanted, false); }
    // How many requests have started (their first byte arrived) so far.
    quint64 requestsStarted() const { return m_started; }

    static int statusFor(Fault fault);
    // After Fault::NotImplemented: the request target of that request (its path decides 405 or 501).
    const QByteArray &unknownMethodTarget() const { return m_unknownMethodTarget; }
    // After a fault: the head of the refused request as far as it was read (at most MaxFaultHead
    // bytes), for the request log; empty when the fault came before a request began.
    static constexpr qsizetype MaxFaultHead = 4096;
    const QByteArray &faultHead() const { return m_faultHead; }

private:
    enum class State { Between, Head, Body, Done };

    Fault fail(Fault fault);
    Fault headComplete();
    bool checkMethod(qsizetype from);

    HttpLimits m_limits;
    State m_state = State::Between;
    Fault m_fault = Fault::None;
    QByteArray m_head;
    QByteArray m_unknownMethodTarget;
    QByteArray m_faultHead;
    qint64 m_bodyLeft = 0;
    bool m_closeAfter = false;
    bool m_methodChecked = false;
    bool m_continueWanted = false;
    quint64 m_started = 0;
    std::deque<Request> m_completed;
};

} // namespace authdesk
