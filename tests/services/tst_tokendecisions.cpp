// The token endpoint's decisions (spec section 3, checks 7 to 12) through TokenService's public API,
// without a server: the decoded request in, the tokens or the OAuth error out, on a real database
// seeded with the spec's example applications and user.

#include "apifixture.h"
#include "services/servicehub.h"
#include "services/tokenservice.h"

#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

// A form as the endpoint decodes it (the test's bodies are well-formed).
TokenRequest requestOf(const QByteArray &form, const QString &clientId, const QString &secret)
{
    TokenRequest request;
    for (const QByteArray &pair : form.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray bytes) { return QUrl::fromPercentEncoding(bytes.replace('+', ' ')); };
        request.parameters.insert(decode(pair.left(equals)), equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    request.client.clientId = clientId;
    request.client.clientSecret = secret;
    request.client.secretPresent = !secret.isEmpty();
    request.client.method
        = clientId.isEmpty() && secret.isEmpty() ? ClientCredentials::Method::None : ClientCredentials::Method::Body;
    request.issuer = QStringLiteral("http://127.0.0.1:8787");
    return request;
}

const QString Marketplace = QString::fromLatin1(ApiFixture::MarketplaceClientId);
const QString MarketplaceSecret = QString::fromLatin1(ApiFixture::MarketplaceSecret);
const QString Integration = QString::fromLatin1(ApiFixture::IntegrationClientId);
const QString IntegrationSecret = QString::fromLatin1(ApiFixture::IntegrationSecret);
const QByteArray Login = "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B";

} // namespace

class TestTokenDecisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decide_data();
    void decide();
    void refreshTokenRotates();

private:
    TokenResult decide(const QByteArray &form, const QString &clientId, const QString &secret = {})
    {
        return m_api.services().tokens().handle(requestOf(form, clientId, secret));
    }

    ApiFixture m_api;
};

void TestTokenDecisions::initTestCase()
{
    QVERIFY(m_api.startServices());
}

void TestTokenDecisions::decide_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("error"); // the OAuth error code; empty: tokens issued
    QTest::addColumn<QString>("scope"); // of the tokens issued
    QTest::addColumn<bool>("refreshToken"); // whether a refresh token comes with them

    const QString unknownClient = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const QString wrong = QStringLiteral("wrong-secret");
    const QString none;
    const QString user = QStringLiteral("user");
    const QString publicRead = QStringLiteral("public-read");
    const QString integ = QStringLiteral("integ");

    // 7. grant_type
    QTest::newRow("no grant_type") << QByteArray("scope=user") << Marketplace << none << QByteArray("invalid_request")
                                   << none << false;
    QTest::newRow("empty grant_type") << QByteArray("grant_type=") << Marketplace << none
                                      << QByteArray("invalid_request") << none << false;
    QTest::newRow("grant names compare exactly") << QByteArray("grant_type=Password") << Marketplace << none
                                                 << QByteArray("unsupported_grant_type") << none << false;
    QTest::newRow("unknown grant") << QByteArray("grant_type=implicit") << Marketplace << none
                                   << QByteArray("unsupported_grant_type") << none << false;
    // 8. client authentication
    QTest::newRow("unknown client") << QByteArray("grant_type=client_credentials") << unknownClient << none
                                    << QByteArray("invalid_client") << none << false;
    QTest::newRow("no client") << QByteArray("grant_type=client_credentials") << none << none
                               << QByteArray("invalid_client") << none << false;
    QTest::newRow("anonymous, wrong optional secret") << QByteArray("grant_type=client_credentials") << Marketplace
                                                      << wrong << QByteArray("invalid_client") << none << false;
    QTest::newRow("integration without its secret") << QByteArray("grant_type=client_credentials") << Integration
                                                    << none << QByteArray("invalid_client") << none << false;
    QTest::newRow("integration, wrong secret") << QByteArray("grant_type=client_credentials") << Integration << wrong
                                               << QByteArray("invalid_client") << none << false;
    QTest::newRow("token_exchange without the secret")
        << QByteArray("grant_type=token_exchange&subject_token=x") << Marketplace << none
        << QByteArray("invalid_client") << none << false;
    // 9. grant enabled for the client
    QTest::newRow("password for an integration")
        << Login << Integration << IntegrationSecret << QByteArray("unauthorized_client") << none << false;
    // 10. grant parameters
    QTest::newRow("password without password") << QByteArray("grant_type=password&username=joe%40example.com")
                                               << Marketplace << none << QByteArray("invalid_request") << none << false;
    QTest::newRow("password, empty username") << QByteArray("grant_type=password&username=&password=x") << Marketplace
                                              << none << QByteArray("invalid_request") << none << false;
    QTest::newRow("refresh_token without one") << QByteArray("grant_type=refresh_token") << Marketplace << none
                                               << QByteArray("invalid_request") << none << false;
    // 11. grant validation
    QTest::newRow("wrong password") << QByteArray("grant_type=password&username=joe%40example.com&password=nope")
                                    << Marketplace << none << QByteArray("invalid_grant") << none << false;
    QTest::newRow("unknown user") << QByteArray("grant_type=password&username=ann%40example.com&password=x")
                                  << Marketplace << none << QByteArray("invalid_grant") << none << false;
    QTest::newRow("unknown refresh token") << QByteArray("grant_type=refresh_token&refresh_token=made-up")
                                           << Marketplace << none << QByteArray("invalid_grant") << none << false;
    QTest::newRow("token_exchange of a made-up token")
        << QByteArray("grant_type=token_exchange&subject_token=x") << Marketplace << MarketplaceSecret
        << QByteArray("invalid_grant") << none << false;
    // 12. scope
    QTest::newRow("anonymous asking for user") << QByteArray("grant_type=client_credentials&scope=user") << Marketplace
                                               << none << QByteArray("invalid_scope") << none << false;
    QTest::newRow("login asking for public-read")
        << Login + "&scope=public-read" << Marketplace << none << QByteArray("invalid_scope") << none << false;
    QTest::newRow("integration asking for user")
        << QByteArray("grant_type=client_credentials&scope=user") << Integration << IntegrationSecret
        << QByteArray("invalid_scope") << none << false;
    // Tokens
    QTest::newRow("anonymous") << QByteArray("grant_type=client_credentials&scope=public-read") << Marketplace << none
                               << QByteArray() << publicRead << false;
    QTest::newRow("anonymous without scope")
        << QByteArray("grant_type=client_credentials") << Marketplace << none << QByteArray() << publicRead << false;
    QTest::newRow("anonymous with the optional secret") << QByteArray("grant_type=client_credentials") << Marketplace
                                                        << MarketplaceSecret << QByteArray() << publicRead << false;
    QTest::newRow("integration") << QByteArray("grant_type=client_credentials&scope=integ") << Integration
                                 << IntegrationSecret << QByteArray() << integ << true;
    QTest::newRow("login") << Login + "&scope=user" << Marketplace << none << QByteArray() << user << true;
    QTest::newRow("login, e-mail in capitals")
        << QByteArray("grant_type=password&username=JOE%40Example.com&password=secret%20pass%26%3D%2B") << Marketplace
        << none << QByteArray() << user << true;
}

