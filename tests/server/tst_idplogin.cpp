// POST /v1/auth/auth_with_idp against a real server and database, with a real OpenID Connect
// provider (TestIdp: HTTP + RSA keys) in the test (spec section 12): each refusal in the spec's
// order, the user found by linked identity or by verified e-mail, and the sign-up stand-ins.

#include "apifixture.h"
#include "services/applicationservice.h"
#include "services/identityproviderservice.h"
#include "services/jwkscache.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "testidp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace authdesk;
using namespace std::chrono_literals;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray MarketSecret = ApiFixture::MarketplaceSecret;
const QString IdpPath = QStringLiteral("/v1/auth/auth_with_idp");
const QString IdpClient = QStringLiteral("idp-client");
const QString TrustedClient = QStringLiteral("trusted-client");

QByteArray enc(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray form(const QByteArray &token, const QString &idpId = QStringLiteral("test-idp"),
    const QString &idpClientId = IdpClient, const QByteArray &secret = MarketSecret)
{
    QByteArray body = "client_id=" + Market + "&idp_id=" + enc(idpId) + "&idp_client_id=" + enc(idpClientId)
        + "&idp_token=" + token;
    if (!secret.isEmpty())
        body += "&client_secret=" + enc(QString::fromLatin1(secret));
    return body;
}

QString error(const HttpReply &reply)
{
    return reply.json().value(QLatin1String("error")).toString();
}

} // namespace

class TestIdpLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void logsInByVerifiedEmailAndLinks();
    void logsInByLinkedIdentity();
    void acceptsATrustedClientId();
    void ignoresOneTrailingSlashOfTheIssuer();
    void acceptsClockSkewWithinLeeway();
    void refusesTheToken_data();
    void refusesTheToken();
    void refusesUnknownIdpAndForeignClientId();
    void refusesUnverifiedEmails();
    void refusesBannedUser();
    void checksRunInTheSpecsOrder();
    void unreachableIdpIs503();
    void unknownKidRefetchesAtMostEvery30Seconds();
    void idTokenIsRedactedInTheRequestLog();
    void signUpThenPasswordLogin();
    void signUpWithIdpThenIdpLogin();
    void signUpRefusals();

private:
    HttpReply login(const QByteArray &body) { return m_api.http().postForm(IdpPath, body); }
    QByteArray anonymousToken();
    HttpReply transitPost(const QString &path, const QByteArray &body);

    ApiFixture m_api;
    TestIdp m_idp;
};

void TestIdpLogin::initTestCase()
{
    QVERIFY(m_api.start());
    QVERIFY(m_idp.start());
    m_idp.setClock([this] { return m_api.clock().now().toSecsSinceEpoch(); });
    IdentityProvider provider;
    provider.idpId = QStringLiteral("test-idp");
    provider.name = QStringLiteral("Test IdP");
    provider.issuer = m_idp.issuer();
    provider.clientId = IdpClient;
    provider.trustedClientIds = { TrustedClient };
    QVERIFY(m_api.services().identityProviders().create(provider, QStringLiteral("test")));
    // The fixture's seed lists the spec example's grants, which predate auth_with_idp.
    auto app = m_api.services().applications().find(QString::fromLatin1(Market));
    QVERIFY(app && app->has_value());
    Application enabled = **app;
    enabled.settings.enabledGrants.append(GrantType::AuthWithIdp);
    QVERIFY(m_api.services().applications().update(enabled, QStringLiteral("test")));
    NewTestUser unverified { QStringLiteral("unverified@example.com"), QStringLiteral("Un Verified"),
        QStringLiteral("some password"), false, false };
    QVERIFY(m_api.services().testUsers().create(unverified, QStringLiteral("test")));
    NewTestUser banned { QStringLiteral("banned@example.com"), QStringLiteral("Banned"), QStringLiteral("pw"), true };
    QVERIFY(m_api.services().testUsers().create(banned, QStringLiteral("test")));
}

void TestIdpLogin::logsInByVerifiedEmailAndLinks()
{
    const HttpReply reply = login(
        form(m_idp.sign(m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QStringLiteral("JOE@example.com")))));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(json.value(QLatin1String("refresh_token")).toString().startsWith(QLatin1String("adr_")));

    const auto joe = m_api.services().testUsers().findByEmail(QStringLiteral("joe@example.com"));
    QVERIFY(joe && joe->has_value());
    const auto links = m_api.services().identityProviders().identitiesOf((*joe)->id);
    QVERIFY(links);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().subject, QStringLiteral("sub-joe"));
}

