// The DNS-rebinding defence (spec section 5, check 2 of section 3): on a loopback bind, a Host that
// does not name loopback with the bound port is refused before any work is done.

#include "apifixture.h"
#include "rawhttp.h"
#include "server/authserver.h"
#include "server/hostguard.h"
#include "services/requestlog.h"
#include "services/servicehub.h"

#include <QJsonDocument>
#include <QTest>

using namespace authdesk;

namespace {

const QByteArray WrongPasswordForm
    = QByteArrayLiteral("grant_type=password&username=joe%40example.com&password=wrong&scope=user&client_id=")
    + ApiFixture::MarketplaceClientId;
const QByteArray AnonymousForm
    = QByteArrayLiteral("grant_type=client_credentials&scope=public-read&client_id=") + ApiFixture::MarketplaceClientId;

} // namespace

class TestHostGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void badHostIsRefusedWithoutWork_data();
    void badHostIsRefusedWithoutWork();
    void loopbackHostsPass_data();
    void loopbackHostsPass();
    void wrongMethodComesFirst();
    void guardRules_data();
    void guardRules();

private:
    RawResponse post(const QByteArray &host, const QByteArray &path, const QByteArray &form);

    ApiFixture m_api;
};

void TestHostGuard::initTestCase()
{
    QVERIFY(m_api.start());
}

RawResponse TestHostGuard::post(const QByteArray &host, const QByteArray &path, const QByteArray &form)
{
    RawConnection c(m_api.port());
    c.send("POST " + path + " HTTP/1.1\r\nHost: " + host
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(form.size())
        + "\r\n\r\n" + form);
    return c.readResponse();
}

void TestHostGuard::badHostIsRefusedWithoutWork_data()
{
    QTest::addColumn<QByteArray>("host");
    const QByteArray port = QByteArray::number(m_api.port());
    QTest::addRow("rebound name") << QByteArray("evil.example.com");
    QTest::addRow("rebound name with port") << "evil.example.com:" + port;
    QTest::addRow("localhost subdomain") << "attacker.localhost:" + port;
    QTest::addRow("wrong port") << "127.0.0.1:" + QByteArray::number(m_api.port() + 1);
    QTest::addRow("localhost wrong port") << QByteArray("localhost:1");
    QTest::addRow("any address") << "0.0.0.0:" + port;
    QTest::addRow("LAN address") << "192.168.1.10:" + port;
    QTest::addRow("other IPv6") << "[::2]:" + port;
    QTest::addRow("bad octet") << "127.0.0.300:" + port;
    QTest::addRow("trailing dot") << "localhost.:" + port;
}

void TestHostGuard::badHostIsRefusedWithoutWork()
{
    QFETCH(QByteArray, host);
    RequestLog &log = m_api.services().requestLog();
    const qsizetype before = log.snapshot().size();

    for (const QByteArray &path :
        { QByteArray("/v1/auth/token"), QByteArray("/v1/auth/revoke"), QByteArray("/prefix/v1/auth/token") }) {
        const RawResponse r = post(host, path, WrongPasswordForm);
        QCOMPARE(r.status, 403);
        QCOMPARE(QJsonDocument::fromJson(r.body).object(),
            QJsonObject({ { QStringLiteral("error"), QStringLiteral("host_not_allowed") } }));
        QVERIFY(r.header("Access-Control-Allow-Origin").isEmpty());
    }
    for (const QByteArray &path :
        { QByteArray("/health"), QByteArray("/.well-known/jwks.json"), QByteArray("/nowhere") }) {
        RawConnection c(m_api.port());
        c.send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
        QCOMPARE(c.readResponse().status, 403);
    }
    RawConnection preflight(m_api.port());
    preflight.send("OPTIONS /v1/auth/token HTTP/1.1\r\nHost: " + host + "\r\nOrigin: http://localhost:3000\r\n\r\n");
    QCOMPARE(preflight.readResponse().status, 403);

    // No decision of an endpoint (the grant never ran): only the refusals, each with its request.
    const QList<TokenDecision> entries = log.snapshot().mid(before);
    QCOMPARE(entries.size(), 7);
    for (const TokenDecision &entry : entries) {
        QCOMPARE(entry.status, 403);
        QCOMPARE(entry.error, QStringLiteral("host_not_allowed"));
        QVERIFY2(entry.reason.english().contains(QString::fromLatin1(host)), qPrintable(entry.reason.english()));
        QCOMPARE(entry.clientAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(!entry.path.isEmpty());
    }
}

void TestHostGuard::loopbackHostsPass_data()
{
    QTest::addColumn<QByteArray>("host");
    const QByteArray port = QByteArray::number(m_api.port());
    QTest::addRow("localhost:PORT") << "localhost:" + port;
    QTest::addRow("LOCALHOST:PORT") << "LOCALHOST:" + port;
    QTest::addRow("127.0.0.1:PORT") << "127.0.0.1:" + port;
    QTest::addRow("[::1]:PORT") << "[::1]:" + port;
    QTest::addRow("localhost") << QByteArray("localhost");
    QTest::addRow("127.0.0.1") << QByteArray("127.0.0.1");
    QTest::addRow("[::1]") << QByteArray("[::1]");
}

void TestHostGuard::loopbackHostsPass()
{
    QFETCH(QByteArray, host);
    const RawResponse r = post(host, "/v1/auth/token", AnonymousForm);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("access_token"));
}

void TestHostGuard::wrongMethodComesFirst()
{
    // Check 1 (method) before check 2 (Host): one right answer for each bad input.
    RawConnection c(m_api.port());
    c.send("GET /v1/auth/token HTTP/1.1\r\nHost: evil.example.com\r\n\r\n");
    QCOMPARE(c.readResponse().status, 405);
}

void TestHostGuard::guardRules_data()
{
    QTest::addColumn<QString>("bound");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("loopback, evil") << "127.0.0.1" << QByteArray("evil.example.com:8787") << false;
    QTest::addRow("loopback, 127.1.2.3") << "127.0.0.1" << QByteArray("127.1.2.3:8787") << true;
    QTest::addRow("loopback, no Host (HTTP/1.0)") << "127.0.0.1" << QByteArray() << true;
    QTest::addRow("loopback, port 08787") << "127.0.0.1" << QByteArray("localhost:08787") << true;
    QTest::addRow("loopback, empty port") << "127.0.0.1" << QByteArray("localhost:") << false;
    QTest::addRow("IPv6 loopback bind") << "::1" << QByteArray("evil.example.com") << false;
    // A deliberate remote bind (--allow-remote) serves any name.
    QTest::addRow("remote bind, any name") << "192.168.1.5" << QByteArray("evil.example.com") << true;
    QTest::addRow("any-address bind") << "0.0.0.0" << QByteArray("myhost.lan:8787") << true;
}

void TestHostGuard::guardRules()
{
    QFETCH(QString, bound);
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    const HostGuard guard(QHostAddress(bound), 8787);
    QCOMPARE(guard.allows(host), allowed);
}

QTEST_GUILESS_MAIN(TestHostGuard)
#include "tst_hostguard.moc"
