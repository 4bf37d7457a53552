// The API stand-ins, introspection, discovery documents, CORS, the path prefix and 405s over real HTTP
// against a real server and database (spec sections 2 and 6).

#include "apifixture.h"
#include "rawhttp.h"
#include "services/applicationservice.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

namespace {

using Headers = HttpClient::Headers;

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray MarketSecret = ApiFixture::MarketplaceSecret;
const QByteArray Integ = ApiFixture::IntegrationClientId;
const QByteArray IntegSecret = ApiFixture::IntegrationSecret;
const QByteArray OwnOriginsApp = "0f4c2a8e-4444-4c8e-8f7a-0d9b1c2a3e04";
const QByteArray OwnOrigin = "http://shop.example.test:8080";
const QByteArray AllowedOrigin = "http://localhost:3000";
const QByteArray BadOrigin = "http://localhost:4000";
const QByteArray CurrentUser = "/v1/api/current_user/show";

Headers bearer(const QByteArray &token)
{
    return { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token },
        { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/transit+json") } };
}

Headers withOrigin(Headers headers, const QByteArray &origin)
{
    headers.append({ QByteArrayLiteral("Origin"), origin });
    return headers;
}

QByteArray basic(const QByteArray &id, const QByteArray &secret)
{
    return "Basic " + QByteArray(id + ':' + secret).toBase64();
}

// A Transit map ["^ ", k1, v1, ...] as a JSON object keyed by the Transit keys.
QJsonObject transitMap(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.first().toString() != QLatin1String("^ "))
        return {};
    QJsonObject map;
    for (qsizetype i = 1; i + 1 < array.size(); i += 2)
        map.insert(array.at(i).toString(), array.at(i + 1));
    return map;
}

QJsonObject jwtHeader(const QByteArray &token)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(0),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

QJsonObject jwtPayload(const QByteArray &token)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(1),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void currentUserIsTransit();
    void marketplaceAndIntegrationApis();
    void invalidTokensAre401_data();
    void invalidTokensAre401();
    void wrongScopeIs403_data();
    void wrongScopeIs403();
    void introspection();
    void introspectionNeedsClientAuth_data();
    void introspectionNeedsClientAuth();
    void metadata();
    void jwksKidMatchesTokens();
    void corsOnAllowedOrigins_data();
    void corsOnAllowedOrigins();
    void disallowedOriginIsRefusedAndDoesNoWork();
    void preflight_data();
    void preflight();
    void applicationsOwnOriginsAreAllowed();
    void pathPrefix_data();
    void pathPrefix();
    void wrongMethodIs405_data();
    void wrongMethodIs405();
    void unknownPathIs404();
    void refusalsReachTheRequestLog();

private:
    QByteArray accessToken(const QByteArray &form);
    QByteArray userToken();
    QByteArray anonymousToken();
    QByteArray integrationToken();
    HttpReply introspect(const QByteArray &token, const Headers &extra = {}, const QByteArray &auth = {});

    ApiFixture m_api;
};

void TestApiEndpoints::initTestCase()
{
    QVERIFY(m_api.start());
    Application own;
    own.clientId = QString::fromLatin1(OwnOriginsApp);
    own.name = QStringLiteral("Shop with its own origin");
    own.type = ApplicationType::Marketplace;
    own.settings = GrantSettings::defaultsFor(own.type);
    own.settings.corsOrigins = { QString::fromLatin1(OwnOrigin) };
    QVERIFY(m_api.services().applications().createWith(own, QStringLiteral("own-secret"), QStringLiteral("test")));
    QVERIFY(m_api.services().testUsers().create({ QStringLiteral("origin@example.com"), QStringLiteral("Origin Tester"),
                                                    QStringLiteral("origin-password"), false },
        QStringLiteral("test")));
}

QByteArray TestApiEndpoints::accessToken(const QByteArray &form)
{
    const HttpReply reply = m_api.token(form);
    if (reply.status != 200)
        qWarning("token request failed: %d %s", reply.status, reply.body.constData());
    return reply.json().value(QLatin1String("access_token")).toString().toUtf8();
}

QByteArray TestApiEndpoints::userToken()
{
    return m_api.login().value(QLatin1String("access_token")).toString().toUtf8();
}

QByteArray TestApiEndpoints::anonymousToken()
{
    return accessToken("grant_type=client_credentials&scope=public-read&client_id=" + Market);
}

QByteArray TestApiEndpoints::integrationToken()
{
    return accessToken(
        "grant_type=client_credentials&scope=integ&client_id=" + Integ + "&client_secret=" + IntegSecret);
}

