// POST /v1/auth/revoke against a real server and database (spec section 4): the SDK's Bearer form,
// RFC 7009 client authentication, the silent no-ops, and the 401s the SDK relies on.

#include "apifixture.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"

#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray Integ = ApiFixture::IntegrationClientId;
const QByteArray IntegSecret = ApiFixture::IntegrationSecret;
const QString RevokePath = QStringLiteral("/v1/auth/revoke");

QByteArray enc(const QByteArray &value)
{
    return QUrl::toPercentEncoding(QString::fromLatin1(value));
}

QByteArray field(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString().toLatin1();
}

using Headers = HttpClient::Headers;

Headers bearer(const QByteArray &token)
{
    return { { "Authorization", "Bearer " + token } };
}

} // namespace

class TestRevokeEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ownTokenRevokesTheFamily();
    void foreignTokenIsANoOp();
    void tokenOfAnotherClientIsANoOp();
    void unknownTokenIsANoOp();
    void anonymousBearerRevokesNothing();
    void expiredBearerIs401();
    void missingBearerIs401();
    void malformedBearerIs401_data();
    void malformedBearerIs401();
    void missingTokenIs400();
    void clientAuthenticationRevokesOwnIntegrationToken();
    void integrationClientWithoutSecretIs401();
    void marketplaceClientRevokesItsUsersToken();
    void tokenTypeHintIsOnlyAHint();
    void getIsNotAllowed();

private:
    HttpReply revoke(const QByteArray &body, const Headers &headers = {});
    HttpReply refresh(const QByteArray &token, const QByteArray &clientId = Market);
    void verifyEmptyOk(const HttpReply &reply);
    void verifyInvalidToken(const HttpReply &reply);
    static void verifyNoStore(const HttpReply &reply);

    ApiFixture m_api;
};

void TestRevokeEndpoint::initTestCase()
{
    QVERIFY(m_api.start());
    QVERIFY(m_api.services().testUsers().create(
        { QStringLiteral("other@example.com"), QStringLiteral("Other"), QStringLiteral("other-password"), false },
        QStringLiteral("test")));
}

HttpReply TestRevokeEndpoint::revoke(const QByteArray &body, const Headers &headers)
{
    const HttpReply reply = m_api.http().postForm(RevokePath, body, headers);
    verifyNoStore(reply);
    return reply;
}

HttpReply TestRevokeEndpoint::refresh(const QByteArray &token, const QByteArray &clientId)
{
    return m_api.token("client_id=" + clientId + "&grant_type=refresh_token&refresh_token=" + enc(token));
}

void TestRevokeEndpoint::verifyNoStore(const HttpReply &reply)
{
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestRevokeEndpoint::verifyEmptyOk(const HttpReply &reply)
{
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), QByteArray("{}"));
    verifyNoStore(reply);
}

