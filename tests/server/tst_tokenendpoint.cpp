// POST /v1/auth/token against a real server and database: every row of spec section 3's check order
// and error table, each grant's success shape, and the headers every answer carries.

#include "apifixture.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"

#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray Integ = ApiFixture::IntegrationClientId;
const QByteArray DisabledApp = "0f4c2a8e-1111-4c8e-8f7a-0d9b1c2a3e01";
const QByteArray NoPasswordApp = "0f4c2a8e-2222-4c8e-8f7a-0d9b1c2a3e02";
const QByteArray SpecialApp = "0f4c2a8e-3333-4c8e-8f7a-0d9b1c2a3e03";
const QString SpecialSecret = QStringLiteral("p@ss:w%rd +&=x/é");
const QByteArray JoeLogin = "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B";

QByteArray basic(const QByteArray &id, const QByteArray &secret)
{
    return "Basic " + QByteArray(id + ':' + secret).toBase64();
}

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

using Headers = HttpClient::Headers;

} // namespace

Q_DECLARE_METATYPE(Headers)

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checks_data();
    void checks();
    void methodNotAllowed();
    void anonymousSuccessShape();
    void passwordSuccessShape();
    void integrationSuccessShape();
    void refreshSuccessShape();
    void tokenExchangeSuccessShape();
    void basicWithPercentEncodedCredentials();
    void failedLoginsAnswerIdentically();
    void lockoutAfterRepeatedFailures();
    void charsetParameterIsAccepted();
    void rotatedSecretKeepsWorkingForTheOverlap();

private:
    ApiFixture m_api;
};

void TestTokenEndpoint::initTestCase()
{
    QVERIFY(m_api.start());
    ServiceHub &services = m_api.services();

    Application disabled;
    disabled.clientId = QString::fromLatin1(DisabledApp);
    disabled.name = QStringLiteral("Disabled shop");
    disabled.type = ApplicationType::Marketplace;
    disabled.settings = GrantSettings::defaultsFor(disabled.type);
    disabled.enabled = false;
    QVERIFY(services.applications().createWith(disabled, QStringLiteral("disabled-secret"), QStringLiteral("test")));

    Application noPassword;
    noPassword.clientId = QString::fromLatin1(NoPasswordApp);
    noPassword.name = QStringLiteral("No password logins");
    noPassword.type = ApplicationType::Marketplace;
    noPassword.settings = GrantSettings::defaultsFor(noPassword.type);
    noPassword.settings.enabledGrants.removeAll(GrantType::Password);
    QVERIFY(services.applications().createWith(noPassword, QString(), QStringLiteral("test")));

    Application special;
    special.clientId = QString::fromLatin1(SpecialApp);
    special.name = QStringLiteral("Special secret");
    special.type = ApplicationType::Integration;
    special.settings = GrantSettings::defaultsFor(special.type);
    QVERIFY(services.applications().createWith(special, SpecialSecret, QStringLiteral("test")));

    QVERIFY(services.testUsers().create({ QStringLiteral("banned@example.com"), QStringLiteral("Banned"),
                                          QStringLiteral("banned-password"), true },
                                        QStringLiteral("test")));
    QVERIFY(services.testUsers().create({ QStringLiteral("locked@example.com"), QStringLiteral("Locked"),
                                          QStringLiteral("locked-password"), false },
                                        QStringLiteral("test")));
    // Ten wrong passwords within the window lock the user (spec section 5).
    for (int i = 0; i < 10; ++i) {
        const HttpReply reply = m_api.token("grant_type=password&username=locked%40example.com&password=wrong&client_id="
                                            + Market);
        QCOMPARE(reply.status, 401);
    }
}

