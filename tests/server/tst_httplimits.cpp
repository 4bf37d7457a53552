// The HTTP limits of spec section 5 over real sockets: size caps, malformed requests, Connection:
// close and HTTP/1.0, pipelining, the slow-request and idle timeouts and the connection cap.

#include "apifixture.h"
#include "rawhttp.h"
#include "server/authserver.h"

#include <QJsonDocument>
#include <QTest>
#include <numeric>

using namespace authdesk;

namespace {

const QByteArray AnonymousForm
    = QByteArrayLiteral("grant_type=client_credentials&scope=public-read&client_id=") + ApiFixture::MarketplaceClientId;

QByteArray errorOf(const RawResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toString().toLatin1();
}

} // namespace

class TestHttpLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void headOf15KbPasses();
    void headOver16KbIs431_data();
    void headOver16KbIs431();
    void bodyOf64KibPasses();
    void bodyOver64KibIs413_data();
    void bodyOver64KibIs413();
    void expectContinueGetsContinue();
    void expectContinueWithLargeBodyIs413();
    void transferEncodingIs411_data();
    void transferEncodingIs411();
    void malformedIs400_data();
    void malformedIs400();
    void unknownMethodIs501();
    void keepAliveServesSeveralRequests();
    void closeIsHonoured_data();
    void closeIsHonoured();
    void pipelinedKeepCloseX();
    void faultBehindPipelinedRequestIsAnsweredInOrder();

    void silentConnectionIsClosed();
    void slowRequestIsDropped();
    void idleConnectionIsClosed();
    void requestRestartsIdleTime();
    void connectionCap();
    void rateLimitIs429WithRetryAfter();

private:
    quint16 port() const { return m_api.port(); }

    ApiFixture m_api;
};

void TestHttpLimits::initTestCase()
{
    QVERIFY(m_api.start());
}

void TestHttpLimits::headOf15KbPasses()
{
    RawConnection c(port());
    const QByteArray pad = "X-Pad: " + QByteArray(15 * 1000, 'a') + "\r\n";
    c.send(RawConnection::request("GET", "/health", port(), pad));
    const RawResponse r = c.readResponse();
    QCOMPARE(r.status, 200);
    QVERIFY(c.isConnected());
}

void TestHttpLimits::headOver16KbIs431_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("20 KB header") << RawConnection::request(
        "GET", "/health", 0, "X-Pad: " + QByteArray(20 * 1000, 'a') + "\r\n");
    QTest::addRow("many headers") << RawConnection::request(
        "GET", "/health", 0, QByteArray("X-A: 0123456789\r\n").repeated(1200));
    QTest::addRow("20 KB of x, no newline") << QByteArray(20 * 1000, 'x');
    QTest::addRow("20 KB request target") << "GET /" + QByteArray(20 * 1000, 'p') + " HTTP/1.1\r\n";
}

void TestHttpLimits::headOver16KbIs431()
{
    QFETCH(QByteArray, bytes);
    RawConnection c(port());
    c.send(bytes);
    // The fixture's steady clock stands still, so no request timeout can have ended this: the cap
    // answered as soon as the head grew past it.
    const RawResponse r = c.readResponse();
    QCOMPARE(r.status, 431);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QCOMPARE(errorOf(r), QByteArray("invalid_request"));
    QVERIFY(c.waitForClose(3000));
}

void TestHttpLimits::bodyOf64KibPasses()
{
    RawConnection c(port());
    // The limit layer lets it through; the form decoder then answers (a parameter over its cap).
    const QByteArray body = AnonymousForm + "&x=" + QByteArray(65536 - AnonymousForm.size() - 3, 'a');
    QCOMPARE(body.size(), 65536);
    c.send(RawConnection::request(
        "POST", "/v1/auth/token", port(), "Content-Type: application/x-www-form-urlencoded\r\n", body));
    const RawResponse r = c.readResponse();
    QVERIFY2(r.status == 200 || r.status == 400, QByteArray::number(r.status).constData());
    QVERIFY(r.header("Connection").isEmpty());
    QVERIFY(c.isConnected());
}