void TestIdpLogin::logsInByLinkedIdentity()
{
    // Linked by the test above: neither the e-mail nor its verification matters any more.
    QJsonObject claims = m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QStringLiteral("other@elsewhere.test"));
    claims.insert(QStringLiteral("email_verified"), false);
    const HttpReply reply = login(form(m_idp.sign(claims)));
    QCOMPARE(reply.status, 200);
    const HttpReply me = m_api.http().get(QStringLiteral("/v1/api/current_user/show"),
        { { "Authorization", "Bearer " + reply.json().value(QLatin1String("access_token")).toString().toLatin1() } });
    QCOMPARE(me.status, 200);
    QVERIFY(me.body.contains("joe@example.com"));
}

void TestIdpLogin::acceptsATrustedClientId()
{
    const QByteArray token
        = m_idp.sign(m_idp.claims(TrustedClient, QStringLiteral("sub-joe"), QStringLiteral("joe@example.com")));
    QCOMPARE(login(form(token, QStringLiteral("test-idp"), TrustedClient)).status, 200);
    // aud may be a list: it must contain idp_client_id.
    QJsonObject claims = m_idp.claims(QString(), QStringLiteral("sub-joe"), QString());
    claims.insert(QStringLiteral("aud"), QJsonArray { QStringLiteral("someone-else"), IdpClient });
    QCOMPARE(login(form(m_idp.sign(claims))).status, 200);
}

void TestIdpLogin::ignoresOneTrailingSlashOfTheIssuer()
{
    QJsonObject claims = m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString());
    claims.insert(QStringLiteral("iss"), QString(m_idp.issuer() + QLatin1Char('/')));
    QCOMPARE(login(form(m_idp.sign(claims))).status, 200);
    claims.insert(QStringLiteral("iss"), QString(m_idp.issuer() + QLatin1String("//")));
    QCOMPARE(login(form(m_idp.sign(claims))).status, 401);
}

void TestIdpLogin::acceptsClockSkewWithinLeeway()
{
    const qint64 now = m_api.clock().now().toSecsSinceEpoch();
    QJsonObject claims = m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString());
    claims.insert(QStringLiteral("exp"), now - 30);
    claims.insert(QStringLiteral("iat"), now + 30);
    QCOMPARE(login(form(m_idp.sign(claims))).status, 200);
}

void TestIdpLogin::refusesTheToken_data()
{
    QTest::addColumn<QByteArray>("token");
    const qint64 now = m_api.clock().now().toSecsSinceEpoch();
    const QJsonObject good = m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QStringLiteral("joe@example.com"));

    QJsonObject claims = good;
    claims.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    QTest::addRow("wrong audience") << m_idp.sign(claims);
    claims = good;
    claims.insert(QStringLiteral("exp"), now - 61);
    QTest::addRow("expired") << m_idp.sign(claims);
    claims = good;
    claims.insert(QStringLiteral("iat"), now + 61);
    QTest::addRow("issued in the future") << m_idp.sign(claims);
    claims = good;
    claims.remove(QStringLiteral("exp"));
    QTest::addRow("no exp") << m_idp.sign(claims);
    claims = good;
    claims.insert(QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:1"));
    QTest::addRow("wrong issuer") << m_idp.sign(claims);
    QTest::addRow("foreign key") << m_idp.signWithForeignKey(good);
    QTest::addRow("HS256") << m_idp.signHs256(good);
    const QList<QByteArray> parts = m_idp
                                        .signWithHeader({ { QStringLiteral("alg"), QStringLiteral("none") },
                                                            { QStringLiteral("kid"), m_idp.currentKid() } },
                                            good)
                                        .split('.');
    QTest::addRow("alg none") << parts.at(0) + '.' + parts.at(1) + '.';
    QTest::addRow("no kid") << m_idp.signWithHeader({ { QStringLiteral("alg"), QStringLiteral("RS256") } }, good);
    QTest::addRow("not a JWS") << QByteArray("not-a-token");
}

void TestIdpLogin::refusesTheToken()
{
    QFETCH(QByteArray, token);
    const HttpReply reply = login(form(token));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer realm=\"authdesk\""));
}