void TestTokenEndpoint::checks_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("challenge");

    const QByteArray anon = "grant_type=client_credentials&client_id=" + Market;
    const QByteArray token = "/v1/auth/token";
    const Headers none;
    const QByteArray bearer = "Bearer realm=\"authdesk\"";

    // 4. content type
    QTest::addRow("json content type") << token << QByteArray(anon) << Headers { { "Content-Type", "application/json" } } << 400
                                       << "invalid_request" << QByteArray();
    QTest::addRow("text content type") << token << QByteArray(anon) << Headers { { "Content-Type", "text/plain" } } << 400
                                       << "invalid_request" << QByteArray();
    QTest::addRow("latin1 charset") << token << QByteArray(anon)
                                    << Headers { { "Content-Type", "application/x-www-form-urlencoded; charset=latin1" } }
                                    << 400 << "invalid_request" << QByteArray();
    // 5. body decoding
    QTest::addRow("bad percent escape") << token << QByteArray(anon + "&scope=%zz") << none << 400 << "invalid_request" << QByteArray();
    QTest::addRow("truncated percent escape") << token << QByteArray(anon + "&scope=%4") << none << 400 << "invalid_request"
                                              << QByteArray();
    QTest::addRow("invalid utf-8") << token << QByteArray(anon + "&scope=%ff%fe") << none << 400 << "invalid_request" << QByteArray();
    QTest::addRow("nul in value") << token << QByteArray(anon + "&scope=public%00read") << none << 400 << "invalid_request"
                                  << QByteArray();
    QTest::addRow("cr lf in value") << token << QByteArray(anon + "&scope=public%0d%0aread") << none << 400 << "invalid_request"
                                    << QByteArray();
    QTest::addRow("known parameter repeated") << token << QByteArray(anon + "&grant_type=client_credentials") << none << 400
                                              << "invalid_request" << QByteArray();
    QTest::addRow("parameter over 4 KiB") << token << QByteArray(anon + "&scope=" + QByteArray(4097, 'a')) << none << 400
                                          << "invalid_request" << QByteArray();
    QByteArray many = anon;
    for (int i = 0; i < 64; ++i)
        many += "&x" + QByteArray::number(i) + "=1";
    QTest::addRow("more than 64 parameters") << token << QByteArray(many) << none << 400 << "invalid_request" << QByteArray();
    QTest::addRow("secret in the query string")
        << QByteArray("/v1/auth/token?client_secret=x") << QByteArray(anon) << none << 400 << "invalid_request" << QByteArray();
    QTest::addRow("password in the query string") << QByteArray("/v1/auth/token?password=x") << QByteArray(anon) << none << 400
                                                  << "invalid_request" << QByteArray();
    // 7. grant_type
    QTest::addRow("no grant_type") << token << QByteArray("client_id=" + Market) << none << 400 << "invalid_request" << QByteArray();
    QTest::addRow("empty grant_type") << token << QByteArray("grant_type=&client_id=" + Market) << none << 400 << "invalid_request"
                                      << QByteArray();
    QTest::addRow("Password is unsupported") << token << QByteArray("grant_type=Password&client_id=" + Market) << none << 400
                                             << "unsupported_grant_type" << QByteArray();
    // Login-as exists, but the spec's example application does not list it among its grants.
    QTest::addRow("authorization_code not enabled") << token << QByteArray("grant_type=authorization_code&client_id=" + Market)
                                                    << none << 400 << "unauthorized_client" << QByteArray();
    QTest::addRow("unsupported grant before bad client") << token << QByteArray("grant_type=implicit&client_id=nobody") << none << 400
                                                         << "unsupported_grant_type" << QByteArray();
    // 8. client authentication
    QTest::addRow("no client") << token << QByteArray("grant_type=client_credentials") << none << 401
                               << "invalid_client" << bearer;
    QTest::addRow("unknown client") << token << QByteArray("grant_type=client_credentials&client_id=nobody") << none
                                    << 401 << "invalid_client" << bearer;
    QTest::addRow("wrong secret in body") << token << QByteArray(anon + "&client_secret=wrong") << none << 401 << "invalid_client"
                                          << bearer;
    QTest::addRow("wrong secret in Basic") << token << QByteArray("grant_type=client_credentials")
                                           << Headers { { "Authorization", basic(Market, "wrong") } } << 401
                                           << "invalid_client" << QByteArray("Basic realm=\"authdesk\"");
    QTest::addRow("undecodable Basic") << token << QByteArray("grant_type=client_credentials")
                                       << Headers { { "Authorization", "Basic !!!" } } << 401 << "invalid_client"
                                       << QByteArray("Basic realm=\"authdesk\"");
    QTest::addRow("integration without secret") << token << QByteArray("grant_type=client_credentials&client_id=" + Integ) << none
                                                << 401 << "invalid_client" << bearer;
    QTest::addRow("token exchange without secret") << token << QByteArray("grant_type=token_exchange&subject_token=x&client_id=" + Market)
                                                   << none << 401 << "invalid_client" << bearer;
    QTest::addRow("disabled application") << token << QByteArray("grant_type=client_credentials&client_id=" + DisabledApp) << none
                                          << 401 << "invalid_client" << bearer;
    QTest::addRow("disabled application with its secret")
        << token << QByteArray("grant_type=client_credentials&client_secret=disabled-secret&client_id=" + DisabledApp) << none << 401
        << "invalid_client" << bearer;
    QTest::addRow("Basic and body secret") << token << QByteArray("grant_type=client_credentials&client_secret=" + QByteArray(ApiFixture::MarketplaceSecret))
                                           << Headers { { "Authorization", basic(Market, ApiFixture::MarketplaceSecret) } }
                                           << 400 << "invalid_request" << QByteArray();
    QTest::addRow("body client_id differs from Basic user")
        << token << QByteArray("grant_type=client_credentials&client_id=" + Integ)
        << Headers { { "Authorization", basic(Market, ApiFixture::MarketplaceSecret) } } << 400 << "invalid_request"
        << QByteArray();
    // 9. grant allowed for this client
    QTest::addRow("password for an integration app")
        << token << QByteArray(JoeLogin + "&client_secret=another-plain-secret&client_id=" + Integ) << none << 400
        << "unauthorized_client" << QByteArray();
    QTest::addRow("token exchange for an integration app")
        << token << QByteArray("grant_type=token_exchange&subject_token=x&client_secret=another-plain-secret&client_id=" + Integ)
        << none << 400 << "unauthorized_client" << QByteArray();
    QTest::addRow("disabled grant") << token << QByteArray(JoeLogin + "&client_id=" + NoPasswordApp) << none << 400
                                    << "unauthorized_client" << QByteArray();
    QTest::addRow("disabled grant before missing parameters") << token << QByteArray("grant_type=password&client_id=" + NoPasswordApp)
                                                              << none << 400 << "unauthorized_client" << QByteArray();
    // 10. grant parameters present
    QTest::addRow("password without username") << token << QByteArray("grant_type=password&password=x&client_id=" + Market) << none
                                               << 400 << "invalid_request" << QByteArray();
    QTest::addRow("password with empty password") << token << QByteArray("grant_type=password&username=joe%40example.com&password=&client_id=" + Market)
                                                  << none << 400 << "invalid_request" << QByteArray();
    QTest::addRow("refresh without refresh_token") << token << QByteArray("grant_type=refresh_token&client_id=" + Market) << none
                                                   << 400 << "invalid_request" << QByteArray();
    QTest::addRow("token exchange without subject_token")
        << token << QByteArray("grant_type=token_exchange&client_secret=optional-plain-secret&client_id=" + Market) << none << 400
        << "invalid_request" << QByteArray();
    // 11. grant validation
    QTest::addRow("wrong password") << token << QByteArray("grant_type=password&username=joe%40example.com&password=nope&client_id=" + Market)
                                    << none << 401 << "invalid_grant" << bearer;
    QTest::addRow("unknown user") << token << QByteArray("grant_type=password&username=nobody%40example.com&password=nope&client_id=" + Market)
                                  << none << 401 << "invalid_grant" << bearer;
    QTest::addRow("banned user") << token << QByteArray("grant_type=password&username=banned%40example.com&password=banned-password&client_id=" + Market)
                                 << none << 401 << "invalid_grant" << bearer;
    QTest::addRow("locked user with the right password")
        << token << QByteArray("grant_type=password&username=locked%40example.com&password=locked-password&client_id=" + Market) << none
        << 401 << "invalid_grant" << bearer;
    QTest::addRow("unknown refresh token") << token << QByteArray("grant_type=refresh_token&refresh_token=adr_nothing&client_id=" + Market)
                                           << none << 401 << "invalid_grant" << bearer;
    QTest::addRow("subject token not a JWT")
        << token << QByteArray("grant_type=token_exchange&subject_token=x&client_secret=optional-plain-secret&client_id=" + Market)
        << none << 401 << "invalid_grant" << bearer;
    QTest::addRow("wrong password before wrong scope")
        << token << QByteArray("grant_type=password&username=joe%40example.com&password=nope&scope=integ&client_id=" + Market) << none
        << 401 << "invalid_grant" << bearer;
    // 12. scope
    QTest::addRow("anonymous asks for user") << token << QByteArray(anon + "&scope=user") << none << 400 << "invalid_scope"
                                             << QByteArray();
    QTest::addRow("password asks for public-read") << token << QByteArray(JoeLogin + "&scope=public-read&client_id=" + Market)
                                                   << none << 400 << "invalid_scope" << QByteArray();
    QTest::addRow("integration asks for user")
        << token << QByteArray("grant_type=client_credentials&scope=user&client_secret=another-plain-secret&client_id=" + Integ)
        << none << 400 << "invalid_scope" << QByteArray();
    QTest::addRow("empty scope") << token << QByteArray(anon + "&scope=") << none << 400 << "invalid_scope" << QByteArray();
}