HttpReply TestApiEndpoints::introspect(const QByteArray &token, const Headers &extra, const QByteArray &auth)
{
    const QByteArray body = auth.isNull()
        ? QByteArray("client_id=" + Market + "&client_secret=" + MarketSecret + "&token=" + token)
        : QByteArray("token=" + token);
    Headers headers = extra;
    if (!auth.isNull())
        headers.append({ QByteArrayLiteral("Authorization"), auth });
    return m_api.http().postForm(QStringLiteral("/v1/auth/introspect"), body, headers);
}

void TestApiEndpoints::currentUserIsTransit()
{
    const QByteArray token = userToken();
    QVERIFY(!token.isEmpty());
    const HttpReply reply = m_api.http().get(QString::fromLatin1(CurrentUser), bearer(token));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/transit+json;charset=UTF-8"));

    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    QVERIFY2(document.isArray(), reply.body.constData());
    const QJsonObject envelope = transitMap(document.array());
    QCOMPARE(envelope.keys(),
        QStringList({ QStringLiteral("~:data"), QStringLiteral("~:included"), QStringLiteral("~:meta") }));
    QCOMPARE(envelope.value(QLatin1String("~:included")).toArray(), QJsonArray());
    QCOMPARE(envelope.value(QLatin1String("~:meta")).toArray(), QJsonArray({ QStringLiteral("^ ") }));

    const QJsonObject data = transitMap(envelope.value(QLatin1String("~:data")));
    const QString userId = jwtPayload(token).value(QLatin1String("sub")).toString();
    QCOMPARE(data.value(QLatin1String("~:id")).toString(), QString(QStringLiteral("~u") + userId));
    QCOMPARE(data.value(QLatin1String("~:type")).toString(), QStringLiteral("~:currentUser"));
    QCOMPARE(data.value(QLatin1String("~:relationships")).toArray(), QJsonArray({ QStringLiteral("^ ") }));

    const QJsonObject attributes = transitMap(data.value(QLatin1String("~:attributes")));
    QCOMPARE(attributes.value(QLatin1String("~:email")).toString(), QStringLiteral("joe@example.com"));
    QCOMPARE(attributes.value(QLatin1String("~:emailVerified")), QJsonValue(true));
    QCOMPARE(attributes.value(QLatin1String("~:banned")), QJsonValue(false));
    QCOMPARE(attributes.value(QLatin1String("~:deleted")), QJsonValue(false));
    const QString createdAt = attributes.value(QLatin1String("~:createdAt")).toString();
    QVERIFY2(createdAt.startsWith(QLatin1String("~t")), qPrintable(createdAt));
    QVERIFY2(QDateTime::fromString(createdAt.mid(2), Qt::ISODateWithMs).isValid(), qPrintable(createdAt));
    const QJsonObject profile = transitMap(attributes.value(QLatin1String("~:profile")));
    QCOMPARE(profile.value(QLatin1String("~:displayName")).toString(), QStringLiteral("Joe Tester"));
    QCOMPARE(profile.value(QLatin1String("~:abbreviatedName")).toString(), QStringLiteral("JT"));

    // A trusted:user token (token exchange) reads the same user.
    const QByteArray trusted = accessToken(
        "grant_type=token_exchange&client_id=" + Market + "&client_secret=" + MarketSecret + "&subject_token=" + token);
    QVERIFY(!trusted.isEmpty());
    const HttpReply viaTrusted = m_api.http().get(QString::fromLatin1(CurrentUser), bearer(trusted));
    QCOMPARE(viaTrusted.status, 200);
    QCOMPARE(viaTrusted.body, reply.body);
}

void TestApiEndpoints::marketplaceAndIntegrationApis()
{
    const HttpReply market = m_api.http().get(QStringLiteral("/v1/api/marketplace/show"), bearer(anonymousToken()));
    QCOMPARE(market.status, 200);
    QVERIFY(market.header("Content-Type").startsWith("application/transit+json"));
    const QJsonObject data
        = transitMap(transitMap(QJsonDocument::fromJson(market.body).array()).value(QLatin1String("~:data")));
    QCOMPARE(data.value(QLatin1String("~:type")).toString(), QStringLiteral("~:marketplace"));
    QVERIFY(data.value(QLatin1String("~:id")).toString().startsWith(QLatin1String("~u")));

    const HttpReply asUser = m_api.http().get(QStringLiteral("/v1/api/marketplace/show"), bearer(userToken()));
    QCOMPARE(asUser.status, 200);
    QCOMPARE(asUser.body, market.body);

    const HttpReply integ
        = m_api.http().get(QStringLiteral("/v1/integration_api/marketplace/show"), bearer(integrationToken()));
    QCOMPARE(integ.status, 200);
    QVERIFY(integ.header("Content-Type").startsWith("application/transit+json"));
}

