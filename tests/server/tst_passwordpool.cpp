// Password grants (argon2id) on the bounded hashing pool (spec section 5): answered through the
// deferred responder, 503 + Retry-After when the queue is full, other grants fast meanwhile, and a
// client that leaves early harms nothing.

#include "apifixture.h"
#include "rawhttp.h"
#include "server/authserver.h"
#include "services/requestlog.h"
#include "services/servicehub.h"

#include <QJsonDocument>
#include <QTest>

using namespace authdesk;

namespace {

const QByteArray LoginForm
    = QByteArrayLiteral(
          "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&scope=user&client_id=")
    + ApiFixture::MarketplaceClientId;
const QByteArray AnonymousForm
    = QByteArrayLiteral("grant_type=client_credentials&scope=public-read&client_id=") + ApiFixture::MarketplaceClientId;

QByteArray tokenRequest(quint16 port, const QByteArray &form, const QByteArray &extra = {})
{
    return RawConnection::request(
        "POST", "/v1/auth/token", port, "Content-Type: application/x-www-form-urlencoded\r\n" + extra, form);
}

} // namespace

class TestPasswordPool : public QObject
{
    Q_OBJECT

private slots:
    void passwordGrantIsDeferred();
    void deferredAnswerKeepsCorsAndHeaders();
    void fullQueueAnswers503WhileOtherGrantsStayFast();
    void clientLeavingBeforeTheAnswerIsHarmless();
    void pipelinedRequestBehindDeferredAnswerIsNotReordered();
    void deferredAnswerHonoursConnectionClose();
};

void TestPasswordPool::passwordGrantIsDeferred()
{
    ApiFixture api;
    QVERIFY(api.start());
    const qsizetype before = api.services().requestLog().snapshot().size();
    const QJsonObject tokens = api.login();
    QVERIFY(tokens.contains(QLatin1String("access_token")));
    QVERIFY(tokens.contains(QLatin1String("refresh_token")));
    const QList<TokenDecision> log = api.services().requestLog().snapshot();
    QCOMPARE(log.size(), before + 1);
    QCOMPARE(log.back().status, 200);
    QCOMPARE(log.back().grantType, QStringLiteral("password"));

    // A wrong password is deferred too, and logged the same way.
    const HttpReply wrong = api.token("grant_type=password&username=joe%40example.com&password=nope&client_id="
        + QByteArray(ApiFixture::MarketplaceClientId));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.header("WWW-Authenticate"), QByteArray("Bearer realm=\"authdesk\""));
    QCOMPARE(api.services().requestLog().snapshot().size(), before + 2);

    // The connection stays usable after a deferred answer.
    RawConnection c(api.port());
    c.send(tokenRequest(api.port(), LoginForm));
    QCOMPARE(c.readResponse().status, 200);
    c.send(tokenRequest(api.port(), AnonymousForm));
    QCOMPARE(c.readResponse().status, 200);
    QVERIFY(c.isConnected());
}