void TestTokenEndpoint::checks()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, challenge);

    const HttpReply reply = m_api.http().postForm(QString::fromLatin1(path), body, headers);
    QCOMPARE(reply.status, status);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("error")).toString(), error);
    const QString description = json.value(QLatin1String("error_description")).toString();
    QVERIFY(!description.isEmpty());
    // The description is fixed ASCII text that never echoes input.
    for (const QChar c : description)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    QVERIFY(!description.contains(QLatin1String("nobody")));
    QCOMPARE(reply.header("WWW-Authenticate"), challenge);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(!json.contains(QLatin1String("access_token")));
}

void TestTokenEndpoint::methodNotAllowed()
{
    for (const QByteArray &method : { QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE") }) {
        const HttpReply reply = m_api.http().send(method, QStringLiteral("/v1/auth/token"), {}, {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST, OPTIONS"));
    }
    QCOMPARE(m_api.http().get(QStringLiteral("/v1/auth/nothing")).status, 404);
}

void TestTokenEndpoint::anonymousSuccessShape()
{
    const HttpReply reply = m_api.token("client_id=" + Market + "&grant_type=client_credentials&scope=public-read");
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(json.value(QLatin1String("scope")).toString(), QStringLiteral("public-read"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 900);
    QVERIFY(json.value(QLatin1String("access_token")).toString().count(QLatin1Char('.')) == 2);
    QVERIFY(!json.contains(QLatin1String("refresh_token")));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
    // Without scope, and with the (optional) right secret, the answer is the same kind of token.
    QCOMPARE(m_api.token("grant_type=client_credentials&client_id=" + Market).status, 200);
    QCOMPARE(m_api.token("grant_type=client_credentials&client_secret=optional-plain-secret&client_id=" + Market).status,
             200);
}

void TestTokenEndpoint::passwordSuccessShape()
{
    // The SDK's exact wire form (spec section 9), e-mail in another case.
    const HttpReply reply = m_api.token("scope=user&grant_type=password&username=JOE%40Example.com&password=secret%20pass%26%3D%2B&client_id="
                                        + Market);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 900);
    QVERIFY(json.value(QLatin1String("refresh_token")).toString().startsWith(QLatin1String("adr_")));
    QCOMPARE(json.keys().size(), 5);
    // '+' decodes to a space for clients that use it.
    QCOMPARE(m_api.token("grant_type=password&username=joe%40example.com&password=secret+pass%26%3D%2B&client_id=" + Market)
                 .status,
             200);
}

void TestTokenEndpoint::integrationSuccessShape()
{
    const HttpReply reply = m_api.token("client_id=" + Integ
                                        + "&client_secret=another-plain-secret&grant_type=client_credentials&scope=integ");
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("scope")).toString(), QStringLiteral("integ"));
    QVERIFY(!json.value(QLatin1String("refresh_token")).toString().isEmpty());

    // The integration SDK refreshes without its secret.
    const HttpReply refreshed = m_api.token("client_id=" + Integ + "&grant_type=refresh_token&refresh_token="
                                            + json.value(QLatin1String("refresh_token")).toString().toLatin1());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(QLatin1String("scope")).toString(), QStringLiteral("integ"));
}