void TestApiEndpoints::invalidTokensAre401_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("not a bearer") << QStringLiteral("basic");
    QTest::newRow("malformed") << QStringLiteral("malformed");
    QTest::newRow("bad signature") << QStringLiteral("tampered");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("revoked") << QStringLiteral("revoked");
}

void TestApiEndpoints::invalidTokensAre401()
{
    QFETCH(QString, kind);
    Headers headers { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/transit+json") } };
    if (kind == QLatin1String("basic")) {
        headers.append({ QByteArrayLiteral("Authorization"), basic(Market, MarketSecret) });
    } else if (kind == QLatin1String("malformed")) {
        headers = bearer("not.a.jwt");
    } else if (kind == QLatin1String("tampered")) {
        QList<QByteArray> parts = userToken().split('.');
        QCOMPARE(parts.size(), 3);
        QJsonObject payload = jwtPayload(parts.join('.'));
        payload.insert(QStringLiteral("scope"), QStringLiteral("trusted:user"));
        parts[1] = QJsonDocument(payload)
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        headers = bearer(parts.join('.'));
    } else if (kind == QLatin1String("expired")) {
        const QByteArray token = userToken();
        QCOMPARE(m_api.http().get(QString::fromLatin1(CurrentUser), bearer(token)).status, 200);
        m_api.clock().advance(901);
        headers = bearer(token);
    } else if (kind == QLatin1String("revoked")) {
        const QJsonObject login = m_api.login();
        const QByteArray token = login.value(QLatin1String("access_token")).toString().toUtf8();
        QCOMPARE(m_api.http().get(QString::fromLatin1(CurrentUser), bearer(token)).status, 200);
        const HttpReply revoke = m_api.http().postForm(QStringLiteral("/v1/auth/revoke"),
            "token=" + login.value(QLatin1String("refresh_token")).toString().toUtf8(), bearer(token));
        QCOMPARE(revoke.status, 200);
        headers = bearer(token);
    }

    for (const QString &path : { QString::fromLatin1(CurrentUser), QStringLiteral("/v1/api/marketplace/show"),
             QStringLiteral("/v1/integration_api/marketplace/show") }) {
        const HttpReply reply = m_api.http().get(path, headers);
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.header("WWW-Authenticate").contains("error=\"invalid_token\""),
            reply.header("WWW-Authenticate").constData());
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_token"));
    }
}

void TestApiEndpoints::wrongScopeIs403_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("anonymous on current_user") << QStringLiteral("anonymous") << QString::fromLatin1(CurrentUser);
    QTest::newRow("integration on current_user") << QStringLiteral("integ") << QString::fromLatin1(CurrentUser);
    QTest::newRow("integration on marketplace API")
        << QStringLiteral("integ") << QStringLiteral("/v1/api/marketplace/show");
    QTest::newRow("user on integration API")
        << QStringLiteral("user") << QStringLiteral("/v1/integration_api/marketplace/show");
    QTest::newRow("anonymous on integration API")
        << QStringLiteral("anonymous") << QStringLiteral("/v1/integration_api/marketplace/show");
}

void TestApiEndpoints::wrongScopeIs403()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    const QByteArray value = token == QLatin1String("anonymous") ? anonymousToken()
        : token == QLatin1String("integ")                        ? integrationToken()
                                                                 : userToken();
    QVERIFY(!value.isEmpty());
    const HttpReply reply = m_api.http().get(path, bearer(value));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("insufficient_scope"));
    QVERIFY(reply.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
}

