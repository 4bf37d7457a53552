// The built-in test identity provider under /idp/ over real HTTP against a real server and database:
// its OpenID configuration and key, the identity page, the code exchange with PKCE, and an IdP login
// of AuthDesk itself with the ID token it issues.

#include "apifixture.h"
#include "crypto/base64url.h"
#include "crypto/compactjws.h"
#include "crypto/pkce.h"
#include "crypto/rsapublickey.h"
#include "crypto/rsasigningkey.h"
#include "domain/identityprovider.h"
#include "queryparameters.h"
#include "services/applicationservice.h"
#include "services/builtinidp.h"
#include "services/identityproviderservice.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "storage/builtinidpcoderepository.h"
#include "storage/signingkeyrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace authdesk;

namespace {

const QString ClientId = QString::fromLatin1(BuiltinIdp::DefaultClientId);
const QString RedirectUri = QStringLiteral("http://localhost:3000/api/auth/callback");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString State = QStringLiteral("st&te \"1\"");
const QString Nonce = QStringLiteral("n-0S6_WzA2Mj");

QByteArray enc(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// The authorization request; `changes` replace (or, with an empty value, drop) parameters.
QByteArray requestForm(const QueryParameters &changes = {})
{
    const QueryParameters params { { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), ClientId }, { QStringLiteral("redirect_uri"), RedirectUri },
        { QStringLiteral("scope"), QStringLiteral("openid email profile") }, { QStringLiteral("state"), State },
        { QStringLiteral("nonce"), Nonce }, { QStringLiteral("code_challenge"), pkce::challengeFor(Verifier) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
    return encodedParameters(withChanges(params, changes));
}

QString locationParam(const HttpReply &reply, const QString &name)
{
    return QUrlQuery(QUrl::fromEncoded(reply.header("Location"))).queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray exchangeForm(
    const QString &code, const QString &verifier = Verifier, const QString &redirectUri = RedirectUri)
{
    return "grant_type=authorization_code&client_id=" + enc(ClientId) + "&code=" + enc(code)
        + "&redirect_uri=" + enc(redirectUri) + "&code_verifier=" + enc(verifier);
}

QString error(const HttpReply &reply)
{
    return reply.json().value(QLatin1String("error")).toString();
}

} // namespace

class TestBuiltinIdp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void discoveryNamesTheEndpoints();
    void jwksPublishesOneRsaKey();
    void pageOffersTestUsersAndEscapesThem();
    void testUsersAreOfferedOnlyOnceRegistered();
    void typedIdentityRedirectsWithCodeAndState();
    void codeGivesSignedIdToken();
    void pickedUserKeepsTheirNameAndVerifiedFlag();
    void wrongVerifierIsRefusedAndUsesTheCode();
    void codeWorksOnce();
    void codesAreKeptInTheDatabaseByHash();
    void codeExpires();
    void redirectUriMustMatch();
    void unusableRequestsAre400Pages_data();
    void unusableRequestsAre400Pages();
    void otherProblemsRedirectWithError_data();
    void otherProblemsRedirectWithError();
    void userInfoAnswersTheAccessToken();
    void loginWithIdpAcceptsItsIdToken();

private:
    HttpReply page(const QByteArray &query)
    {
        return m_api.http().get(QStringLiteral("/idp/authorize?") + QString::fromLatin1(query));
    }
    HttpReply post(const QByteArray &form) { return m_api.http().postForm(QStringLiteral("/idp/authorize"), form); }
    // Adds authdesk-test-idp for this server's /idp, as the console's button does.
    bool registerProvider();
    // A code for a typed identity.
    QString codeFor(const QString &email, bool verified = true);
    HttpReply exchange(const QByteArray &form) { return m_api.http().postForm(QStringLiteral("/idp/token"), form); }
    QString issuer() { return m_api.http().baseUrl().toString() + QLatin1String("/idp"); }

    ApiFixture m_api;
};

void TestBuiltinIdp::initTestCase()
{
    QVERIFY(m_api.start());
    NewTestUser odd { QStringLiteral("odd@example.com"), QStringLiteral("<img src=x onerror=alert(1)> O'Neil"),
        QStringLiteral("a long enough password"), false, false };
    QVERIFY(m_api.services().testUsers().create(odd, QStringLiteral("test")));
    QVERIFY(registerProvider());
}

bool TestBuiltinIdp::registerProvider()
{
    IdentityProvider provider;
    provider.idpId = QString::fromLatin1(BuiltinIdp::ProviderId);
    provider.name = QStringLiteral("AuthDesk test IdP");
    provider.issuer = issuer();
    provider.clientId = ClientId;
    provider.jwksUri = issuer() + QLatin1String("/jwks.json");
    return m_api.services().identityProviders().create(provider, QStringLiteral("test")).ok();
}

QString TestBuiltinIdp::codeFor(const QString &email, bool verified)
{
    QByteArray form
        = requestForm() + "&email=" + enc(email) + "&given_name=Ann&family_name=" + enc(QStringLiteral("<Tester>"));
    if (verified)
        form += "&email_verified=1";
    const HttpReply reply = post(form);
    if (reply.status != 302)
        return {};
    return locationParam(reply, QStringLiteral("code"));
}

void TestBuiltinIdp::discoveryNamesTheEndpoints()
{
    const HttpReply reply = m_api.http().get(QStringLiteral("/idp/.well-known/openid-configuration"));
    QCOMPARE(reply.status, 200);
    const QJsonObject config = reply.json();
    QCOMPARE(config.value(QLatin1String("issuer")).toString(), issuer());
    QCOMPARE(config.value(QLatin1String("authorization_endpoint")).toString(), issuer() + QLatin1String("/authorize"));
    QCOMPARE(config.value(QLatin1String("token_endpoint")).toString(), issuer() + QLatin1String("/token"));
    QCOMPARE(config.value(QLatin1String("jwks_uri")).toString(), issuer() + QLatin1String("/jwks.json"));
    QCOMPARE(config.value(QLatin1String("userinfo_endpoint")).toString(), issuer() + QLatin1String("/userinfo"));
    QCOMPARE(config.value(QLatin1String("response_types_supported")).toArray(), QJsonArray { QStringLiteral("code") });
    QCOMPARE(config.value(QLatin1String("code_challenge_methods_supported")).toArray(),
        QJsonArray { QStringLiteral("S256") });
    QCOMPARE(config.value(QLatin1String("id_token_signing_alg_values_supported")).toArray(),
        QJsonArray { QStringLiteral("RS256") });
    // What an identity provider of AuthDesk is checked against (IdentityProvider::discoveryUrl).
    IdentityProvider provider;
    provider.issuer = issuer();
    QCOMPARE(provider.discoveryUrl(),
        config.value(QLatin1String("issuer")).toString() + QLatin1String("/.well-known/openid-configuration"));
}

void TestBuiltinIdp::jwksPublishesOneRsaKey()
{
    const HttpReply reply = m_api.http().get(QStringLiteral("/idp/jwks.json"));
    QCOMPARE(reply.status, 200);
    const QJsonArray keys = reply.json().value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(key.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(key.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
    QVERIFY(!key.value(QLatin1String("kid")).toString().isEmpty());
    QVERIFY(!key.contains(QLatin1String("d"))); // no private part
    const Result<RsaPublicKey> parsed = RsaPublicKey::fromJwk(key);
    QVERIFY(parsed);
    QCOMPARE(parsed->bits(), 2048);
    // The same key again: it is made once and stored.
    QCOMPARE(m_api.http().get(QStringLiteral("/idp/jwks.json")).json(), reply.json());

    // Stored wrapped, in a table of its own: not one of the access-token keys.
    const QString kid = key.value(QLatin1String("kid")).toString();
    const Result<QList<StoredSigningKey>> stored
        = SigningKeyRepository(m_api.database(), SigningKeyRepository::Table::BuiltinIdp).all();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().kid, kid);
    QVERIFY(!RsaSigningKey::fromPrivateKeyDer(stored->first().wrappedPrivateKey));
    for (const StoredSigningKey &accessKey : *SigningKeyRepository(m_api.database()).all())
        QVERIFY(accessKey.kid != kid);
    QVERIFY(!m_api.http().get(QStringLiteral("/.well-known/jwks.json")).body.contains(kid.toLatin1()));
}

void TestBuiltinIdp::pageOffersTestUsersAndEscapesThem()
{
    const QString hostile = QStringLiteral("\"><script>alert(2)</script>");
    const HttpReply reply = page(requestForm({ { QStringLiteral("state"), hostile } }));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    const QByteArray csp = reply.header("Content-Security-Policy");
    QVERIFY(csp.contains("default-src 'none'"));
    QVERIFY2(csp.contains("form-action 'self' http://localhost:3000"), csp.constData());
    QCOMPARE(reply.header("X-Frame-Options"), QByteArrayLiteral("DENY"));
    const QByteArray html = reply.body;
    QVERIFY(html.contains("value=\"joe@example.com\""));
    // The odd user's name, and the state, only as text.
    QVERIFY(html.contains("&lt;img src=x onerror=alert(1)&gt; O&#39;Neil"));
    QVERIFY(!html.contains("<img"));
    QVERIFY(html.contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(html.contains("name=\"email_verified\""));
}

void TestBuiltinIdp::testUsersAreOfferedOnlyOnceRegistered()
{
    const QString idpId = QString::fromLatin1(BuiltinIdp::ProviderId);
    QVERIFY(m_api.services().identityProviders().remove(idpId, QStringLiteral("test")));
    const HttpReply reply = page(requestForm());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("id=\"unregistered\""));
    QVERIFY(!reply.body.contains("joe@example.com"));
    QVERIFY(reply.body.contains("id=\"email\"")); // typing still works
    QCOMPARE(post(requestForm() + "&user=joe%40example.com").status, 400);
    QCOMPARE(post(requestForm() + "&email=typed%40example.com").status, 302);
    QVERIFY(registerProvider());
    QVERIFY(!page(requestForm()).body.contains("id=\"unregistered\""));
}

void TestBuiltinIdp::typedIdentityRedirectsWithCodeAndState()
{
    const HttpReply reply = post(requestForm() + "&email=ann%40example.com&email_verified=1");
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("Location").startsWith(QByteArray(RedirectUri.toLatin1() + '?')));
    QCOMPARE(locationParam(reply, QStringLiteral("state")), State);
    QCOMPARE(locationParam(reply, QStringLiteral("code")).size(), 43);
    QVERIFY(!locationParam(reply, QStringLiteral("error")).size());
}

void TestBuiltinIdp::codeGivesSignedIdToken()
{
    const QString code = codeFor(QStringLiteral("ann@example.com"));
    QVERIFY(!code.isEmpty());
    const HttpReply reply = exchange(exchangeForm(code));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(!body.value(QLatin1String("access_token")).toString().isEmpty());
    QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("no-store"));

    const Result<CompactJws> jws = CompactJws::parse(body.value(QLatin1String("id_token")).toString().toLatin1());
    QVERIFY(jws);
    QCOMPARE(jws->header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    const QJsonObject key = m_api.http()
                                .get(QStringLiteral("/idp/jwks.json"))
                                .json()
                                .value(QLatin1String("keys"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(jws->header.value(QLatin1String("kid")).toString(), key.value(QLatin1String("kid")).toString());
    QVERIFY(RsaPublicKey::fromJwk(key)->verifyRs256(jws->signingInput, jws->signature));

    const QJsonObject &claims = jws->claims;
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), issuer());
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), ClientId);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), BuiltinIdp::subjectFor(QStringLiteral("ann@example.com")));
    QCOMPARE(claims.value(QLatin1String("email")).toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(claims.value(QLatin1String("email_verified")).toBool(), true);
    QCOMPARE(claims.value(QLatin1String("given_name")).toString(), QStringLiteral("Ann"));
    QCOMPARE(claims.value(QLatin1String("family_name")).toString(), QStringLiteral("<Tester>"));
    QCOMPARE(claims.value(QLatin1String("nonce")).toString(), Nonce);
    const qint64 now = m_api.clock().now().toSecsSinceEpoch();
    QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), now);
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), now + BuiltinIdp::TokenLifetimeSeconds);
}