void TestHttpLimits::bodyOver64KibIs413_data()
{
    QTest::addColumn<int>("pieces");
    QTest::addRow("at once") << 1;
    QTest::addRow("in 10 pieces") << 10;
}

void TestHttpLimits::bodyOver64KibIs413()
{
    QFETCH(int, pieces);
    for (const int size : { 65537, 100 * 1000 }) {
        RawConnection c(port());
        const QByteArray body(size, 'a');
        QByteArray bytes = RawConnection::request(
            "POST", "/v1/auth/token", port(), "Content-Type: application/x-www-form-urlencoded\r\n", body);
        const qsizetype chunk = bytes.size() / pieces + 1;
        for (qsizetype at = 0; at < bytes.size(); at += chunk) {
            c.send(bytes.mid(at, chunk));
            if (pieces > 1) // each piece on the wire before the next one is written
                QVERIFY(!c.socket().bytesToWrite() || c.socket().waitForBytesWritten(2000));
        }
        const RawResponse r = c.readResponse();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(c.waitForClose(3000));
    }
}

void TestHttpLimits::expectContinueGetsContinue()
{
    RawConnection c(port());
    const QByteArray body = AnonymousForm;
    c.send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    const RawResponse interim = c.readResponse(2000);
    QCOMPARE(interim.status, 100);
    c.send(body);
    const RawResponse r = c.readResponse();
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("access_token"));
}

void TestHttpLimits::expectContinueWithLargeBodyIs413()
{
    RawConnection c(port());
    c.send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\nContent-Length: "
          "65537\r\n\r\n");
    const RawResponse r = c.readResponse(2000);
    QCOMPARE(r.status, 413); // instead of 100 Continue
    QVERIFY(c.waitForClose(3000));
}

void TestHttpLimits::transferEncodingIs411_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n");
    QTest::addRow("with Content-Length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n");
    QTest::addRow("gzip") << QByteArray("Transfer-Encoding: gzip\r\n");
}

void TestHttpLimits::transferEncodingIs411()
{
    QFETCH(QByteArray, headers);
    RawConnection c(port());
    c.send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port()) + "\r\n" + headers
        + "\r\n5\r\nhello\r\n0\r\n\r\n");
    const RawResponse r = c.readResponse();
    QCOMPARE(r.status, 411);
    QVERIFY(c.waitForClose(3000));
}

void TestHttpLimits::malformedIs400_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray host = "Host: 127.0.0.1\r\n";
    QTest::addRow("garbage line") << QByteArray("GARBAGE\r\n\r\n");
    QTest::addRow("garbage, no newline") << QByteArray("GARBAGE\x01");
    QTest::addRow("extra token in request line") << "GET /health HTTP/1.1 extra\r\n" + host + "\r\n";
    QTest::addRow("HTTP/2.0") << "GET /health HTTP/2.0\r\n" + host + "\r\n";
    QTest::addRow("HTTP/1.2") << "GET /health HTTP/1.2\r\n" + host + "\r\n";
    QTest::addRow("two spaces") << "GET  /health HTTP/1.1\r\n" + host + "\r\n";
    QTest::addRow("header without colon") << "GET /health HTTP/1.1\r\n" + host + "NoColon\r\n\r\n";
    QTest::addRow("space before colon") << "GET /health HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n";
    QTest::addRow("obs-fold") << "GET /health HTTP/1.1\r\n" + host + "X-A: b\r\n  c\r\n\r\n";
    QTest::addRow("control char in value") << "GET /health HTTP/1.1\r\n" + host + "X-A: b\x01c\r\n\r\n";
    QTest::addRow("bare CR in value") << "GET /health HTTP/1.1\r\n" + host + "X-A: b\rc\r\n\r\n";
    QTest::addRow("Content-Length +5") << "POST /v1/auth/token HTTP/1.1\r\n" + host + "Content-Length: +5\r\n\r\nhello";
    QTest::addRow("Content-Length hex") << "POST /v1/auth/token HTTP/1.1\r\n" + host
            + "Content-Length: 0x5\r\n\r\nhello";
    QTest::addRow("Content-Length empty") << "POST /v1/auth/token HTTP/1.1\r\n" + host + "Content-Length: \r\n\r\n";
    QTest::addRow("conflicting Content-Length")
        << "POST /v1/auth/token HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!";
    QTest::addRow("no Host") << QByteArray("GET /health HTTP/1.1\r\n\r\n");
    QTest::addRow("two Hosts") << "GET /health HTTP/1.1\r\n" + host + host + "\r\n";
    QTest::addRow("Upgrade") << "GET /health HTTP/1.1\r\n" + host
            + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n";
    QTest::addRow("h2c") << "GET /health HTTP/1.1\r\n" + host
            + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n\r\n";
    static constexpr char nulInTarget[] = "GET /he\0lth HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::addRow("NUL in target") << QByteArray(nulInTarget, sizeof nulInTarget - 1);
    // The first bytes of a TLS ClientHello: refused at the first byte, without waiting for a newline.
    QTest::addRow("TLS ClientHello") << QByteArray::fromHex("16030100a5010000a10303");
}