void TestApiEndpoints::introspection()
{
    const QJsonObject login = m_api.login();
    const QByteArray token = login.value(QLatin1String("access_token")).toString().toUtf8();
    const HttpReply active = introspect(token);
    QCOMPARE(active.status, 200);
    QCOMPARE(active.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject claims = active.json();
    QCOMPARE(claims.value(QLatin1String("active")), QJsonValue(true));
    QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    QCOMPARE(claims.value(QLatin1String("client_id")).toString(), QString::fromLatin1(Market));
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), jwtPayload(token).value(QLatin1String("sub")).toString());
    QCOMPARE(claims.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), jwtPayload(token).value(QLatin1String("exp")).toInteger());
    QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), jwtPayload(token).value(QLatin1String("iat")).toInteger());

    // HTTP Basic works as well as the body.
    QCOMPARE(
        introspect(token, {}, basic(Market, MarketSecret)).json().value(QLatin1String("active")), QJsonValue(true));
    // Another client's token is not active for this client.
    const HttpReply foreign = m_api.http().postForm(QStringLiteral("/v1/auth/introspect"),
        "client_id=" + Integ + "&client_secret=" + IntegSecret + "&token=" + token);
    QCOMPARE(foreign.status, 200);
    QCOMPARE(foreign.json(), QJsonObject({ { QStringLiteral("active"), false } }));

    const HttpReply revoke = m_api.http().postForm(QStringLiteral("/v1/auth/revoke"),
        "token=" + login.value(QLatin1String("refresh_token")).toString().toUtf8(), bearer(token));
    QCOMPARE(revoke.status, 200);
    const HttpReply inactive = introspect(token);
    QCOMPARE(inactive.status, 200);
    QCOMPARE(inactive.json(), QJsonObject({ { QStringLiteral("active"), false } }));
    QCOMPARE(introspect("garbage").json(), QJsonObject({ { QStringLiteral("active"), false } }));
}

void TestApiEndpoints::introspectionNeedsClientAuth_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no client") << QByteArray("token=x") << QByteArray();
    QTest::newRow("client ID only") << QByteArray("client_id=" + Market + "&token=x") << QByteArray();
    QTest::newRow("wrong secret") << QByteArray("client_id=" + Market + "&client_secret=wrong&token=x") << QByteArray();
    QTest::newRow("unknown client") << QByteArray(
        "client_id=0f4c2a8e-9999-4c8e-8f7a-0d9b1c2a3e09&client_secret=x&token=x")
                                    << QByteArray();
    QTest::newRow("wrong Basic secret") << QByteArray("token=x") << basic(Market, "wrong");
}

void TestApiEndpoints::introspectionNeedsClientAuth()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({ QByteArrayLiteral("Authorization"), authorization });
    const HttpReply reply = m_api.http().postForm(QStringLiteral("/v1/auth/introspect"), body, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(!reply.header("WWW-Authenticate").isEmpty());
}