void TestBuiltinIdp::pickedUserKeepsTheirNameAndVerifiedFlag()
{
    const HttpReply reply = post(requestForm() + "&user=odd%40example.com");
    QCOMPARE(reply.status, 302);
    const HttpReply tokens = exchange(exchangeForm(locationParam(reply, QStringLiteral("code"))));
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims
        = CompactJws::parse(tokens.json().value(QLatin1String("id_token")).toString().toLatin1())->claims;
    QCOMPARE(claims.value(QLatin1String("email")).toString(), QStringLiteral("odd@example.com"));
    QCOMPARE(claims.value(QLatin1String("email_verified")).toBool(true), false);
    QCOMPARE(claims.value(QLatin1String("given_name")).toString(), QStringLiteral("<img"));

    const HttpReply unknown = post(requestForm() + "&user=nobody%40example.com");
    QCOMPARE(unknown.status, 400);
}

void TestBuiltinIdp::wrongVerifierIsRefusedAndUsesTheCode()
{
    const QString code = codeFor(QStringLiteral("ann@example.com"));
    HttpReply reply = exchange(exchangeForm(code, QStringLiteral("x").repeated(43)));
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
    reply = exchange(exchangeForm(code));
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
}

void TestBuiltinIdp::codeWorksOnce()
{
    const QString code = codeFor(QStringLiteral("ann@example.com"));
    QCOMPARE(exchange(exchangeForm(code)).status, 200);
    const HttpReply again = exchange(exchangeForm(code));
    QCOMPARE(again.status, 400);
    QCOMPARE(error(again), QStringLiteral("invalid_grant"));
}

