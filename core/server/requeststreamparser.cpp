#include "server/requeststreamparser.h"

#include <QList>

namespace authdesk {

namespace {

// RFC 9110 tchar: the bytes of a method or a header name.
bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// A request target: visible ASCII only.
bool isTarget(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e)
            return false;
    }
    return true;
}

// A field value: no control characters but HT; obs-text (0x80 and above) is allowed.
bool isFieldValue(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isKnownMethod(QByteArrayView method)
{
    // The methods QHttpServer 6.4 routes. TRACE is not among them: it reaches no route (a 404 on
    // every path), so it is answered here like any other method the server does not know.
    static const QByteArrayView known[] = { "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH" };
    for (const QByteArrayView m : known) {
        if (method == m)
            return true;
    }
    return false;
}

QList<QByteArray> commaTokens(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &part : value.split(','))
        tokens.append(part.trimmed().toLower());
    return tokens;
}

} // namespace

RequestStreamParser::RequestStreamParser(const HttpLimits &limits)
    : m_limits(limits)
{ }

int RequestStreamParser::statusFor(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return 0;
    case Fault::BadRequest:
        return 400;
    case Fault::LengthRequired:
        return 411;
    case Fault::PayloadTooLarge:
        return 413;
    case Fault::HeadersTooLarge:
        return 431;
    case Fault::NotImplemented:
        return 501;
    case Fault::TooManyPipelined:
        return 429;
    }
    Q_UNREACHABLE();
}

RequestStreamParser::Fault RequestStreamParser::fail(Fault fault)
{
    m_fault = fault;
    if (m_faultHead.isEmpty())
        m_faultHead = m_head.left(MaxFaultHead);
    m_head.clear();
    return fault;
}

bool RequestStreamParser::checkMethod(qsizetype from)
{
    // Checked as the bytes come, so TLS or binary noise is refused at its first byte instead of
    // waiting for a line end that may never come.
    for (qsizetype n = from; n < m_head.size() && !m_methodChecked; ++n) {
        const char c = m_head.at(n);
        if (c == ' ') {
            if (n == 0)
                return false;
            m_methodChecked = true;
        } else if (!isTchar(c)) {
            return false;
        }
    }
    return true;
}

RequestStreamParser::Fault RequestStreamParser::feed(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && m_fault == Fault::None) {
        switch (m_state) {
        case State::Done:
            return m_fault; // a request asked to close: nothing after it is read
        case State::Between: {
            const char c = data[i];
            if (c == '\r' || c == '\n' || c == '\v' || c == ' ' || c == '\t') { // QHttpServer skips these too
                ++i;
                break;
            }
            // A client that sends requests without reading the answers: the ones already read are
            // answered, this one is not.
            if (static_cast<qsizetype>(m_completed.size()) >= m_limits.maxPipelinedRequests)
                return fail(Fault::TooManyPipelined);
            m_state = State::Head;
            m_head.clear();
            m_methodChecked = false;
            ++m_started;
            break;
        }
        case State::Head: {
            const char *newline = static_cast<const char *>(memchr(data + i, '\n', static_cast<size_t>(size - i)));
            const qsizetype end = newline ? (newline - data) + 1 : size;
            const qsizetype from = m_head.size();
            m_head.append(data + i, end - i);
            i = end;
            if (m_head.size() > m_limits.maxHeadBytes)
                return fail(Fault::HeadersTooLarge);
            if (!m_methodChecked && !checkMethod(from))
                return fail(Fault::BadRequest);
            if (newline && (m_head.endsWith("\n\n") || m_head.endsWith("\n\r\n"))) {
                if (headComplete() != Fault::None)
                    return m_fault;
                m_head.clear(); // kept until judged, for the request log of a refusal
            }
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_bodyLeft, size - i);
            m_bodyLeft -= take;
            i += take;
            if (m_bodyLeft == 0) {
                m_completed.push_back({ m_closeAfter });
                m_state = m_closeAfter ? State::Done : State::Between;
            }
            break;
        }
        }
    }
    return m_fault;
}

RequestStreamParser::Fault RequestStreamParser::headComplete()
{
    // m_head stays until the head is judged: a refusal shows it in the request log (fail()). It is
    // read through views, without a copy per line: this runs for every request.
    QByteArrayView rest(m_head);
    const auto nextLine = [&rest] {
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };

    // Request line: exactly `method SP target SP HTTP/1.x`.
    const QByteArrayView requestLine = nextLine();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || requestLine.indexOf(' ', secondSpace + 1) >= 0)
        return fail(Fault::BadRequest);
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(secondSpace + 1);
    if (!isToken(method) || !isTarget(target))
        return fail(Fault::BadRequest);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(Fault::BadRequest);
    const bool http10 = version == "HTTP/1.0";

    bool transferEncoding = false;
    bool upgrade = false;
    bool expectContinue = false;
    bool close = http10; // HTTP/1.0 closes after its answer, keep-alive asked for or not
    int hosts = 0;
    qint64 contentLength = -1;
    bool contentLengthHuge = false;
    for (QByteArrayView line = nextLine(); !line.isEmpty(); line = nextLine()) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(Fault::BadRequest); // obs-fold
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(Fault::BadRequest);
        const QByteArrayView name = line.first(colon);
        if (!isToken(name)) // also refuses whitespace before the colon
            return fail(Fault::BadRequest);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (!isFieldValue(line.sliced(colon + 1)))
            return fail(Fault::BadRequest);
        const auto is = [name](QByteArrayView lower) { return name.compare(lower, Qt::CaseInsensitive) == 0; };
        if (is("content-length")) {
            if (!isDigits(value))
                return fail(Fault::BadRequest);
            bool ok = false;
            const qint64 length = value.size() <= 18 ? value.toLongLong(&ok) : -1;
            if (!ok) {
                contentLengthHuge = true; // digits only, and far above any cap
            } else {
                if (contentLength >= 0 && contentLength != length)
                    return fail(Fault::BadRequest);
                contentLength = length;
            }
        } else if (is("transfer-encoding")) {
            transferEncoding = true;
        } else if (is("upgrade")) {
            upgrade = true;
        } else if (is("host")) {
            ++hosts;
        } else if (is("connection")) {
            const QList<QByteArray> tokens = commaTokens(value.toByteArray());
            if (tokens.contains("close"))
                close = true;
            if (tokens.contains("upgrade"))
                upgrade = true;
        } else if (is("expect")) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    // RFC 9112 section 3.2: an HTTP/1.1 request has exactly one Host.
    if (hosts > 1 || (!http10 && hosts == 0))
        return fail(Fault::BadRequest);
    // No WebSockets, no h2c: QHttpServer would hand the socket over and drop our slots with it.
    if (upgrade)
        return fail(Fault::BadRequest);
    if (!isKnownMethod(method)) {
        m_unknownMethodTarget = target.toByteArray();
        return fail(Fault::NotImplemented);
    }
    // Chunked bodies are not needed by any client, and QHttpServer 6.4's reader is unfinished.
    if (transferEncoding)
        return fail(Fault::LengthRequired);
    if (contentLengthHuge || contentLength > m_limits.maxBodyBytes)
        return fail(Fault::PayloadTooLarge);

    m_closeAfter = close;
    if (contentLength <= 0) {
        m_completed.push_back({ close });
        m_state = close ? State::Done : State::Between;
        return Fault::None;
    }
    m_bodyLeft = contentLength;
    m_state = State::Body;
    m_continueWanted = expectContinue && !http10;
    return Fault::None;
}

} // namespace authdesk