void TestApiEndpoints::metadata()
{
    const HttpReply reply = m_api.http().get(QStringLiteral("/.well-known/oauth-authorization-server"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject meta = reply.json();
    const QString base = m_api.http().baseUrl().toString(QUrl::StripTrailingSlash);
    QCOMPARE(meta.value(QLatin1String("issuer")).toString(), base);
    QCOMPARE(meta.value(QLatin1String("token_endpoint")).toString(), QString(base + QStringLiteral("/v1/auth/token")));
    QCOMPARE(
        meta.value(QLatin1String("revocation_endpoint")).toString(), QString(base + QStringLiteral("/v1/auth/revoke")));
    QCOMPARE(meta.value(QLatin1String("introspection_endpoint")).toString(),
        QString(base + QStringLiteral("/v1/auth/introspect")));
    QCOMPARE(
        meta.value(QLatin1String("jwks_uri")).toString(), QString(base + QStringLiteral("/.well-known/jwks.json")));
    const QJsonArray grants = meta.value(QLatin1String("grant_types_supported")).toArray();
    for (const char *grant : { "client_credentials", "password", "refresh_token", "token_exchange" })
        QVERIFY2(grants.contains(QString::fromLatin1(grant)), grant);
    const QJsonArray methods = meta.value(QLatin1String("token_endpoint_auth_methods_supported")).toArray();
    for (const char *method : { "client_secret_basic", "client_secret_post", "none" })
        QVERIFY2(methods.contains(QString::fromLatin1(method)), method);
    QVERIFY(meta.value(QLatin1String("introspection_endpoint_auth_methods_supported"))
                .toArray()
                .contains(QStringLiteral("client_secret_basic")));
    const QJsonArray scopes = meta.value(QLatin1String("scopes_supported")).toArray();
    for (const char *scope : { "public-read", "user", "trusted:user", "integ" })
        QVERIFY2(scopes.contains(QString::fromLatin1(scope)), scope);

    // The token's issuer is the metadata's issuer.
    QCOMPARE(jwtPayload(anonymousToken()).value(QLatin1String("iss")).toString(), base);
}

void TestApiEndpoints::jwksKidMatchesTokens()
{
    const HttpReply reply = m_api.http().get(QStringLiteral("/.well-known/jwks.json"));
    QCOMPARE(reply.status, 200);
    const QJsonArray keys = reply.json().value(QLatin1String("keys")).toArray();
    QVERIFY(!keys.isEmpty());

    for (const QByteArray &token : { userToken(), anonymousToken(), integrationToken() }) {
        const QJsonObject header = jwtHeader(token);
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
        const QString kid = header.value(QLatin1String("kid")).toString();
        QVERIFY(!kid.isEmpty());
        QJsonObject match;
        for (const QJsonValue &key : keys) {
            if (key.toObject().value(QLatin1String("kid")).toString() == kid)
                match = key.toObject();
        }
        QVERIFY2(!match.isEmpty(), qPrintable(kid));
        QCOMPARE(match.value(QLatin1String("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(match.value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(QByteArray::fromBase64(match.value(QLatin1String("x")).toString().toLatin1(),
                     QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                     .size(),
            32);
        QVERIFY2(!match.contains(QLatin1String("d")), "the JWKS must not carry the private key");
    }
}

void TestApiEndpoints::corsOnAllowedOrigins_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray anonymous = "grant_type=client_credentials&scope=public-read&client_id=" + Market;
    for (const QByteArray &origin : { AllowedOrigin, QByteArray("http://127.0.0.1:3000") }) {
        QTest::addRow("%s token 200", origin.constData())
            << origin << QByteArray("POST") << QStringLiteral("/v1/auth/token") << anonymous << 200;
        QTest::addRow("%s token 401", origin.constData())
            << origin << QByteArray("POST") << QStringLiteral("/v1/auth/token")
            << QByteArray(
                   "grant_type=password&username=joe%40example.com&password=wrong&scope=user&client_id=" + Market)
            << 401;
        QTest::addRow("%s token 400", origin.constData())
            << origin << QByteArray("POST") << QStringLiteral("/v1/auth/token") << QByteArray("grant_type=nope") << 400;
        QTest::addRow("%s current_user 401", origin.constData())
            << origin << QByteArray("GET") << QString::fromLatin1(CurrentUser) << QByteArray() << 401;
        QTest::addRow("%s revoke 401", origin.constData())
            << origin << QByteArray("POST") << QStringLiteral("/v1/auth/revoke") << QByteArray("token=x") << 401;
        QTest::addRow("%s health 200", origin.constData())
            << origin << QByteArray("GET") << QStringLiteral("/health") << QByteArray() << 200;
        QTest::addRow("%s jwks 200", origin.constData())
            << origin << QByteArray("GET") << QStringLiteral("/.well-known/jwks.json") << QByteArray() << 200;
        QTest::addRow("%s 405", origin.constData())
            << origin << QByteArray("GET") << QStringLiteral("/v1/auth/token") << QByteArray() << 405;
    }
}

void TestApiEndpoints::corsOnAllowedOrigins()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    Headers headers { { QByteArrayLiteral("Origin"), origin } };
    if (method == "POST")
        headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
    const HttpReply reply = m_api.http().send(method, path, body, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), origin);
    QVERIFY2(reply.header("Vary").contains("Origin"), reply.header("Vary").constData());
    if (status == 401) {
        // The SDK reads WWW-Authenticate only if the browser lets it.
        QVERIFY(reply.header("Access-Control-Expose-Headers").contains("WWW-Authenticate"));
    }
}

void TestApiEndpoints::disallowedOriginIsRefusedAndDoesNoWork()
{
    RequestLog &log = m_api.services().requestLog();
    const qsizetype before = log.snapshot().size();
    const Headers bad { { QByteArrayLiteral("Origin"), BadOrigin } };

    // Far more wrong passwords than the lockout threshold (10): none of them reaches the grant.
    for (int i = 0; i < 12; ++i) {
        const HttpReply reply = m_api.token(
            "grant_type=password&username=origin%40example.com&password=wrong&scope=user&client_id=" + Market, bad);
        QCOMPARE(reply.status, 403);
        // Exactly the pinned body: the refused origin is named in the request log, never echoed.
        QCOMPARE(reply.json(), QJsonObject({ { QStringLiteral("error"), QStringLiteral("origin_not_allowed") } }));
        QVERIFY(reply.header("Access-Control-Allow-Origin").isEmpty());
    }
    // The right password from a bad origin issues no token either.
    const HttpReply right = m_api.token(
        "grant_type=password&username=origin%40example.com&password=origin-password&scope=user&client_id=" + Market,
        bad);
    QCOMPARE(right.status, 403);
    QVERIFY(!right.body.contains("access_token"));
    const HttpReply revoke = m_api.http().postForm(QStringLiteral("/v1/auth/revoke"), "token=x", bad);
    QCOMPARE(revoke.status, 403);
    // Logged as refusals, no grant decided: every entry is the 403.
    for (const TokenDecision &entry : log.snapshot().mid(before))
        QCOMPARE(entry.error, QStringLiteral("origin_not_allowed"));
    const qsizetype refused = log.snapshot().size();
    QCOMPARE(refused, before + 14);

    // Every path refuses it, the API stand-ins and discovery documents too.
    for (const QString &path : { QString::fromLatin1(CurrentUser), QStringLiteral("/v1/api/marketplace/show"),
             QStringLiteral("/.well-known/jwks.json"), QStringLiteral("/health"),
             QStringLiteral("/x/v1/api/marketplace/show") }) {
        const HttpReply reply = m_api.http().get(path, bad);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("origin_not_allowed"));
    }

    // The user is not locked: a login without an Origin (not a browser) works at once.
    const HttpReply login = m_api.token(
        "grant_type=password&username=origin%40example.com&password=origin-password&scope=user&client_id=" + Market);
    QCOMPARE(login.status, 200);
    QCOMPARE(log.snapshot().size(), refused + 5 + 1);
}

