// `authdesk serve --public-url` (docs/deployment.md): behind a load balancer the tokens' issuer and
// the metadata name the address clients use, and the host guard accepts that address's Host header
// while still refusing every other name.

#include "apifixture.h"
#include "rawhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

namespace {

const QString PublicUrl = QStringLiteral("http://auth.example.test:8080");

ServerOptions behindLoadBalancer()
{
    ServerOptions options;
    options.publicUrl = PublicUrl;
    return options;
}

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

class TestPublicUrl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuerIsThePublicUrl();
    void publicHostIsAccepted();
    void otherHostsAreStillRefused_data();
    void otherHostsAreStillRefused();

private:
    RawResponse request(
        const QByteArray &host, const QByteArray &method, const QByteArray &path, const QByteArray &form = {});

    ApiFixture m_api { behindLoadBalancer() };
};

void TestPublicUrl::initTestCase()
{
    QVERIFY(m_api.start());
}

RawResponse TestPublicUrl::request(
    const QByteArray &host, const QByteArray &method, const QByteArray &path, const QByteArray &form)
{
    RawConnection c(m_api.port());
    QByteArray head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!form.isEmpty())
        head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(form.size())
            + "\r\n";
    c.send(head + "\r\n" + form);
    return c.readResponse();
}

void TestPublicUrl::issuerIsThePublicUrl()
{
    const HttpReply meta = m_api.http().get(QStringLiteral("/.well-known/oauth-authorization-server"));
    QCOMPARE(meta.status, 200);
    QCOMPARE(meta.json().value(QLatin1String("issuer")).toString(), PublicUrl);
    QCOMPARE(
        meta.json().value(QLatin1String("token_endpoint")).toString(), PublicUrl + QStringLiteral("/v1/auth/token"));

    const HttpReply token = m_api.token("grant_type=client_credentials&client_id="
        + QByteArray(ApiFixture::MarketplaceClientId) + "&scope=public-read");
    QCOMPARE(token.status, 200);
    const QByteArray jwt = token.json().value(QLatin1String("access_token")).toString().toLatin1();
    QCOMPARE(jwtPayload(jwt).value(QLatin1String("iss")).toString(), PublicUrl);
}

void TestPublicUrl::publicHostIsAccepted()
{
    const RawResponse health = request("auth.example.test:8080", "GET", "/health");
    QCOMPARE(health.status, 200);
    // The loopback names keep working for local clients.
    QCOMPARE(request("127.0.0.1:" + QByteArray::number(m_api.port()), "GET", "/health").status, 200);
}

void TestPublicUrl::otherHostsAreStillRefused_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addRow("public host, other port") << QByteArray("auth.example.test:9090");
    QTest::addRow("public host, no port") << QByteArray("auth.example.test");
    QTest::addRow("another name") << QByteArray("evil.example.com:8080");
    QTest::addRow("a subdomain of it") << QByteArray("x.auth.example.test:8080");
}

void TestPublicUrl::otherHostsAreStillRefused()
{
    QFETCH(QByteArray, host);
    const RawResponse refused = request(host, "POST", "/v1/auth/token",
        "grant_type=client_credentials&client_id=" + QByteArray(ApiFixture::MarketplaceClientId)
            + "&scope=public-read");
    QCOMPARE(refused.status, 403);
    QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QLatin1String("error")).toString(),
        QStringLiteral("host_not_allowed"));
}

QTEST_GUILESS_MAIN(TestPublicUrl)
#include "tst_publicurl.moc"