void TestRevokeEndpoint::verifyInvalidToken(const HttpReply &reply)
{
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_token"));
    QVERIFY2(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate").constData());
    QVERIFY2(reply.header("WWW-Authenticate").contains("error=\"invalid_token\""),
        reply.header("WWW-Authenticate").constData());
    verifyNoStore(reply);
}

void TestRevokeEndpoint::ownTokenRevokesTheFamily()
{
    const QJsonObject login = m_api.login();
    const QByteArray access = field(login, "access_token");
    const QByteArray r1 = field(login, "refresh_token");
    // Rotate once, so the revocation hits a family with history, as after a real session.
    const HttpReply rotated = refresh(r1);
    QCOMPARE(rotated.status, 200);
    const QByteArray r2 = field(rotated.json(), "refresh_token");
    const QByteArray access2 = field(rotated.json(), "access_token");
    const QJsonObject unrelated = m_api.login(); // another session of the same user

    verifyEmptyOk(revoke("token=" + enc(r2), bearer(access2)));
    const HttpReply after = refresh(r2);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    // The family's access tokens are dead too, the old one included.
    verifyInvalidToken(revoke("token=" + enc(r2), bearer(access2)));
    verifyInvalidToken(revoke("token=" + enc(r2), bearer(access)));
    // The user's other session lives on.
    QCOMPARE(refresh(field(unrelated, "refresh_token")).status, 200);
}

void TestRevokeEndpoint::foreignTokenIsANoOp()
{
    const QByteArray joeAccess = field(m_api.login(), "access_token");
    const HttpReply other
        = m_api.token("grant_type=password&username=other%40example.com&password=other-password&client_id=" + Market);
    QCOMPARE(other.status, 200);
    const QByteArray otherRefresh = field(other.json(), "refresh_token");

    verifyEmptyOk(revoke("token=" + enc(otherRefresh), bearer(joeAccess)));
    QCOMPARE(refresh(otherRefresh).status, 200); // still works
}

void TestRevokeEndpoint::tokenOfAnotherClientIsANoOp()
{
    // The integration client authenticates fine but does not own a marketplace user's token.
    const QByteArray joeRefresh = field(m_api.login(), "refresh_token");
    verifyEmptyOk(revoke("token=" + enc(joeRefresh) + "&client_id=" + Integ + "&client_secret=" + IntegSecret));
    QCOMPARE(refresh(joeRefresh).status, 200);
}

void TestRevokeEndpoint::unknownTokenIsANoOp()
{
    const QJsonObject login = m_api.login();
    verifyEmptyOk(revoke("token=adr_no-such-token-anywhere", bearer(field(login, "access_token"))));
    // The bearer's own session was not touched.
    QCOMPARE(refresh(field(login, "refresh_token")).status, 200);
}

void TestRevokeEndpoint::anonymousBearerRevokesNothing()
{
    const HttpReply anonymous = m_api.token("grant_type=client_credentials&scope=public-read&client_id=" + Market);
    QCOMPARE(anonymous.status, 200);
    const QByteArray joeRefresh = field(m_api.login(), "refresh_token");

    verifyEmptyOk(revoke("token=" + enc(joeRefresh), bearer(field(anonymous.json(), "access_token"))));
    QCOMPARE(refresh(joeRefresh).status, 200);
}

void TestRevokeEndpoint::expiredBearerIs401()
{
    const QJsonObject login = m_api.login();
    const QByteArray r1 = field(login, "refresh_token");
    m_api.clock().advance(901); // access tokens live 900 s
    verifyInvalidToken(revoke("token=" + enc(r1), bearer(field(login, "access_token"))));
    // Nothing was revoked: the SDK now refreshes and retries.
    const HttpReply refreshed = refresh(r1);
    QCOMPARE(refreshed.status, 200);
    verifyEmptyOk(revoke(
        "token=" + enc(field(refreshed.json(), "refresh_token")), bearer(field(refreshed.json(), "access_token"))));
}

void TestRevokeEndpoint::missingBearerIs401()
{
    const QByteArray r1 = field(m_api.login(), "refresh_token");
    verifyInvalidToken(revoke("token=" + enc(r1)));
    QCOMPARE(refresh(r1).status, 200);
}

void TestRevokeEndpoint::malformedBearerIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("not a JWT") << QByteArray("Bearer not-a-jwt");
    QTest::newRow("three garbage parts") << QByteArray("Bearer aaa.bbb.ccc");
    QTest::newRow("empty token") << QByteArray("Bearer ");
    QTest::newRow("scheme only") << QByteArray("Bearer");
}

void TestRevokeEndpoint::malformedBearerIs401()
{
    QFETCH(QByteArray, authorization);
    const QByteArray r1 = field(m_api.login(), "refresh_token");
    verifyInvalidToken(revoke("token=" + enc(r1), { { "Authorization", authorization } }));
    QCOMPARE(refresh(r1).status, 200);
}