void TestApiEndpoints::refusalsReachTheRequestLog()
{
    RequestLog &log = m_api.services().requestLog();
    log.clear();
    const QByteArray agent = "shop-frontend/1.0 (test)";
    const auto find = [&log](const QString &method, const QString &path, int status) -> std::optional<TokenDecision> {
        for (const TokenDecision &entry : log.snapshot()) {
            if (entry.method == method && entry.path == path && entry.status == status)
                return entry;
        }
        return std::nullopt;
    };

    // A token request from a page whose origin is not allowed.
    const HttpReply cors = m_api.token("grant_type=password&username=origin%40example.com&password=origin-password"
                                       "&scope=user&client_id="
            + Market,
        { { QByteArrayLiteral("Origin"), BadOrigin }, { QByteArrayLiteral("User-Agent"), agent } });
    QCOMPARE(cors.status, 403);
    std::optional<TokenDecision> entry = find(QStringLiteral("POST"), QStringLiteral("/v1/auth/token"), 403);
    QVERIFY(entry);
    QCOMPARE(entry->error, QStringLiteral("origin_not_allowed"));
    QCOMPARE(entry->origin, QString::fromLatin1(BadOrigin));
    QCOMPARE(entry->clientAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(entry->userAgent, QString::fromLatin1(agent));
    QCOMPARE(entry->clientId, QString::fromLatin1(Market)); // which application the page was for
    QVERIFY2(entry->reason.english().contains(QString::fromLatin1(BadOrigin)), qPrintable(entry->reason.english()));
    // The answer itself is the pinned body; the log's reason names the origin, not the answer.
    QCOMPARE(entry->responseBody, QStringLiteral("{\"error\":\"origin_not_allowed\"}"));
    bool passwordShown = false;
    for (const auto &[name, value] : entry->parameters)
        passwordShown = passwordShown || value.contains(QLatin1String("origin-password"));
    QVERIFY(!passwordShown);

    // Its preflight.
    const HttpReply preflight = m_api.http().send("OPTIONS", QStringLiteral("/v1/auth/token"), {},
        { { QByteArrayLiteral("Origin"), BadOrigin }, { QByteArrayLiteral("Access-Control-Request-Method"), "POST" },
            { QByteArrayLiteral("User-Agent"), agent } });
    QCOMPARE(preflight.status, 403);
    entry = find(QStringLiteral("OPTIONS"), QStringLiteral("/v1/auth/token"), 403);
    QVERIFY(entry);
    QCOMPARE(entry->error, QStringLiteral("origin_not_allowed"));
    QCOMPARE(entry->origin, QString::fromLatin1(BadOrigin));
    QCOMPARE(entry->userAgent, QString::fromLatin1(agent));
    QCOMPARE(entry->clientAddress, QStringLiteral("127.0.0.1"));

    // A DNS-rebinding page: the Host guard refuses it.
    RawConnection rebound(m_api.port());
    rebound.send("GET /v1/api/marketplace/show HTTP/1.1\r\nHost: evil.example.com\r\nOrigin: http://evil.example.com"
                 "\r\nUser-Agent: "
        + agent + "\r\n\r\n");
    QCOMPARE(rebound.readResponse().status, 403);
    entry = find(QStringLiteral("GET"), QStringLiteral("/v1/api/marketplace/show"), 403);
    QVERIFY(entry);
    QCOMPARE(entry->error, QStringLiteral("host_not_allowed"));
    QCOMPARE(entry->origin, QStringLiteral("http://evil.example.com"));
    QCOMPARE(entry->userAgent, QString::fromLatin1(agent));
    QCOMPARE(entry->clientAddress, QStringLiteral("127.0.0.1"));
    QVERIFY2(entry->reason.english().contains(QLatin1String("evil.example.com")), qPrintable(entry->reason.english()));

    // An error of an API stand-in: a token that is not valid. The bearer token is not kept.
    Headers badToken = withOrigin(bearer("not-a-real-token"), AllowedOrigin);
    badToken.append({ QByteArrayLiteral("User-Agent"), agent });
    QCOMPARE(m_api.http().get(QString::fromLatin1(CurrentUser), badToken).status, 401);
    entry = find(QStringLiteral("GET"), QString::fromLatin1(CurrentUser), 401);
    QVERIFY(entry);
    QCOMPARE(entry->origin, QString::fromLatin1(AllowedOrigin));
    QCOMPARE(entry->userAgent, QString::fromLatin1(agent));
    QCOMPARE(entry->clientAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!entry->error.isEmpty());
    QVERIFY(!entry->reason.isEmpty());
    for (const auto &[name, value] : entry->headers) {
        QVERIFY2(!value.contains(QLatin1String("not-a-real-token")), qPrintable(name));
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            QCOMPARE(value, QStringLiteral("Bearer [redacted]"));
    }

    // A body over the limit, refused by the limits layer once the request line was read.
    RawConnection large(m_api.port());
    large.send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_api.port())
        + "\r\nUser-Agent: " + agent
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000\r\n\r\n");
    QCOMPARE(large.readResponse().status, 413);
    QTRY_VERIFY(find(QStringLiteral("POST"), QStringLiteral("/v1/auth/token"), 413));
    entry = find(QStringLiteral("POST"), QStringLiteral("/v1/auth/token"), 413);
    QCOMPARE(entry->userAgent, QString::fromLatin1(agent));
    QCOMPARE(entry->clientAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!entry->reason.isEmpty());
}

