// Issue 17, the developer's test kit: the clock offset and the fault rules, on a running server. The
// other process is a second ServiceHub over a second Database on the same data (exactly what the CLI
// or another console opens); its changes must reach this one's server within 1 s.

#include "apifixture.h"
#include "domain/auditfilter.h"
#include "rawhttp.h"
#include "services/auditlog.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "services/testcontrols.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray Anonymous = "grant_type=client_credentials&client_id=" + Market;
const QString Actor = QStringLiteral("tester");

FaultRule rule(const QString &endpoint, FaultRule::Action action, int value = 0)
{
    FaultRule rule;
    rule.endpoint = endpoint;
    rule.action = action;
    if (action == FaultRule::Action::Status)
        rule.status = value;
    if (action == FaultRule::Action::Delay)
        rule.delayMs = value;
    return rule;
}

} // namespace

class TestTestControls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void checkRefusesBadRules_data();
    void checkRefusesBadRules();
    void movedClockExpiresAccessTokensAndRefreshStillWorks();
    void healthReportsTheOffsetOnlyWhileMoved();
    void countedStatusRuleFaultsExactlyThatMany();
    void injectedAnswersAreMarkedInTheRequestLog();
    void grantAndClientNarrowARule();
    void durationRuleEndsWithTheClock();
    void revokeAndApiRules();
    void delayHoldsTheAnswer();
    void dropClosesWithoutAnAnswer();
    void changesOfAnotherProcessApplyWithinOneSecond();
    void countIsSharedBetweenProcesses();
    void clearRemovesRules();
    void changesAreAudited();

private:
    TestControls &controls() { return m_api->services().testControls(); }
    FaultRule add(FaultRule rule, int forSeconds = 0);
    // A second AuthDesk on the same data.
    void openOther();

    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<Database> m_otherDatabase;
    std::unique_ptr<ManualClock> m_otherClock;
    std::unique_ptr<ServiceHub> m_other;
};

void TestTestControls::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
}

void TestTestControls::cleanup()
{
    m_other.reset();
    m_otherDatabase.reset();
    m_api.reset();
}

FaultRule TestTestControls::add(FaultRule rule, int forSeconds)
{
    const Result<FaultRule> added = controls().addFault(rule, forSeconds, Actor);
    if (!added)
        qWarning() << added.error().message();
    return added ? *added : FaultRule();
}

void TestTestControls::openOther()
{
    Result<std::unique_ptr<Database>> other = const_cast<TestDatabase &>(m_api->testDatabase()).open();
    QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
    m_otherDatabase = std::move(*other);
    m_otherClock = std::make_unique<ManualClock>();
    m_otherClock->set(m_api->clock().now());
    m_other = std::make_unique<ServiceHub>(*m_otherDatabase, *m_otherClock);
}

void TestTestControls::checkRefusesBadRules_data()
{
    QTest::addColumn<FaultRule>("rule");
    QTest::addColumn<int>("forSeconds");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("503") << rule(QStringLiteral("token"), FaultRule::Action::Status, 503) << 0 << true;
    QTest::newRow("status 200") << rule(QStringLiteral("token"), FaultRule::Action::Status, 200) << 0 << false;
    QTest::newRow("status 600") << rule(QStringLiteral("token"), FaultRule::Action::Status, 600) << 0 << false;
    QTest::newRow("unknown endpoint") << rule(QStringLiteral("login"), FaultRule::Action::Drop) << 0 << false;
    QTest::newRow("no delay") << rule(QStringLiteral("api"), FaultRule::Action::Delay, 0) << 0 << false;
    FaultRule grantOnRevoke = rule(QStringLiteral("revoke"), FaultRule::Action::Drop);
    grantOnRevoke.grantType = QStringLiteral("password");
    QTest::newRow("grant on revoke") << grantOnRevoke << 0 << false;
    FaultRule both = rule(QStringLiteral("token"), FaultRule::Action::Drop);
    both.remaining = 2;
    QTest::newRow("count and duration") << both << 30 << false;
    FaultRule none = rule(QStringLiteral("token"), FaultRule::Action::Drop);
    none.remaining = 0;
    QTest::newRow("count 0") << none << 0 << false;
}