void TestTokenDecisions::decide()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QByteArray, error);
    QFETCH(QString, scope);
    QFETCH(bool, refreshToken);

    const TokenResult result = decide(form, clientId, secret);
    if (!error.isEmpty()) {
        QVERIFY2(std::holds_alternative<OAuthError>(result), "tokens were issued");
        const OAuthError &failure = std::get<OAuthError>(result);
        QVERIFY2(OAuthError::codeName(failure.code) == error, qPrintable(failure.reason.english()));
        QVERIFY(!failure.description.isEmpty());
        return;
    }
    const auto *failure = std::get_if<OAuthError>(&result);
    QVERIFY2(!failure, failure ? qPrintable(failure->reason.english()) : "");
    const IssuedTokens &tokens = std::get<IssuedTokens>(result);
    QCOMPARE(tokens.scope, scope);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(tokens.expiresIn > 0);
    QCOMPARE(!tokens.refreshToken.isEmpty(), refreshToken);
}

void TestTokenDecisions::refreshTokenRotates()
{
    const TokenResult login = decide(Login, Marketplace);
    QVERIFY(std::holds_alternative<IssuedTokens>(login));
    const QByteArray first = std::get<IssuedTokens>(login).refreshToken;

    const TokenResult refreshed = decide("grant_type=refresh_token&refresh_token=" + first, Marketplace);
    QVERIFY(std::holds_alternative<IssuedTokens>(refreshed));
    const IssuedTokens &next = std::get<IssuedTokens>(refreshed);
    QCOMPARE(next.scope, QStringLiteral("user"));
    QVERIFY(!next.refreshToken.isEmpty() && next.refreshToken != first);

    // Another application cannot use it, and the refreshed one keeps working.
    QCOMPARE(std::get<OAuthError>(
                 decide("grant_type=refresh_token&refresh_token=" + next.refreshToken, Integration, IntegrationSecret))
                 .code,
        OAuthError::Code::InvalidGrant);
    QVERIFY(std::holds_alternative<IssuedTokens>(
        decide("grant_type=refresh_token&refresh_token=" + next.refreshToken, Marketplace)));

    // Past the grace window the first one is reuse: refused.
    m_api.clock().advance(31);
    QCOMPARE(std::get<OAuthError>(decide("grant_type=refresh_token&refresh_token=" + first, Marketplace)).code,
        OAuthError::Code::InvalidGrant);
}

QTEST_GUILESS_MAIN(TestTokenDecisions)
#include "tst_tokendecisions.moc"