void TestApiEndpoints::preflight_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("token") << QStringLiteral("/v1/auth/token") << QByteArray("POST");
    QTest::newRow("revoke") << QStringLiteral("/v1/auth/revoke") << QByteArray("POST");
    QTest::newRow("current_user") << QString::fromLatin1(CurrentUser) << QByteArray("GET");
    QTest::newRow("marketplace") << QStringLiteral("/v1/api/marketplace/show") << QByteArray("GET");
    QTest::newRow("prefixed current_user") << QStringLiteral("/prefix/v1/api/current_user/show") << QByteArray("GET");
}

void TestApiEndpoints::preflight()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    const Headers headers { { QByteArrayLiteral("Origin"), AllowedOrigin },
        { QByteArrayLiteral("Access-Control-Request-Method"), method },
        { QByteArrayLiteral("Access-Control-Request-Headers"), QByteArrayLiteral("authorization") } };
    const HttpReply reply = m_api.http().send("OPTIONS", path, {}, headers);
    QCOMPARE(reply.status, 204);
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), AllowedOrigin);
    QCOMPARE(reply.header("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST"));
    QCOMPARE(reply.header("Access-Control-Allow-Headers"),
        QByteArrayLiteral("Authorization, Content-Type, Accept, X-Transit-Verbose"));
    bool ok = false;
    QVERIFY(reply.header("Access-Control-Max-Age").toInt(&ok) > 0 && ok);
    QVERIFY(reply.header("Vary").contains("Origin"));
    QVERIFY(reply.body.isEmpty());

    Headers badHeaders = headers;
    badHeaders[0].second = BadOrigin;
    const HttpReply refused = m_api.http().send("OPTIONS", path, {}, badHeaders);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.header("Access-Control-Allow-Origin").isEmpty());
    QVERIFY(refused.header("Access-Control-Allow-Methods").isEmpty());
}

void TestApiEndpoints::applicationsOwnOriginsAreAllowed()
{
    const Headers own { { QByteArrayLiteral("Origin"), OwnOrigin } };
    const HttpReply token
        = m_api.token("grant_type=client_credentials&scope=public-read&client_id=" + OwnOriginsApp, own);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.header("Access-Control-Allow-Origin"), OwnOrigin);
    const HttpReply api = m_api.http().get(QStringLiteral("/v1/api/marketplace/show"),
        withOrigin(bearer(token.json().value(QLatin1String("access_token")).toString().toUtf8()), OwnOrigin));
    QCOMPARE(api.status, 200);
    QCOMPARE(api.header("Access-Control-Allow-Origin"), OwnOrigin);
    const HttpReply preflight = m_api.http().send("OPTIONS", QString::fromLatin1(CurrentUser), {},
        { { QByteArrayLiteral("Origin"), OwnOrigin }, { QByteArrayLiteral("Access-Control-Request-Method"), "GET" } });
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("Access-Control-Allow-Origin"), OwnOrigin);

    // Origins compare exactly: another port or scheme is another origin.
    for (const QByteArray &other : { QByteArray("http://shop.example.test:8081"),
             QByteArray("https://shop.example.test:8080"), QByteArray("http://shop.example.test:8080/") }) {
        const HttpReply reply = m_api.http().get(QStringLiteral("/health"), { { QByteArrayLiteral("Origin"), other } });
        QVERIFY2(reply.status == 403, other.constData());
    }
}