void TestBuiltinIdp::codesAreKeptInTheDatabaseByHash()
{
    const QString code = codeFor(QStringLiteral("ann@example.com"));
    // Another AuthDesk on the same database redeems it first: then it is used here too.
    BuiltinIdpCodeRepository other(m_api.database());
    const Result<std::optional<BuiltinIdpCode>> taken
        = other.take(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256));
    QVERIFY(taken && taken->has_value());
    QCOMPARE((*taken)->email, QStringLiteral("ann@example.com"));
    QCOMPARE((*taken)->redirectUri, RedirectUri);
    QCOMPARE((*taken)->nonce, Nonce);
    const HttpReply reply = exchange(exchangeForm(code));
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
}

void TestBuiltinIdp::codeExpires()
{
    const QString code = codeFor(QStringLiteral("ann@example.com"));
    m_api.clock().advance(BuiltinIdp::CodeLifetimeSeconds);
    const HttpReply reply = exchange(exchangeForm(code));
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
}

void TestBuiltinIdp::redirectUriMustMatch()
{
    const QString code = codeFor(QStringLiteral("ann@example.com"));
    const HttpReply reply = exchange(exchangeForm(code, Verifier, QStringLiteral("http://localhost:3000/elsewhere")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_grant"));
}

void TestBuiltinIdp::unusableRequestsAre400Pages_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addRow("no client_id") << requestForm({ { QStringLiteral("client_id"), {} } });
    QTest::addRow("no redirect_uri") << requestForm({ { QStringLiteral("redirect_uri"), {} } });
    QTest::addRow("not http") << requestForm(
        { { QStringLiteral("redirect_uri"), QStringLiteral("javascript:alert(1)") } });
    QTest::addRow("a fragment") << requestForm(
        { { QStringLiteral("redirect_uri"), RedirectUri + QLatin1String("#x") } });
    QTest::addRow("repeated") << requestForm() + "&redirect_uri=http%3A%2F%2Fevil.test%2F";
}

void TestBuiltinIdp::unusableRequestsAre400Pages()
{
    QFETCH(QByteArray, query);
    const HttpReply reply = page(query);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.body.contains("This sign-in cannot continue"));
}