void TestHttpLimits::malformedIs400()
{
    QFETCH(QByteArray, bytes);
    RawConnection c(port());
    c.send(bytes);
    // Refused on what was read, not on a timeout: the fixture's steady clock stands still.
    const RawResponse r = c.readResponse(2000);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QCOMPARE(errorOf(r), QByteArray("invalid_request"));
    QVERIFY2(c.waitForClose(3000), c.unexpected().constData()); // no second answer (e.g. a 404) after ours
}

void TestHttpLimits::unknownMethodIs501()
{
    // On a path the API does not have; on a known path it is 405 (tst_security).
    for (const QByteArray &method : { QByteArray("FOO"), QByteArray("CONNECT"), QByteArray("TRACE") }) {
        RawConnection c(port());
        c.send(method + " /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const RawResponse r = c.readResponse(2000);
        QCOMPARE(r.status, 501);
        QVERIFY(c.waitForClose(3000));
    }
}

void TestHttpLimits::keepAliveServesSeveralRequests()
{
    RawConnection c(port());
    for (int i = 0; i < 3; ++i) {
        c.send(RawConnection::request("GET", "/health", port()));
        const RawResponse r = c.readResponse();
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Connection").isEmpty());
    }
    QVERIFY(c.isConnected());
}

void TestHttpLimits::closeIsHonoured_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("GET Connection: close") << RawConnection::request("GET", "/health", 0, "Connection: close\r\n");
    QTest::addRow("POST Connection: close") << RawConnection::request("POST", "/v1/auth/token", 0,
        "Connection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n", AnonymousForm);
    QTest::addRow("HTTP/1.0") << QByteArray("GET /health HTTP/1.0\r\n\r\n");
    QTest::addRow("HTTP/1.0 keep-alive") << QByteArray("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QTest::addRow("404 with close") << RawConnection::request("GET", "/nowhere", 0, "Connection: close\r\n");
    QTest::addRow("405 with close") << RawConnection::request("GET", "/v1/auth/token", 0, "Connection: close\r\n");
}

void TestHttpLimits::closeIsHonoured()
{
    QFETCH(QByteArray, bytes);
    bytes.replace(QByteArray("Host: 127.0.0.1:0"), QByteArray("Host: 127.0.0.1:" + QByteArray::number(port())));
    RawConnection c(port());
    c.send(bytes);
    const RawResponse r = c.readResponse();
    QVERIFY(r.status != 0);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(c.waitForClose(2000));
}

void TestHttpLimits::pipelinedKeepCloseX()
{
    RawConnection c(port());
    c.send(RawConnection::request("GET", "/health", port())
        + RawConnection::request("GET", "/health", port(), "Connection: close\r\n")
        + RawConnection::request("GET", "/health", port()));
    const RawResponse first = c.readResponse();
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Connection").isEmpty());
    const RawResponse second = c.readResponse();
    QCOMPARE(second.status, 200);
    QCOMPARE(second.header("Connection"), QByteArray("close"));
    QVERIFY2(c.waitForClose(2000), c.unexpected().constData()); // X is never answered
}

void TestHttpLimits::faultBehindPipelinedRequestIsAnsweredInOrder()
{
    RawConnection c(port());
    c.send(RawConnection::request("GET", "/health", port()) + RawConnection::request("GET", "/health", port())
        + "GARBAGE\r\n\r\n");
    QCOMPARE(c.readResponse().status, 200);
    QCOMPARE(c.readResponse().status, 200);
    QCOMPARE(c.readResponse().status, 400);
    QVERIFY(c.waitForClose(2000));
}

namespace {

constexpr std::chrono::milliseconds Timeout { 40 };

// The server's deadlines run on the fixture's ManualSteadyClock: they pass when the test advances
// it, never because the machine is slow. Short limits only make the sweep run often (every quarter
// of the shortest limit, in real time: 10 ms).
ServerOptions shortTimeouts()
{
    ServerOptions options;
    options.limits.requestTimeoutMs = int(Timeout.count());
    options.limits.idleTimeoutMs = int(Timeout.count());
    options.limits.lingerMs = int(Timeout.count());
    return options;
}

constexpr std::chrono::milliseconds JustBefore = Timeout - std::chrono::milliseconds(1);

// Returns once the server holds this many connections in all, each with its deadlines running.
bool waitForAdopted(ApiFixture &api, qint64 connections)
{
    return QTest::qWaitFor(
        [&] {
            const QList<qint64> perThread = api.server().connectionsPerThread();
            return std::accumulate(perThread.cbegin(), perThread.cend(), qint64(0)) >= connections;
        },
        5000);
}

// Returns once every network thread has swept since the call: on a server without traffic the
// sweeps are the clock's only readers, and they take turns at the same interval.
bool waitForSweeps(ApiFixture &api)
{
    const qint64 before = api.steadyClock().reads();
    const qint64 enough = before + 3 * qMax(1, api.server().options().networkThreads);
    return QTest::qWaitFor([&] { return api.steadyClock().reads() >= enough; }, 5000);
}

} // namespace

void TestHttpLimits::silentConnectionIsClosed()
{
    ApiFixture api(shortTimeouts());
    QVERIFY(api.start());
    // Just before its deadline, a silent connection is still served.
    RawConnection early(api.port());
    QVERIFY(waitForAdopted(api, 1)); // accepted: its time runs from now
    api.steadyClock().advance(JustBefore);
    QVERIFY(waitForSweeps(api));
    early.send(RawConnection::request("GET", "/health", api.port()));
    QCOMPARE(early.readResponse().status, 200);
    // At its deadline, it is closed without an answer.
    RawConnection silent(api.port());
    QVERIFY(waitForAdopted(api, 2));
    api.steadyClock().advance(Timeout);
    QVERIFY(silent.waitForClose(3000));
}

void TestHttpLimits::slowRequestIsDropped()
{
    ApiFixture api(shortTimeouts());
    QVERIFY(api.start());
    RawConnection c(api.port());
    QVERIFY(waitForAdopted(api, 1));
    api.steadyClock().advance(JustBefore); // the request starts late: its time runs from its first byte
    QVERIFY(waitForSweeps(api));
    const QByteArray request = RawConnection::request("GET", "/health", api.port());
    c.send(request.left(10)); // its time runs from when the server reads this
    QVERIFY(waitForSweeps(api));
    api.steadyClock().advance(JustBefore);
    c.send(request.mid(10, 1)); // a byte more, and still not the whole head
    QVERIFY(waitForSweeps(api));
    QVERIFY(!c.socket().waitForReadyRead(0) && c.socket().bytesAvailable() == 0); // no answer yet
    api.steadyClock().advance(Timeout);
    QCOMPARE(c.readResponse(3000).status, 408);
    QVERIFY(c.waitForClose(2000));
}

void TestHttpLimits::idleConnectionIsClosed()
{
    ApiFixture api(shortTimeouts());
    QVERIFY(api.start());
    RawConnection c(api.port());
    c.send(RawConnection::request("GET", "/health", api.port()));
    QCOMPARE(c.readResponse().status, 200);
    api.steadyClock().advance(JustBefore);
    QVERIFY(waitForSweeps(api));
    c.send(RawConnection::request("GET", "/health", api.port())); // still served just before
    QCOMPARE(c.readResponse().status, 200);
    api.steadyClock().advance(Timeout);
    QVERIFY(c.waitForClose(3000));
}

void TestHttpLimits::requestRestartsIdleTime()
{
    ApiFixture api(shortTimeouts());
    QVERIFY(api.start());
    RawConnection c(api.port());
    for (int i = 0; i < 4; ++i) { // 4 x 2/3 of the idle timeout: longer than one in all
        c.send(RawConnection::request("GET", "/health", api.port()));
        QCOMPARE(c.readResponse().status, 200);
        api.steadyClock().advance(Timeout * 2 / 3);
        QVERIFY(waitForSweeps(api));
    }
    c.send(RawConnection::request("GET", "/health", api.port()));
    QCOMPARE(c.readResponse().status, 200);
}

void TestHttpLimits::connectionCap()
{
    ServerOptions options;
    options.limits.maxConnections = 5;
    ApiFixture api(options);
    QVERIFY(api.start());

    std::vector<std::unique_ptr<RawConnection>> open;
    for (int i = 0; i < 5; ++i) {
        open.push_back(std::make_unique<RawConnection>(api.port()));
        open.back()->send(RawConnection::request("GET", "/health", api.port()));
        QCOMPARE(open.back()->readResponse().status, 200);
    }
    // The sixth is refused at once, even with a request already sent.
    for (const bool withRequest : { false, true }) {
        RawConnection extra(api.port());
        if (withRequest)
            extra.send(RawConnection::request("GET", "/health", api.port()));
        // Without a request too: the answer comes on accepting, since no deadline passes here (the
        // fixture's steady clock stands still).
        const RawResponse refused = extra.readResponse(2000);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("Connection"), QByteArray("close"));
        QVERIFY(!refused.header("Retry-After").isEmpty());
        QVERIFY(extra.waitForClose(1000));
    }
    // The served ones keep working.
    open.front()->send(RawConnection::request("GET", "/health", api.port()));
    QCOMPARE(open.front()->readResponse().status, 200);

    // After two close, new connections are accepted again.
    open.pop_back();
    open.pop_back();
    QTRY_COMPARE(api.server().openConnections(), 3);
    for (int i = 0; i < 2; ++i) {
        {
            RawConnection again(api.port());
            again.send(RawConnection::request("GET", "/health", api.port(), "Connection: close\r\n"));
            QCOMPARE(again.readResponse().status, 200);
            QVERIFY(again.waitForClose(2000));
        }
        QTRY_COMPARE(api.server().openConnections(), 3); // its place is given back
    }
}

void TestHttpLimits::rateLimitIs429WithRetryAfter()
{
    ServerOptions options;
    options.rateLimitPerMinute = 3;
    ApiFixture api(options);
    QVERIFY(api.start());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api.token(AnonymousForm).status, 200);
    const HttpReply limited = api.token(AnonymousForm);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json().value(QLatin1String("error")).toString(), QStringLiteral("too_many_requests"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 20, limited.header("Retry-After").constData());
    // Check 6 comes after decoding (5): a malformed body is still a 400, not a 429.
    QCOMPARE(api.token("grant_type=%zz").status, 400);
    // Only the token endpoint is limited.
    QCOMPARE(api.http().get(QStringLiteral("/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