void TestTestControls::checkRefusesBadRules()
{
    QFETCH(FaultRule, rule);
    QFETCH(int, forSeconds);
    QFETCH(bool, accepted);
    const Result<FaultRule> added = controls().addFault(rule, forSeconds, Actor);
    QCOMPARE(bool(added), accepted);
    if (!accepted) {
        QCOMPARE(added.error().code(), Error::Code::InvalidArgument);
        QVERIFY(controls().faults()->isEmpty());
    }
}

void TestTestControls::movedClockExpiresAccessTokensAndRefreshStillWorks()
{
    const QJsonObject login = m_api->login();
    QVERIFY(!login.isEmpty());
    const QByteArray access = login.value(QLatin1String("access_token")).toString().toLatin1();
    const QByteArray bearer = "Bearer " + access;
    const QString me = QStringLiteral("/v1/api/current_user/show");
    QCOMPARE(m_api->http().get(me, { { "Authorization", bearer } }).status, 200);

    QVERIFY(controls().setClockOffset(+960, Actor));
    QCOMPARE(m_api->services().clock().now(), m_api->clock().now().addSecs(960));
    QCOMPARE(m_api->http().get(me, { { "Authorization", bearer } }).status, 401);

    const HttpReply refreshed = m_api->token("grant_type=refresh_token&client_id=" + Market
        + "&refresh_token=" + QUrl::toPercentEncoding(login.value(QLatin1String("refresh_token")).toString()));
    QCOMPARE(refreshed.status, 200);
    const QByteArray fresh = refreshed.json().value(QLatin1String("access_token")).toString().toLatin1();
    QCOMPARE(m_api->http().get(me, { { "Authorization", "Bearer " + fresh } }).status, 200);

    // Back to the real time, a token issued 16 minutes "later" is not yet valid... but still
    // unexpired, and the one issued before is live again: expiry follows the clock both ways.
    QVERIFY(controls().setClockOffset(0, Actor));
    QCOMPARE(m_api->services().clock().now(), m_api->clock().now());
}

void TestTestControls::healthReportsTheOffsetOnlyWhileMoved()
{
    QCOMPARE(m_api->http().get(QStringLiteral("/health")).body, QByteArrayLiteral(R"({"status":"ok"})"));
    QVERIFY(controls().setClockOffset(-60, Actor));
    const QJsonObject health = m_api->http().get(QStringLiteral("/health")).json();
    QCOMPARE(health.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.value(QLatin1String("clock_offset_seconds")).toInteger(), -60);
    QVERIFY(controls().setClockOffset(0, Actor));
    QCOMPARE(m_api->http().get(QStringLiteral("/health")).body, QByteArrayLiteral(R"({"status":"ok"})"));
    QVERIFY(!controls().setClockOffset(TestControls::MaxOffsetSeconds + 1, Actor));
}

void TestTestControls::countedStatusRuleFaultsExactlyThatMany()
{
    FaultRule unavailable = rule(QStringLiteral("token"), FaultRule::Action::Status, 503);
    unavailable.remaining = 2;
    add(unavailable);
    FaultRule limited = rule(QStringLiteral("token"), FaultRule::Action::Status, 429);
    limited.remaining = 1;
    add(limited);
    for (int i = 0; i < 2; ++i) {
        const HttpReply reply = m_api->token(Anonymous);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArrayLiteral("1"));
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("temporarily_unavailable"));
    }
    const HttpReply limitedReply = m_api->token(Anonymous);
    QCOMPARE(limitedReply.status, 429);
    QCOMPARE(limitedReply.header("Retry-After"), QByteArrayLiteral("1"));
    QCOMPARE(limitedReply.json().value(QLatin1String("error")).toString(), QStringLiteral("too_many_requests"));
    QCOMPARE(m_api->token(Anonymous).status, 200);
    QVERIFY(controls().faults()->isEmpty());

    add(rule(QStringLiteral("token"), FaultRule::Action::Status, 500));
    const HttpReply failed = m_api->token(Anonymous);
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json().value(QLatin1String("error")).toString(), QStringLiteral("server_error"));
    QCOMPARE(m_api->token(Anonymous).status, 500); // no count, no duration: until cleared
}