void TestApiEndpoints::pathPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("/x") << QStringLiteral("/x");
    QTest::newRow("/prefix") << QStringLiteral("/prefix");
}

void TestApiEndpoints::pathPrefix()
{
    QFETCH(QString, prefix);
    const HttpReply token = m_api.http().postForm(prefix + QStringLiteral("/v1/auth/token"),
        "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&scope=user&client_id="
            + Market);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject pair = token.json();
    const QByteArray access = pair.value(QLatin1String("access_token")).toString().toUtf8();
    const HttpReply me = m_api.http().get(prefix + QString::fromLatin1(CurrentUser), bearer(access));
    QCOMPARE(me.status, 200);
    QVERIFY(me.body.contains("joe@example.com"));
    QCOMPARE(m_api.http().get(prefix + QStringLiteral("/.well-known/jwks.json")).status, 200);
    QCOMPARE(m_api.http().get(prefix + QStringLiteral("/health")).status, 200);
    const HttpReply refresh = m_api.http().postForm(prefix + QStringLiteral("/v1/auth/token"),
        "grant_type=refresh_token&client_id=" + Market
            + "&refresh_token=" + QUrl::toPercentEncoding(pair.value(QLatin1String("refresh_token")).toString()));
    QCOMPARE(refresh.status, 200);
    const HttpReply revoke = m_api.http().postForm(prefix + QStringLiteral("/v1/auth/revoke"),
        "token=" + QUrl::toPercentEncoding(refresh.json().value(QLatin1String("refresh_token")).toString()),
        bearer(refresh.json().value(QLatin1String("access_token")).toString().toUtf8()));
    QCOMPARE(revoke.status, 200);
    const HttpReply introspected = m_api.http().postForm(prefix + QStringLiteral("/v1/auth/introspect"),
        "client_id=" + Market + "&client_secret=" + MarketSecret + "&token=" + access);
    QCOMPARE(introspected.status, 200);
    QCOMPARE(introspected.json().value(QLatin1String("active")), QJsonValue(false));
}

void TestApiEndpoints::wrongMethodIs405_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET token") << QByteArray("GET") << QStringLiteral("/v1/auth/token") << QByteArray("POST, OPTIONS");
    QTest::newRow("PUT revoke") << QByteArray("PUT") << QStringLiteral("/v1/auth/revoke")
                                << QByteArray("POST, OPTIONS");
    QTest::newRow("GET introspect") << QByteArray("GET") << QStringLiteral("/v1/auth/introspect")
                                    << QByteArray("POST, OPTIONS");
    QTest::newRow("POST current_user") << QByteArray("POST") << QString::fromLatin1(CurrentUser)
                                       << QByteArray("GET, OPTIONS");
    QTest::newRow("DELETE marketplace") << QByteArray("DELETE") << QStringLiteral("/v1/api/marketplace/show")
                                        << QByteArray("GET, OPTIONS");
    QTest::newRow("POST metadata") << QByteArray("POST") << QStringLiteral("/.well-known/oauth-authorization-server")
                                   << QByteArray("GET, OPTIONS");
    QTest::newRow("POST jwks") << QByteArray("POST") << QStringLiteral("/.well-known/jwks.json")
                               << QByteArray("GET, OPTIONS");
    QTest::newRow("PATCH health") << QByteArray("PATCH") << QStringLiteral("/health") << QByteArray("GET, OPTIONS");
    QTest::newRow("prefixed GET token") << QByteArray("GET") << QStringLiteral("/x/v1/auth/token")
                                        << QByteArray("POST, OPTIONS");
}

void TestApiEndpoints::wrongMethodIs405()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpReply reply = m_api.http().send(method, path, method == "GET" ? QByteArray() : QByteArray("x=1"), {});
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), allow);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestApiEndpoints::unknownPathIs404()
{
    for (const QString &path :
        { QStringLiteral("/v1/nothing"), QStringLiteral("/a/b/v1/auth/token"), QStringLiteral("/v2/auth/token") }) {
        const HttpReply reply = m_api.http().get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("not_found"));
    }
}

QTEST_MAIN(TestApiEndpoints)
#include "tst_apiendpoints.moc"
