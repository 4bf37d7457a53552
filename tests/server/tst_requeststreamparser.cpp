// RequestStreamParser without a socket: the bytes a client may send, and what the limit layer makes
// of them (the status it answers, the requests it lets through). Every row is fed whole and again
// one byte at a time, since TCP may cut a stream anywhere.

#include "server/requeststreamparser.h"

#include <QTest>

using namespace authdesk;

namespace {

const QByteArray Get = "GET /health HTTP/1.1\r\nHost: a\r\n\r\n";

QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST /v1/auth/token HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extraHeaders + "\r\n" + body;
}

struct Outcome
{
    int status = 0;
    int completed = 0;
    bool inRequest = false;
    bool finished = false;
};

Outcome feed(const QByteArray &stream, qsizetype piece)
{
    RequestStreamParser parser { HttpLimits() };
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        if (parser.feed(stream.constData() + at, qMin(piece, stream.size() - at)) != RequestStreamParser::Fault::None)
            break;
    }
    return { RequestStreamParser::statusFor(parser.fault()), int(parser.completed().size()), parser.inRequest(),
        parser.finished() };
}

} // namespace

class TestRequestStreamParser : public QObject
{
    Q_OBJECT

private slots:
    void stream_data();
    void stream();
    void byteByByte_data() { stream_data(); }
    void byteByByte();
    void closeAfter_data();
    void closeAfter();
    void continueWanted_data();
    void continueWanted();
    void unknownMethodKeepsItsTarget();
    void countsStartedRequests();
    void limitsComeFromHttpLimits();
};

void TestRequestStreamParser::stream_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // what the server answers instead; 0: nothing wrong
    QTest::addColumn<int>("completed"); // requests passed on whole
    QTest::addColumn<bool>("inRequest"); // waiting for more of one
    QTest::addColumn<bool>("finished"); // nothing after this is read

    QTest::newRow("one GET") << Get << 0 << 1 << false << false;
    QTest::newRow("two pipelined") << Get + Get << 0 << 2 << false << false;
    QTest::newRow("POST with its body") << post("a=1&b=2") << 0 << 1 << false << false;
    QTest::newRow("head not complete") << Get.left(20) << 0 << 0 << true << false;
    QTest::newRow("body not complete") << post("a=1&b=2").chopped(3) << 0 << 0 << true << false;
    QTest::newRow("blank lines before a request") << "\r\n\r\n" + Get << 0 << 1 << false << false;
    QTest::newRow("bare LF line ends") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 0 << 1 << false << false;
    QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << 1 << false << true;
    QTest::newRow("Connection: close ends the stream")
        << post("a=1", "Connection: keep-alive, Close\r\n") + Get << 0 << 1 << false << true;
    QTest::newRow("same Content-Length twice") << post("abc", "Content-Length: 3\r\n") << 0 << 1 << false << false;
    QTest::newRow("Content-Length 0") << post({}) << 0 << 1 << false << false;
    QTest::newRow("obs-text in a value") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Name: J\xc3\xb6rg\r\n\r\n") << 0
                                         << 1 << false << false;

    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << 0 << false << false;
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << 0 << false
                               << false;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 400 << 0 << false << false;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << 400 << 0 << false
                                        << false;
    QTest::newRow("space in the target") << QByteArray("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << 0 << false
                                         << false;
    QTest::newRow("two spaces after the method")
        << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << 0 << false << false;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n") << 400 << 0
                                   << false << false;
    QTest::newRow("space before the colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400 << 0 << false << false;
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nnonsense\r\n\r\n") << 400 << 0 << false << false;
    QTest::newRow("control character in a value")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\x01\r\n\r\n") << 400 << 0 << false << false;
    QTest::newRow("TLS handshake") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400 << 0
                                   << false << false;
    QTest::newRow("Content-Length not a number")
        << post("abc").replace("Content-Length: 3", "Content-Length: 3a") << 400 << 0 << false << false;
    QTest::newRow("Content-Lengths that differ") << post("abc", "Content-Length: 4\r\n") << 400 << 0 << false << false;
    QTest::newRow("Upgrade: websocket") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n") << 400
                                        << 0 << false << false;
    QTest::newRow("Connection: Upgrade") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\n\r\n")
                                         << 400 << 0 << false << false;
    QTest::newRow("a fault behind a good request") << Get + "GARBAGE\r\n\r\n" << 400 << 1 << false << false;
    QTest::newRow("Transfer-Encoding") << QByteArray(
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
                                       << 411 << 0 << false << false;
    QTest::newRow("body over 64 KiB") << post(QByteArray(64 * 1024 + 1, 'a')) << 413 << 0 << false << false;
    QTest::newRow("body of 64 KiB") << post(QByteArray(64 * 1024, 'a')) << 0 << 1 << false << false;
    QTest::newRow("Content-Length of 20 digits")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n") << 413 << 0 << false
        << false;
    QTest::newRow("head over 16 KiB") << "GET / HTTP/1.1\r\nHost: a\r\nX-Pad: " + QByteArray(16 * 1024, 'p')
            + "\r\n\r\n" << 431 << 0 << false
                                      << false;
    QTest::newRow("endless line") << QByteArray(17 * 1024, 'x') << 431 << 0 << false << false;
    QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n") << 501 << 0 << false
                                    << false;
    QTest::newRow("TRACE") << QByteArray("TRACE / HTTP/1.1\r\nHost: a\r\n\r\n") << 501 << 0 << false << false;
    QTest::newRow("33 pipelined") << Get.repeated(33) << 429 << 32 << false << false;
    QTest::newRow("32 pipelined") << Get.repeated(32) << 0 << 32 << false << false;
}

void TestRequestStreamParser::stream()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(int, completed);
    QFETCH(bool, inRequest);
    QFETCH(bool, finished);

    const Outcome outcome = feed(bytes, bytes.size());
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.completed, completed);
    if (status == 0) // after a fault nothing more is read, and whether it was inside a request is moot
        QCOMPARE(outcome.inRequest, inRequest);
    QCOMPARE(outcome.finished, finished);
}