void TestIdpLogin::refusesUnknownIdpAndForeignClientId()
{
    const QByteArray token = m_idp.sign(m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString()));
    HttpReply reply = login(form(token, QStringLiteral("nobody")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
    reply = login(form(m_idp.sign(m_idp.claims(QStringLiteral("stranger"), QStringLiteral("sub-joe"), QString())),
        QStringLiteral("test-idp"), QStringLiteral("stranger")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
}

void TestIdpLogin::refusesUnverifiedEmails()
{
    // The token does not vouch for the e-mail.
    QJsonObject claims = m_idp.claims(IdpClient, QStringLiteral("sub-new-1"), QStringLiteral("joe@example.com"));
    claims.insert(QStringLiteral("email_verified"), false);
    QCOMPARE(login(form(m_idp.sign(claims))).status, 401);
    // The test user's e-mail is not verified.
    claims = m_idp.claims(IdpClient, QStringLiteral("sub-new-2"), QStringLiteral("unverified@example.com"));
    const HttpReply reply = login(form(m_idp.sign(claims)));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
    // Nobody with that e-mail.
    claims = m_idp.claims(IdpClient, QStringLiteral("sub-new-3"), QStringLiteral("nobody@example.com"));
    QCOMPARE(login(form(m_idp.sign(claims))).status, 401);
}

void TestIdpLogin::refusesBannedUser()
{
    const HttpReply reply = login(
        form(m_idp.sign(m_idp.claims(IdpClient, QStringLiteral("sub-banned"), QStringLiteral("banned@example.com")))));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
}

void TestIdpLogin::checksRunInTheSpecsOrder()
{
    // A bad token everywhere, so each answer can only come from the earlier check.
    const QByteArray bad = "not-a-token";
    HttpReply reply = m_api.http().postForm(IdpPath, form(bad), { { "Content-Type", "application/json" } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_request"));
    reply = login(form(bad) + "&idp_id=again");
    QCOMPARE(reply.status, 400);

    reply = login(form(bad, QStringLiteral("nobody"), IdpClient, QByteArray()));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_client"));
    reply = login(form(bad, QStringLiteral("nobody"), IdpClient, "wrong-secret"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_client"));

    auto app = m_api.services().applications().find(QString::fromLatin1(Market));
    QVERIFY(app && app->has_value());
    Application changed = **app;
    QVERIFY(GrantSettings::defaultsFor(ApplicationType::Marketplace).isEnabled(GrantType::AuthWithIdp));
    QVERIFY(!GrantSettings::defaultsFor(ApplicationType::Integration).isEnabled(GrantType::AuthWithIdp));
    changed.settings.enabledGrants.removeAll(GrantType::AuthWithIdp);
    QVERIFY(m_api.services().applications().update(changed, QStringLiteral("test")));
    reply = login(form(bad, QStringLiteral("nobody")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("unauthorized_client"));
    QVERIFY(m_api.services().applications().update(**app, QStringLiteral("test")));

    reply = login(form(bad, QStringLiteral("nobody")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));

    // auth_with_idp is no grant_type of the token endpoint.
    reply = m_api.token("grant_type=auth_with_idp&client_id=" + Market);
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("unsupported_grant_type"));
}

void TestIdpLogin::unreachableIdpIs503()
{
    TestIdp down;
    QVERIFY(down.start());
    down.setClock([this] { return m_api.clock().now().toSecsSinceEpoch(); });
    IdentityProvider provider;
    provider.idpId = QStringLiteral("down-idp");
    provider.name = QStringLiteral("Down");
    provider.issuer = down.issuer();
    provider.clientId = IdpClient;
    QVERIFY(m_api.services().identityProviders().create(provider, QStringLiteral("test")));
    const QByteArray token = down.sign(down.claims(IdpClient, QStringLiteral("sub-joe"), QString()));
    down.stop();
    const HttpReply reply = login(form(token, QStringLiteral("down-idp")));
    QCOMPARE(reply.status, 503);
    QCOMPARE(error(reply), QStringLiteral("temporarily_unavailable"));
}

void TestIdpLogin::unknownKidRefetchesAtMostEvery30Seconds()
{
    const QByteArray known = m_idp.sign(m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString()));
    QCOMPARE(login(form(known)).status, 200);
    const int fetches = m_idp.jwksFetches();
    m_idp.rotate();
    const QByteArray rotated = m_idp.sign(m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString()));
    m_api.steadyClock().advance(JwksCache::RefetchInterval + 1s);
    QCOMPARE(login(form(rotated)).status, 200); // unknown kid, last fetch 31 s ago: refetched
    QCOMPARE(m_idp.jwksFetches(), fetches + 1);
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("RS256") },
        { QStringLiteral("kid"), QStringLiteral("made-up") } };
    for (int i = 0; i < 3; ++i) {
        const HttpReply reply
            = login(form(m_idp.signWithHeader(header, m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString()))));
        QCOMPARE(reply.status, 401);
    }
    QCOMPARE(m_idp.jwksFetches(), fetches + 1); // no refetch within 30 s
}

void TestIdpLogin::idTokenIsRedactedInTheRequestLog()
{
    const QByteArray token = m_idp.sign(m_idp.claims(IdpClient, QStringLiteral("sub-joe"), QString()));
    QCOMPARE(login(form(token)).status, 200);
    const QList<TokenDecision> entries = m_api.services().requestLog().snapshot();
    QVERIFY(!entries.isEmpty());
    const TokenDecision &last = entries.last();
    QCOMPARE(last.endpoint, QStringLiteral("auth_with_idp"));
    for (const auto &[name, value] : last.parameters) {
        QVERIFY(!value.contains(QString::fromLatin1(token.left(40))));
        QVERIFY(!value.contains(QString::fromLatin1(MarketSecret)));
    }
}

QByteArray TestIdpLogin::anonymousToken()
{
    const HttpReply reply = m_api.token("grant_type=client_credentials&scope=public-read&client_id=" + Market);
    return reply.json().value(QLatin1String("access_token")).toString().toLatin1();
}

HttpReply TestIdpLogin::transitPost(const QString &path, const QByteArray &body)
{
    return m_api.http().send("POST", path, body,
        { { "Authorization", "Bearer " + anonymousToken() }, { "Content-Type", "application/transit+json" },
            { "Accept", "application/transit+json" } });
}

void TestIdpLogin::signUpThenPasswordLogin()
{
    const HttpReply created = transitPost(QStringLiteral("/v1/api/current_user/create"),
        R"(["^ ","~:email","new@example.com","~:password","a new password","~:firstName","New","~:lastName","User"])");
    QCOMPARE(created.status, 200);
    QVERIFY(created.header("Content-Type").startsWith("application/transit+json"));
    QVERIFY(created.body.contains(R"("~:email","new@example.com")"));
    QVERIFY(created.body.contains(R"("~:displayName","New User")"));
    const HttpReply login = m_api.token(
        "grant_type=password&scope=user&username=new%40example.com&password=a%20new%20password&client_id=" + Market);
    QCOMPARE(login.status, 200);
}

void TestIdpLogin::signUpWithIdpThenIdpLogin()
{
    QJsonObject claims = m_idp.claims(IdpClient, QStringLiteral("sub-fresh"), QStringLiteral("fresh@example.com"));
    const QByteArray token = m_idp.sign(claims);
    const QByteArray body = R"(["^ ","~:idpId","test-idp","~:idpClientId","idp-client","~:idpToken",")" + token
        + R"(","~:firstName","Fresh","~:lastName","Person"])";
    const HttpReply created = transitPost(QStringLiteral("/v1/api/current_user/create_with_idp"), body);
    QCOMPARE(created.status, 200);
    QVERIFY(created.body.contains(R"("~:email","fresh@example.com","~:emailVerified",true)"));
    QCOMPARE(login(form(token)).status, 200);
    // The identity has its user now.
    QCOMPARE(transitPost(QStringLiteral("/v1/api/current_user/create_with_idp"), body).status, 409);
}

void TestIdpLogin::signUpRefusals()
{
    const QString path = QStringLiteral("/v1/api/current_user/create");
    QCOMPARE(
        transitPost(path, R"(["^ ","~:email","joe@example.com","~:password","pw","~:firstName","J","~:lastName","T"])")
            .status,
        409);
    QCOMPARE(transitPost(path, R"(["^ ","~:email","x@example.com","^0","again"])").status, 400);
    QCOMPARE(transitPost(path, R"(["^ ","~:email")").status, 400);
    QCOMPARE(transitPost(path, R"(["^ ","~:email","x@example.com","~:password",["~#set",[]]])").status, 400);
    QCOMPARE(transitPost(path, "{}").status, 400); // no e-mail, no names
    const HttpReply noToken
        = m_api.http().send("POST", path, R"(["^ "])", { { "Content-Type", "application/transit+json" } });
    QCOMPARE(noToken.status, 401);
}

QTEST_GUILESS_MAIN(TestIdpLogin)
#include "tst_idplogin.moc"