void TestPasswordPool::deferredAnswerKeepsCorsAndHeaders()
{
    ApiFixture api;
    QVERIFY(api.start());
    const HttpReply reply
        = api.token(LoginForm, { { QByteArrayLiteral("Origin"), QByteArrayLiteral("http://localhost:3000") } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QVERIFY(reply.header("Vary").contains("Origin"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));

    const HttpReply bad
        = api.token(LoginForm, { { QByteArrayLiteral("Origin"), QByteArrayLiteral("http://evil.example") } });
    QCOMPARE(bad.status, 403);
}

void TestPasswordPool::fullQueueAnswers503WhileOtherGrantsStayFast()
{
    // One hashing thread, so the accepted logins take turns: argon2id for all of them takes a few
    // hundred milliseconds, the window in which the anonymous grant below must be answered.
    ServerOptions options;
    options.hashingThreads = 1;
    options.hashingQueue = 11;
    ApiFixture api(options);
    QVERIFY(api.start());
    const qsizetype logged = api.services().requestLog().snapshot().size();

    // Many logins at once, each on its own connection: at most 1 + 11 fit in the pool.
    constexpr int Logins = 24;
    std::vector<std::unique_ptr<RawConnection>> logins;
    for (int i = 0; i < Logins; ++i) {
        logins.push_back(std::make_unique<RawConnection>(api.port()));
        logins.back()->send(tokenRequest(api.port(), LoginForm));
    }
    // Meanwhile an anonymous client_credentials grant does not wait for argon2id (how fast it is
    // under logins is bench/run's "mixed" case).
    RawConnection anonymous(api.port());
    anonymous.send(tokenRequest(api.port(), AnonymousForm));
    const RawResponse fast = anonymous.readResponse();
    QCOMPARE(fast.status, 200);

    int ok = 0;
    int busy = 0;
    for (const auto &login : logins) {
        const RawResponse r = login->readResponse(10'000);
        if (r.status == 200) {
            ++ok;
        } else {
            QCOMPARE(r.status, 503);
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
            QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString(),
                QStringLiteral("temporarily_unavailable"));
            ++busy;
        }
    }
    qInfo("%d logins answered 200, %d answered 503", ok, busy);
    QVERIFY(ok >= 3);
    QVERIFY(busy >= 1);
    QCOMPARE(ok + busy, Logins);
    const QList<TokenDecision> log = api.services().requestLog().snapshot().mid(logged);
    QCOMPARE(std::count_if(log.cbegin(), log.cend(), [](const TokenDecision &d) { return d.status == 503; }), busy);
    // The log is in the order of the decisions: the anonymous grant was answered before the hashing
    // thread got through the logins it had accepted, not after them.
    const auto isAnonymous = [](const TokenDecision &d) { return d.grantType == QLatin1String("client_credentials"); };
    const auto isLogin
        = [](const TokenDecision &d) { return d.grantType == QLatin1String("password") && d.status == 200; };
    const qsizetype anonymousAt = std::find_if(log.cbegin(), log.cend(), isAnonymous) - log.cbegin();
    const qsizetype lastLoginAt = log.crend() - std::find_if(log.crbegin(), log.crend(), isLogin) - 1;
    QVERIFY2(anonymousAt < lastLoginAt,
        qPrintable(
            QStringLiteral("anonymous grant decided %1th, the last login %2th").arg(anonymousAt).arg(lastLoginAt)));

    // Once the queue drained, logins work again.
    QTRY_COMPARE_WITH_TIMEOUT(api.login().contains(QLatin1String("access_token")), true, 5000);
}

void TestPasswordPool::clientLeavingBeforeTheAnswerIsHarmless()
{
    ServerOptions options;
    options.hashingThreads = 1;
    options.hashingQueue = 8;
    ApiFixture api(options);
    QVERIFY(api.start());
    for (int i = 0; i < 6; ++i) {
        RawConnection c(api.port());
        c.send(tokenRequest(api.port(), LoginForm));
        // Gone before argon2id finishes. A FIN after the request, not a reset: a reset may reach the
        // server before it read the request, which then never happened.
        c.socket().disconnectFromHost();
        QVERIFY(c.socket().state() == QAbstractSocket::UnconnectedState || c.socket().waitForDisconnected(5000));
    }
    // The grants still complete (and are logged); their answers go nowhere.
    QTRY_COMPARE_WITH_TIMEOUT(api.services().requestLog().snapshot().size(), qsizetype(6), 10'000);
    QVERIFY(api.login().contains(QLatin1String("access_token")));
}

void TestPasswordPool::pipelinedRequestBehindDeferredAnswerIsNotReordered()
{
    ApiFixture api;
    QVERIFY(api.start());
    RawConnection c(api.port());
    // The login is answered later, from the pool; the pipelined /health must not overtake it.
    c.send(tokenRequest(api.port(), LoginForm) + RawConnection::request("GET", "/health", api.port()));
    const RawResponse first = c.readResponse();
    QCOMPARE(first.status, 200);
    QVERIFY2(first.body.contains("access_token"), first.body.constData());
    QCOMPARE(first.header("Connection"), QByteArray("close")); // the pipelined request is not read
    QVERIFY(c.waitForClose(3000));
}

void TestPasswordPool::deferredAnswerHonoursConnectionClose()
{
    ApiFixture api;
    QVERIFY(api.start());
    RawConnection c(api.port());
    c.send(tokenRequest(api.port(), LoginForm, "Connection: close\r\n"));
    const RawResponse r = c.readResponse();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(c.waitForClose(3000));
}

QTEST_GUILESS_MAIN(TestPasswordPool)
#include "tst_passwordpool.moc"