void TestTokenEndpoint::refreshSuccessShape()
{
    const QJsonObject login = m_api.login();
    const QByteArray refresh = login.value(QLatin1String("refresh_token")).toString().toLatin1();
    QVERIFY(!refresh.isEmpty());
    const HttpReply reply = m_api.token("client_id=" + Market + "&grant_type=refresh_token&refresh_token=" + refresh);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    const QString next = json.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!next.isEmpty());
    QVERIFY(next != QString::fromLatin1(refresh));
    QVERIFY(json.value(QLatin1String("access_token")).toString() != login.value(QLatin1String("access_token")).toString());
    // The refreshed token's scope may be repeated; another may not.
    QCOMPARE(m_api.token("client_id=" + Market + "&grant_type=refresh_token&scope=user&refresh_token=" + next.toLatin1())
                 .status,
             200);
}

void TestTokenEndpoint::tokenExchangeSuccessShape()
{
    const QJsonObject login = m_api.login();
    const QByteArray access = login.value(QLatin1String("access_token")).toString().toLatin1();
    const HttpReply reply = m_api.token("client_id=" + Market + "&client_secret=optional-plain-secret&subject_token="
                                        + access + "&grant_type=token_exchange");
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("scope")).toString(), QStringLiteral("trusted:user"));
    QVERIFY(!json.value(QLatin1String("refresh_token")).toString().isEmpty());

    // An anonymous token is not a user token.
    const QByteArray anonymous = m_api.token("grant_type=client_credentials&client_id=" + Market)
                                     .json()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toLatin1();
    const HttpReply refused = m_api.token("client_id=" + Market + "&client_secret=optional-plain-secret&subject_token="
                                          + anonymous + "&grant_type=token_exchange");
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestTokenEndpoint::basicWithPercentEncodedCredentials()
{
    // RFC 6749 2.3.1: form-urlencode the id and secret, then base64 "id:secret".
    const QByteArray credentials = basic(formEncode(QString::fromLatin1(SpecialApp)), formEncode(SpecialSecret));
    const HttpReply reply = m_api.token("grant_type=client_credentials&scope=integ", { { "Authorization", credentials } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("scope")).toString(), QStringLiteral("integ"));
    // The same secret, not percent-encoded, contains ':' and '%' and must not match.
    const HttpReply raw = m_api.token("grant_type=client_credentials",
                                      { { "Authorization", basic(SpecialApp, SpecialSecret.toUtf8()) } });
    QCOMPARE(raw.status, 401);
}

