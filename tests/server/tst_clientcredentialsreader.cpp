// ClientCredentialsReader without a socket: where the client's id and secret come from (a Basic
// header, RFC 6749 2.3.1, or the form body), and the ambiguous combinations it refuses.

#include "server/clientcredentialsreader.h"

#include <QTest>

using namespace authdesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray basic(const QByteArray &userAndPassword)
{
    return "Basic " + userAndPassword.toBase64();
}

} // namespace

class TestClientCredentialsReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
};

void TestClientCredentialsReader::read_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("method"); // ClientCredentials::Method; -1: refused
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("secretPresent");
    QTest::addColumn<QByteArray>("error"); // the error_description when refused

    const int none = int(ClientCredentials::Method::None);
    const int body = int(ClientCredentials::Method::Body);
    const int basicAuth = int(ClientCredentials::Method::Basic);
    const QByteArray authFailed = "Client authentication failed.";

    QTest::newRow("nothing") << QByteArray() << QByteArray("grant_type=password") << none << QString() << QString()
                             << false << QByteArray();
    QTest::newRow("body id") << QByteArray() << QByteArray("client_id=abc") << body << u"abc"_s << QString() << false
                             << QByteArray();
    QTest::newRow("body id and secret") << QByteArray() << QByteArray("client_id=abc&client_secret=s3") << body
                                        << u"abc"_s << u"s3"_s << true << QByteArray();
    QTest::newRow("body secret empty") << QByteArray() << QByteArray("client_id=abc&client_secret=") << body << u"abc"_s
                                       << QString() << false << QByteArray();
    QTest::newRow("body secret alone") << QByteArray() << QByteArray("client_secret=s3") << body << QString() << u"s3"_s
                                       << true << QByteArray();
    QTest::newRow("Basic") << basic("abc:s3") << QByteArray() << basicAuth << u"abc"_s << u"s3"_s << true
                           << QByteArray();
    QTest::newRow("basic in lower case") << "basic " + QByteArray("abc:s3").toBase64() << QByteArray() << basicAuth
                                         << u"abc"_s << u"s3"_s << true << QByteArray();
    QTest::newRow("Basic, form-encoded user and password")
        << basic("a%2Bb+c:s%3A3") << QByteArray() << basicAuth << u"a+b c"_s << u"s:3"_s << true << QByteArray();
    QTest::newRow("Basic, colon in the password")
        << basic("abc:s:3") << QByteArray() << basicAuth << u"abc"_s << u"s:3"_s << true << QByteArray();
    QTest::newRow("Basic, empty password")
        << basic("abc:") << QByteArray() << basicAuth << u"abc"_s << QString() << true << QByteArray();
    QTest::newRow("Basic and the same body id")
        << basic("abc:s3") << QByteArray("client_id=abc") << basicAuth << u"abc"_s << u"s3"_s << true << QByteArray();
    QTest::newRow("Bearer is not client auth") << QByteArray("Bearer abc") << QByteArray("client_id=abc") << body
                                               << u"abc"_s << QString() << false << QByteArray();

    QTest::newRow("Basic and a body secret")
        << basic("abc:s3") << QByteArray("client_secret=s3") << -1 << QString() << QString() << false
        << QByteArray("Use one client authentication method, not two.");
    QTest::newRow("Basic and another body id")
        << basic("abc:s3") << QByteArray("client_id=xyz") << -1 << QString() << QString() << false
        << QByteArray("The client_id does not match the Basic credentials.");
    QTest::newRow("Basic, not base64") << QByteArray("Basic !!!") << QByteArray() << -1 << QString() << QString()
                                       << false << authFailed;
    QTest::newRow("Basic without colon") << basic("abc") << QByteArray() << -1 << QString() << QString() << false
                                         << authFailed;
    QTest::newRow("Basic, bad escape") << basic("a%zz:s3") << QByteArray() << -1 << QString() << QString() << false
                                       << authFailed;
}

void TestClientCredentialsReader::read()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, method);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(bool, secretPresent);
    QFETCH(QByteArray, error);

    const auto form = FormDecoder::decode(body, { QStringLiteral("client_id"), QStringLiteral("client_secret") });
    QVERIFY(std::holds_alternative<DecodedForm>(form));
    const std::variant<ClientCredentials, OAuthError> read
        = ClientCredentialsReader::read(authorization, std::get<DecodedForm>(form));
    if (method < 0) {
        QVERIFY(std::holds_alternative<OAuthError>(read));
        const OAuthError &failure = std::get<OAuthError>(read);
        QCOMPARE(failure.description, error);
        // A header that cannot be read is a failed authentication (401); two methods at once, a
        // malformed request (400).
        QCOMPARE(failure.code,
            error == "Client authentication failed." ? OAuthError::Code::InvalidClient
                                                     : OAuthError::Code::InvalidRequest);
        return;
    }
    QVERIFY(std::holds_alternative<ClientCredentials>(read));
    const ClientCredentials &credentials = std::get<ClientCredentials>(read);
    QCOMPARE(int(credentials.method), method);
    QCOMPARE(credentials.clientId, clientId);
    QCOMPARE(credentials.clientSecret, secret);
    QCOMPARE(credentials.secretPresent, secretPresent);
}

QTEST_APPLESS_MAIN(TestClientCredentialsReader)
#include "tst_clientcredentialsreader.moc"