void TestBuiltinIdp::otherProblemsRedirectWithError_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("error");
    QTest::addRow("no PKCE") << requestForm({ { QStringLiteral("code_challenge"), {} } })
                             << QStringLiteral("invalid_request");
    QTest::addRow("plain PKCE") << requestForm({ { QStringLiteral("code_challenge_method"), QStringLiteral("plain") } })
                                << QStringLiteral("invalid_request");
    QTest::addRow("token flow") << requestForm({ { QStringLiteral("response_type"), QStringLiteral("token") } })
                                << QStringLiteral("unsupported_response_type");
    QTest::addRow("no openid") << requestForm({ { QStringLiteral("scope"), QStringLiteral("email") } })
                               << QStringLiteral("invalid_scope");
}

void TestBuiltinIdp::otherProblemsRedirectWithError()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, error);
    const HttpReply reply = page(query);
    QCOMPARE(reply.status, 302);
    QCOMPARE(locationParam(reply, QStringLiteral("error")), error);
    QCOMPARE(locationParam(reply, QStringLiteral("state")), State);
    QVERIFY(locationParam(reply, QStringLiteral("code")).isEmpty());
}

void TestBuiltinIdp::userInfoAnswersTheAccessToken()
{
    const HttpReply tokens = exchange(exchangeForm(codeFor(QStringLiteral("ann@example.com"))));
    const QByteArray accessToken = tokens.json().value(QLatin1String("access_token")).toString().toLatin1();
    HttpReply reply = m_api.http().get(
        QStringLiteral("/idp/userinfo"), { { QByteArrayLiteral("Authorization"), "Bearer " + accessToken } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("email")).toString(), QStringLiteral("ann@example.com"));
    reply
        = m_api.http().get(QStringLiteral("/idp/userinfo"), { { QByteArrayLiteral("Authorization"), "Bearer nope" } });
    QCOMPARE(reply.status, 401);
}