void TestRevokeEndpoint::missingTokenIs400()
{
    const QByteArray access = field(m_api.login(), "access_token");
    for (const QByteArray &body : { QByteArray(), QByteArray("token="), QByteArray("token_type_hint=refresh_token") }) {
        const HttpReply reply = revoke(body, bearer(access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    }
}

void TestRevokeEndpoint::clientAuthenticationRevokesOwnIntegrationToken()
{
    const HttpReply issued
        = m_api.token("grant_type=client_credentials&scope=integ&client_id=" + Integ + "&client_secret=" + IntegSecret);
    QCOMPARE(issued.status, 200);
    const QByteArray r1 = field(issued.json(), "refresh_token");
    QVERIFY(!r1.isEmpty());

    verifyEmptyOk(revoke("token=" + enc(r1) + "&client_id=" + Integ + "&client_secret=" + IntegSecret));
    const HttpReply after = refresh(r1, Integ);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    // Its access token is dead too.
    verifyInvalidToken(revoke("token=" + enc(r1), bearer(field(issued.json(), "access_token"))));

    // HTTP Basic works the same way.
    const HttpReply second
        = m_api.token("grant_type=client_credentials&client_id=" + Integ + "&client_secret=" + IntegSecret);
    QCOMPARE(second.status, 200);
    const QByteArray r2 = field(second.json(), "refresh_token");
    verifyEmptyOk(revoke(
        "token=" + enc(r2), { { "Authorization", "Basic " + QByteArray(Integ + ':' + IntegSecret).toBase64() } }));
    QCOMPARE(refresh(r2, Integ).status, 401);
}

void TestRevokeEndpoint::integrationClientWithoutSecretIs401()
{
    const HttpReply issued
        = m_api.token("grant_type=client_credentials&client_id=" + Integ + "&client_secret=" + IntegSecret);
    QCOMPARE(issued.status, 200);
    const QByteArray r1 = field(issued.json(), "refresh_token");

    for (const QByteArray &body : { QByteArray("token=" + enc(r1) + "&client_id=" + Integ),
             QByteArray("token=" + enc(r1) + "&client_id=" + Integ + "&client_secret=wrong"),
             QByteArray("token=" + enc(r1) + "&client_id=00000000-0000-4000-8000-000000000000") }) {
        const HttpReply reply = revoke(body);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(!reply.header("WWW-Authenticate").isEmpty());
    }
    QCOMPARE(refresh(r1, Integ).status, 200); // nothing was revoked
}

// A marketplace client authenticates with its client ID alone (spec section 1), and RFC 7009 lets an
// authenticated client revoke any token issued to it (spec section 4: "or to the authenticated client").
void TestRevokeEndpoint::marketplaceClientRevokesItsUsersToken()
{
    const QByteArray r1 = field(m_api.login(), "refresh_token");
    // A wrong secret, even for a client that needs none, is refused.
    const HttpReply wrong = revoke("token=" + enc(r1) + "&client_id=" + Market + "&client_secret=wrong");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(refresh(r1).status, 200); // nothing was revoked
    const QByteArray r2 = field(m_api.login(), "refresh_token");

    verifyEmptyOk(revoke("token=" + enc(r2) + "&client_id=" + Market));
    const HttpReply after = refresh(r2);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestRevokeEndpoint::tokenTypeHintIsOnlyAHint()
{
    const QJsonObject login = m_api.login();
    const QByteArray r1 = field(login, "refresh_token");
    verifyEmptyOk(revoke("token=" + enc(r1) + "&token_type_hint=access_token", bearer(field(login, "access_token"))));
    QCOMPARE(refresh(r1).status, 401);

    // A hint nobody knows is no reason to refuse either.
    const QJsonObject second = m_api.login();
    const QByteArray r2 = field(second, "refresh_token");
    verifyEmptyOk(revoke("token_type_hint=something_else&token=" + enc(r2), bearer(field(second, "access_token"))));
    QCOMPARE(refresh(r2).status, 401);
}

void TestRevokeEndpoint::getIsNotAllowed()
{
    for (const QByteArray &method : { QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE") }) {
        const HttpReply reply = m_api.http().send(method, RevokePath, {}, {});
        QCOMPARE(reply.status, 405);
        // POST, and OPTIONS where CORS preflight is served; never the refused method.
        QStringList allowed;
        for (const QByteArray &item : reply.header("Allow").split(','))
            allowed << QString::fromLatin1(item.trimmed());
        QVERIFY2(allowed.contains(QStringLiteral("POST")), reply.header("Allow").constData());
        QVERIFY2(!allowed.contains(QString::fromLatin1(method)), reply.header("Allow").constData());
        for (const QString &item : std::as_const(allowed))
            QVERIFY2(
                item == QLatin1String("POST") || item == QLatin1String("OPTIONS"), reply.header("Allow").constData());
        verifyNoStore(reply);
    }
}

QTEST_GUILESS_MAIN(TestRevokeEndpoint)
#include "tst_revokeendpoint.moc"