void TestTestControls::injectedAnswersAreMarkedInTheRequestLog()
{
    FaultRule once = rule(QStringLiteral("token"), FaultRule::Action::Status, 503);
    once.remaining = 1;
    add(once);
    QCOMPARE(m_api->token(Anonymous).status, 503);
    QCOMPARE(m_api->token(Anonymous).status, 200);
    const QList<TokenDecision> log = m_api->services().requestLog().snapshot();
    QCOMPARE(log.size(), 2);
    const auto injected = std::find_if(log.cbegin(), log.cend(), [](const TokenDecision &d) { return d.injected; });
    QVERIFY(injected != log.cend());
    QCOMPARE(injected->status, 503);
    QCOMPARE(injected->endpoint, QStringLiteral("token"));
    QCOMPARE(injected->grantType, QStringLiteral("client_credentials"));
    QCOMPARE(injected->clientId, QString::fromLatin1(Market));
    QCOMPARE(injected->error, QStringLiteral("temporarily_unavailable"));
    QCOMPARE(std::count_if(log.cbegin(), log.cend(), [](const TokenDecision &d) { return d.injected; }), 1);
}

void TestTestControls::grantAndClientNarrowARule()
{
    FaultRule refreshOnly = rule(QStringLiteral("token"), FaultRule::Action::Status, 503);
    refreshOnly.grantType = QStringLiteral("refresh_token");
    add(refreshOnly);
    FaultRule integrationOnly = rule(QStringLiteral("token"), FaultRule::Action::Status, 500);
    integrationOnly.clientId = QString::fromLatin1(ApiFixture::IntegrationClientId);
    add(integrationOnly);

    const QJsonObject login = m_api->login(); // password grant of the marketplace client: untouched
    QVERIFY(!login.isEmpty());
    QCOMPARE(m_api->token(Anonymous).status, 200);
    const HttpReply refresh = m_api->token("grant_type=refresh_token&client_id=" + Market
        + "&refresh_token=" + QUrl::toPercentEncoding(login.value(QLatin1String("refresh_token")).toString()));
    QCOMPARE(refresh.status, 503);
    // The integration client, by its Basic credentials.
    const QByteArray basic = "Basic "
        + QByteArray(QByteArray(ApiFixture::IntegrationClientId) + ':' + ApiFixture::IntegrationSecret).toBase64();
    QCOMPARE(m_api->token("grant_type=client_credentials&scope=integ", { { "Authorization", basic } }).status, 500);
}

void TestTestControls::durationRuleEndsWithTheClock()
{
    add(rule(QStringLiteral("token"), FaultRule::Action::Status, 503), 60);
    QCOMPARE(m_api->token(Anonymous).status, 503);
    m_api->clock().advance(59);
    QCOMPARE(m_api->token(Anonymous).status, 503);
    m_api->clock().advance(1);
    QCOMPARE(m_api->token(Anonymous).status, 200);
    QVERIFY(controls().faults()->isEmpty());
    // Moving the test clock does not end it: durations are real time.
    add(rule(QStringLiteral("token"), FaultRule::Action::Status, 503), 60);
    QVERIFY(controls().setClockOffset(3600, Actor));
    QCOMPARE(m_api->token(Anonymous).status, 503);
}

void TestTestControls::revokeAndApiRules()
{
    const QJsonObject login = m_api->login();
    const QByteArray bearer = "Bearer " + login.value(QLatin1String("access_token")).toString().toLatin1();
    FaultRule api = rule(QStringLiteral("api"), FaultRule::Action::Status, 503);
    api.clientId = QString::fromLatin1(Market); // from the bearer token's claims
    api.remaining = 1;
    add(api);
    add(rule(QStringLiteral("revoke"), FaultRule::Action::Status, 500));
    const QString me = QStringLiteral("/v1/api/current_user/show");
    QCOMPARE(m_api->http().get(me, { { "Authorization", bearer } }).status, 503);
    QCOMPARE(m_api->http().get(me, { { "Authorization", bearer } }).status, 200);
    QCOMPARE(m_api->token(Anonymous).status, 200);
    const HttpReply revoke = m_api->http().postForm(QStringLiteral("/v1/auth/revoke"),
        "client_id=" + Market
            + "&token=" + QUrl::toPercentEncoding(login.value(QLatin1String("refresh_token")).toString()));
    QCOMPARE(revoke.status, 500);
}