void TestRequestStreamParser::byteByByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(int, completed);
    QFETCH(bool, finished);

    const Outcome outcome = feed(bytes, 1);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.completed, completed);
    QCOMPARE(outcome.finished, finished);
}

void TestRequestStreamParser::closeAfter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closeAfter");

    QTest::newRow("HTTP/1.1") << Get << false;
    QTest::newRow("HTTP/1.1, keep-alive") << post("a", "Connection: keep-alive\r\n") << false;
    QTest::newRow("HTTP/1.1, close") << post("a", "Connection: close\r\n") << true;
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true;
    QTest::newRow("HTTP/1.0, keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestRequestStreamParser::closeAfter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closeAfter);

    RequestStreamParser parser { HttpLimits() };
    QCOMPARE(parser.feed(bytes.constData(), bytes.size()), RequestStreamParser::Fault::None);
    QCOMPARE(parser.completed().size(), size_t(1));
    QCOMPARE(parser.completed().front().closeAfter, closeAfter);
}

void TestRequestStreamParser::continueWanted_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("wanted");

    QTest::newRow("with a body to come") << post("abc", "Expect: 100-continue\r\n").chopped(3) << true;
    QTest::newRow("any case") << post("abc", "Expect: 100-Continue\r\n").chopped(3) << true;
    QTest::newRow("without Expect") << post("abc").chopped(3) << false;
    QTest::newRow("no body") << post({}, "Expect: 100-continue\r\n") << false;
    QTest::newRow("HTTP/1.0") << QByteArray("POST / HTTP/1.0\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
                              << false;
    QTest::newRow("another expectation") << post("abc", "Expect: something\r\n").chopped(3) << false;
}

void TestRequestStreamParser::continueWanted()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, wanted);

    RequestStreamParser parser { HttpLimits() };
    QCOMPARE(parser.feed(head.constData(), head.size()), RequestStreamParser::Fault::None);
    QCOMPARE(parser.takeContinueWanted(), wanted);
    QVERIFY(!parser.takeContinueWanted()); // taken once
}

void TestRequestStreamParser::unknownMethodKeepsItsTarget()
{
    RequestStreamParser parser { HttpLimits() };
    const QByteArray bytes = "PROPFIND /v1/auth/token HTTP/1.1\r\nHost: a\r\n\r\n";
    QCOMPARE(parser.feed(bytes.constData(), bytes.size()), RequestStreamParser::Fault::NotImplemented);
    QCOMPARE(parser.unknownMethodTarget(), QByteArray("/v1/auth/token")); // decides 405 or 501
    // The fault stays: nothing after it is read.
    QCOMPARE(parser.feed(Get.constData(), Get.size()), RequestStreamParser::Fault::NotImplemented);
    QCOMPARE(parser.completed().size(), size_t(0));
}

void TestRequestStreamParser::countsStartedRequests()
{
    RequestStreamParser parser { HttpLimits() };
    QCOMPARE(parser.requestsStarted(), quint64(0));
    QCOMPARE(parser.feed("\r\n", 2), RequestStreamParser::Fault::None); // whitespace starts nothing
    QCOMPARE(parser.requestsStarted(), quint64(0));
    QVERIFY(!parser.inRequest());
    QCOMPARE(parser.feed("G", 1), RequestStreamParser::Fault::None); // the first byte does
    QCOMPARE(parser.requestsStarted(), quint64(1));
    QVERIFY(parser.inRequest());
    const QByteArray rest = Get.mid(1) + Get;
    QCOMPARE(parser.feed(rest.constData(), rest.size()), RequestStreamParser::Fault::None);
    QCOMPARE(parser.requestsStarted(), quint64(2));
    QVERIFY(!parser.inRequest());
}

void TestRequestStreamParser::limitsComeFromHttpLimits()
{
    HttpLimits limits;
    limits.maxHeadBytes = 64;
    limits.maxBodyBytes = 4;
    limits.maxPipelinedRequests = 2;
    const auto statusOf = [&limits](const QByteArray &bytes) {
        RequestStreamParser parser(limits);
        return RequestStreamParser::statusFor(parser.feed(bytes.constData(), bytes.size()));
    };
    QCOMPARE(statusOf(post("abcd")), 0);
    QCOMPARE(statusOf(post("abcde")), 413);
    QCOMPARE(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX-Pad: " + QByteArray(40, 'p') + "\r\n\r\n"), 431);
    QCOMPARE(statusOf(Get + Get), 0);
    QCOMPARE(statusOf(Get + Get + Get), 429);
}

QTEST_APPLESS_MAIN(TestRequestStreamParser)
#include "tst_requeststreamparser.moc"