void TestBuiltinIdp::loginWithIdpAcceptsItsIdToken()
{
    const QString market = QString::fromLatin1(ApiFixture::MarketplaceClientId);
    auto app = m_api.services().applications().find(market);
    QVERIFY(app && app->has_value());
    Application enabled = **app;
    enabled.settings.enabledGrants.append(GrantType::AuthWithIdp);
    QVERIFY(m_api.services().applications().update(enabled, QStringLiteral("test")));

    const HttpReply tokens = exchange(exchangeForm(codeFor(QString::fromLatin1(ApiFixture::UserEmail))));
    QCOMPARE(tokens.status, 200);
    const QByteArray idToken = tokens.json().value(QLatin1String("id_token")).toString().toLatin1();
    const HttpReply login = m_api.http().postForm(QStringLiteral("/v1/auth/auth_with_idp"),
        "client_id=" + enc(market) + "&client_secret=" + enc(QString::fromLatin1(ApiFixture::MarketplaceSecret))
            + "&idp_id=" + BuiltinIdp::ProviderId + "&idp_client_id=" + enc(ClientId) + "&idp_token=" + idToken);
    QVERIFY2(login.status == 200, login.body.constData());
    QVERIFY(!login.json().value(QLatin1String("access_token")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestBuiltinIdp)
#include "tst_builtinidp.moc"