void TestTestControls::delayHoldsTheAnswer()
{
    FaultRule slow = rule(QStringLiteral("token"), FaultRule::Action::Delay, 400);
    slow.remaining = 1;
    add(slow);
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpReply reply = m_api->token(Anonymous);
    QCOMPARE(reply.status, 200);
    QVERIFY2(elapsed.elapsed() >= 400, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(reply.json().contains(QLatin1String("access_token")));
    // A password grant (the hashing pool normally) and the API are held as well.
    slow.remaining = 1;
    add(slow);
    elapsed.restart();
    const QJsonObject login = m_api->login();
    QVERIFY(!login.isEmpty());
    QVERIFY(elapsed.elapsed() >= 400);
}

void TestTestControls::dropClosesWithoutAnAnswer()
{
    FaultRule drop = rule(QStringLiteral("token"), FaultRule::Action::Drop);
    drop.remaining = 1;
    add(drop);
    // A raw connection: QNetworkAccessManager would send the request again on a new one.
    RawConnection raw(m_api->port());
    QVERIFY(raw.isConnected());
    raw.send(RawConnection::request(
        "POST", "/v1/auth/token", m_api->port(), "Content-Type: application/x-www-form-urlencoded\r\n", Anonymous));
    QVERIFY(raw.waitForClose());
    QVERIFY(raw.unexpected().isEmpty());
    QCOMPARE(m_api->token(Anonymous).status, 200);
    const QList<TokenDecision> log = m_api->services().requestLog().snapshot();
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const TokenDecision &d) { return d.injected && d.status == 0; }));
}

void TestTestControls::changesOfAnotherProcessApplyWithinOneSecond()
{
    controls().startWatching();
    openOther();
    QVERIFY(m_other->testControls().setClockOffset(960, Actor));
    QTRY_COMPARE_WITH_TIMEOUT(controls().clockOffsetSeconds(), 960, 1000);
    QCOMPARE(m_api->services().clock().now(), m_api->clock().now().addSecs(960));

    FaultRule unavailable = rule(QStringLiteral("token"), FaultRule::Action::Status, 503);
    QVERIFY(m_other->testControls().addFault(unavailable, 0, Actor));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->token(Anonymous).status, 503, 1000);
    QVERIFY(m_other->testControls().clearFaults(std::nullopt, Actor));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->token(Anonymous).status, 200, 1000);
    QVERIFY(m_other->testControls().setClockOffset(0, Actor));
    QTRY_COMPARE_WITH_TIMEOUT(controls().clockOffsetSeconds(), 0, 1000);
}

void TestTestControls::countIsSharedBetweenProcesses()
{
    openOther();
    FaultRule counted = rule(QStringLiteral("token"), FaultRule::Action::Status, 503);
    counted.remaining = 3;
    add(counted);
    QVERIFY(m_other->testControls().refresh());
    const FaultTarget target { QStringLiteral("token"), QStringLiteral("client_credentials"), QString() };
    int taken = 0;
    for (int i = 0; i < 4; ++i) {
        taken += m_other->testControls().take(target).has_value();
        taken += controls().take(target).has_value();
    }
    QCOMPARE(taken, 3);
}

void TestTestControls::clearRemovesRules()
{
    const FaultRule first = add(rule(QStringLiteral("token"), FaultRule::Action::Status, 503));
    add(rule(QStringLiteral("api"), FaultRule::Action::Drop));
    QCOMPARE(controls().faults()->size(), 2);
    QCOMPARE(*controls().clearFaults(first.id, Actor), 1);
    QCOMPARE(controls().faults()->size(), 1);
    QCOMPARE(m_api->token(Anonymous).status, 200);
    const Result<int> missing = controls().clearFaults(first.id, Actor);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
    QCOMPARE(*controls().clearFaults(std::nullopt, Actor), 1);
    QVERIFY(controls().faults()->isEmpty());
}

void TestTestControls::changesAreAudited()
{
    QVERIFY(controls().setClockOffset(960, Actor));
    QVERIFY(controls().setClockOffset(0, Actor));
    const FaultRule added = add(rule(QStringLiteral("token"), FaultRule::Action::Status, 503));
    QVERIFY(controls().clearFaults(added.id, Actor));
    const Result<QList<AuditEvent>> events = m_api->services().audit().list(AuditFilter(), 100, 0);
    QVERIFY(events);
    QStringList actions;
    for (const AuditEvent &event : *events) {
        if (event.actor == Actor)
            actions << event.action;
    }
    actions.sort();
    QCOMPARE(actions,
        QStringList({ QStringLiteral("clock.reset"), QStringLiteral("clock.set"), QStringLiteral("fault.add"),
            QStringLiteral("fault.clear") }));
}

Q_DECLARE_METATYPE(authdesk::FaultRule)

QTEST_MAIN(TestTestControls)
#include "tst_testcontrols.moc"