void TestTokenEndpoint::failedLoginsAnswerIdentically()
{
    const QList<QByteArray> failures {
        "grant_type=password&username=joe%40example.com&password=nope&client_id=" + Market,
        "grant_type=password&username=nobody%40example.com&password=nope&client_id=" + Market,
        "grant_type=password&username=banned%40example.com&password=banned-password&client_id=" + Market,
        "grant_type=password&username=locked%40example.com&password=locked-password&client_id=" + Market,
    };
    const HttpReply first = m_api.token(failures.first());
    for (const QByteArray &body : failures) {
        const HttpReply reply = m_api.token(body);
        QCOMPARE(reply.status, first.status);
        QCOMPARE(reply.body, first.body);
        QCOMPARE(reply.header("WWW-Authenticate"), first.header("WWW-Authenticate"));
    }
}

void TestTokenEndpoint::lockoutAfterRepeatedFailures()
{
    ServiceHub &services = m_api.services();
    QVERIFY(services.testUsers().create({ QStringLiteral("victim@example.com"), QString(), QStringLiteral("right-password"), false },
                                        QStringLiteral("test")));
    const QByteArray wrong = "grant_type=password&username=victim%40example.com&password=guess&client_id=" + Market;
    const QByteArray right = "grant_type=password&username=victim%40example.com&password=right-password&client_id=" + Market;
    for (int i = 0; i < 9; ++i)
        QCOMPARE(m_api.token(wrong).status, 401);
    QCOMPARE(m_api.token(right).status, 200); // nine failures: not locked, and success clears the count
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_api.token(wrong).status, 401);
    QCOMPARE(m_api.token(right).status, 401); // locked now, even with the right password

    const auto user = services.testUsers().findByEmail(QStringLiteral("victim@example.com"));
    QVERIFY(user && user->has_value());
    QCOMPARE((*user)->state(m_api.clock().now()), TestUser::State::Locked);

    m_api.clock().advance(15 * 60 + 1); // the lock lasts 15 minutes
    QCOMPARE(m_api.token(right).status, 200);
}

void TestTokenEndpoint::charsetParameterIsAccepted()
{
    for (const QByteArray &type : { QByteArray("application/x-www-form-urlencoded; charset=UTF-8"),
                                   QByteArray("application/x-www-form-urlencoded;charset=utf-8"),
                                   QByteArray("Application/X-WWW-Form-Urlencoded") }) {
        const HttpReply reply = m_api.token("grant_type=client_credentials&client_id=" + Market,
                                            { { "Content-Type", type } });
        QCOMPARE(reply.status, 200);
    }
}

void TestTokenEndpoint::rotatedSecretKeepsWorkingForTheOverlap()
{
    ServiceHub &services = m_api.services();
    const auto created = services.applications().create(QStringLiteral("Rotating"), ApplicationType::Integration,
                                                        QStringLiteral("test"));
    QVERIFY(created);
    const QByteArray id = created->application.clientId.toLatin1();
    const QByteArray oldSecret = created->secret;
    const auto rotated = services.applications().rotateSecret(created->application.clientId, 3600, QStringLiteral("test"));
    QVERIFY(rotated);
    QVERIFY(rotated->secret != oldSecret);
    const auto grant = [&](const QByteArray &secret) {
        return m_api.token("grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret).status;
    };
    QCOMPARE(grant(rotated->secret), 200);
    QCOMPARE(grant(oldSecret), 200);
    m_api.clock().advance(3601);
    QCOMPARE(grant(oldSecret), 401);
    QCOMPARE(grant(rotated->secret), 200);
}

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
