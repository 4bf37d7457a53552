// The server on several network threads: connections are spread over every thread, the connection
// cap counts all threads together, stopping with clients in flight is clean, and the hot path (an
// anonymous token) writes nothing to the database.

#include "apifixture.h"
#include "rawhttp.h"
#include "server/authserver.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <memory>
#include <vector>

using namespace authdesk;

namespace {

const QByteArray AnonymousForm
    = QByteArrayLiteral("grant_type=client_credentials&scope=public-read&client_id=") + ApiFixture::MarketplaceClientId;

ServerOptions withThreads(int threads)
{
    ServerOptions options;
    options.networkThreads = threads;
    return options;
}

// Opens `count` keep-alive connections, each answered once, and keeps them open.
std::vector<std::unique_ptr<RawConnection>> openServed(quint16 port, int count)
{
    std::vector<std::unique_ptr<RawConnection>> open;
    for (int i = 0; i < count; ++i) {
        open.push_back(std::make_unique<RawConnection>(port));
        open.back()->send(RawConnection::request("GET", "/health", port));
        if (open.back()->readResponse().status != 200)
            return {};
    }
    return open;
}

} // namespace

class TestNetworkThreads : public QObject
{
    Q_OBJECT

private slots:
    void connectionsAreSpreadOverEveryThread_data();
    void connectionsAreSpreadOverEveryThread();
    void connectionCapCountsEveryThread();
    void tokensOnEveryThread();
    void stopWithClientsInFlight();
    void anonymousTokensWriteNothing();
    void applicationChangesTakeEffectAtOnce();
};

void TestNetworkThreads::connectionsAreSpreadOverEveryThread_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("1 thread") << 1 << QList<qint64> { 6 };
    QTest::newRow("2 threads") << 2 << QList<qint64> { 3, 3 };
    QTest::newRow("3 threads") << 3 << QList<qint64> { 2, 2, 2 };
}

void TestNetworkThreads::connectionsAreSpreadOverEveryThread()
{
    QFETCH(int, threads);
    QFETCH(QList<qint64>, expected);
    ApiFixture api(withThreads(threads));
    QVERIFY(api.start());
    const auto open = openServed(api.port(), 6);
    QCOMPARE(open.size(), size_t(6));
    // Each thread counts the connections it served: handed out in turn, they are served evenly.
    QCOMPARE(api.server().connectionsPerThread(), expected);
    QCOMPARE(api.server().openConnections(), 6);
}

void TestNetworkThreads::connectionCapCountsEveryThread()
{
    ServerOptions options = withThreads(2);
    options.limits.maxConnections = 4;
    ApiFixture api(options);
    QVERIFY(api.start());

    auto open = openServed(api.port(), 4);
    QCOMPARE(open.size(), size_t(4));
    // Two on each thread: a cap per thread would let the next one in.
    QCOMPARE(api.server().connectionsPerThread(), (QList<qint64> { 2, 2 }));
    RawConnection extra(api.port());
    const RawResponse refused = extra.readResponse(2000);
    QCOMPARE(refused.status, 503);
    QVERIFY(extra.waitForClose(1000));
    QCOMPARE(api.server().openConnections(), 4);

    // A place freed on one thread is free for the next connection, whichever thread it goes to.
    open.pop_back();
    QTRY_COMPARE(api.server().openConnections(), 3);
    for (int i = 0; i < 2; ++i) {
        RawConnection again(api.port());
        again.send(RawConnection::request("GET", "/health", api.port(), "Connection: close\r\n"));
        QCOMPARE(again.readResponse().status, 200);
        QVERIFY(again.waitForClose(2000));
        QTRY_COMPARE(api.server().openConnections(), 3);
    }
}

void TestNetworkThreads::tokensOnEveryThread()
{
    ApiFixture api(withThreads(2));
    QVERIFY(api.start());
    // Every grant decided on either thread: anonymous, login (on the hashing pool, answered back on
    // the connection's thread), refresh, and the Marketplace API stand-in.
    for (int i = 0; i < 4; ++i) {
        RawConnection c(api.port());
        c.send(RawConnection::request("POST", "/v1/auth/token", api.port(),
            "Content-Type: application/x-www-form-urlencoded\r\n", AnonymousForm));
        QCOMPARE(c.readResponse().status, 200);
        const QByteArray login = QByteArrayLiteral("grant_type=password&scope=user&username=joe%40example.com"
                                                   "&password=secret%20pass%26%3D%2B&client_id=")
            + ApiFixture::MarketplaceClientId;
        c.send(RawConnection::request(
            "POST", "/v1/auth/token", api.port(), "Content-Type: application/x-www-form-urlencoded\r\n", login));
        const RawResponse tokens = c.readResponse(10'000);
        QCOMPARE(tokens.status, 200);
        const QJsonObject json = QJsonDocument::fromJson(tokens.body).object();
        const QByteArray refresh = json.value(QLatin1String("refresh_token")).toString().toLatin1();
        const QByteArray access = json.value(QLatin1String("access_token")).toString().toLatin1();
        c.send(RawConnection::request(
            "GET", "/v1/api/current_user/show", api.port(), "Authorization: Bearer " + access + "\r\n"));
        QCOMPARE(c.readResponse().status, 200);
        c.send(RawConnection::request("POST", "/v1/auth/token", api.port(),
            "Content-Type: application/x-www-form-urlencoded\r\n",
            "grant_type=refresh_token&client_id=" + QByteArray(ApiFixture::MarketplaceClientId)
                + "&refresh_token=" + QUrl::toPercentEncoding(QString::fromLatin1(refresh))));
        QCOMPARE(c.readResponse().status, 200);
    }
    QCOMPARE(api.server().connectionsPerThread(), (QList<qint64> { 2, 2 }));
}

void TestNetworkThreads::stopWithClientsInFlight()
{
    ApiFixture api(withThreads(2));
    QVERIFY(api.start());
    const quint16 port = api.port();
    const auto served = openServed(port, 2);
    QCOMPARE(served.size(), size_t(2));
    // Half a request on each thread, and a login whose argon2id is still running at the stop.
    std::vector<std::unique_ptr<RawConnection>> inFlight;
    for (int i = 0; i < 2; ++i) {
        inFlight.push_back(std::make_unique<RawConnection>(port));
        inFlight.back()->send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\ngrant");
    }
    const QByteArray login = QByteArrayLiteral("grant_type=password&scope=user&username=joe%40example.com"
                                               "&password=secret%20pass%26%3D%2B&client_id=")
        + ApiFixture::MarketplaceClientId;
    RawConnection loggingIn(port);
    loggingIn.send(RawConnection::request(
        "POST", "/v1/auth/token", port, "Content-Type: application/x-www-form-urlencoded\r\n", login));
    QTRY_COMPARE(api.server().openConnections(), 5);

    api.server().stop();
    QVERIFY(!api.server().isRunning());
    QCOMPARE(api.server().connectionsPerThread(), QList<qint64>());
    for (const auto &connection : served)
        QVERIFY(connection->waitForClose(2000));
    for (const auto &connection : inFlight)
        QVERIFY(connection->waitForClose(2000));
    // The login finished before the stop, or was dropped with its connection, or (when it reached the
    // server after the hashing pool had closed, as under ASan's slowness) was refused with a whole
    // 503 temporarily_unavailable; never half an answer.
    const RawResponse answer = loggingIn.readResponse(2000);
    QVERIFY2(answer.status == 0 || answer.status == 200 || answer.status == 503,
        QByteArray::number(answer.status).constData());
    if (answer.status == 503)
        QVERIFY2(answer.body.contains("temporarily_unavailable"), answer.body.constData());
    QCOMPARE(api.server().openConnections(), 0);

    // The port is free again, and the server starts again on it with its threads.
    const Result<quint16> again = api.server().start(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(again.ok());
    const auto open = openServed(port, 2);
    QCOMPARE(open.size(), size_t(2));
    QCOMPARE(api.server().connectionsPerThread(), (QList<qint64> { 1, 1 }));
}

void TestNetworkThreads::anonymousTokensWriteNothing()
{
    ApiFixture api(withThreads(2));
    QVERIFY(api.start());
    if (api.databasePath().isEmpty())
        QSKIP("counts SQLite commits");
    // PRAGMA data_version changes whenever another connection commits to the file.
    QSqlDatabase watcher = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watcher"));
    watcher.setDatabaseName(api.databasePath());
    QVERIFY(watcher.open());
    const auto dataVersion = [&watcher] {
        QSqlQuery query(watcher);
        return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 before = dataVersion();
    QVERIFY(before >= 0);

    std::vector<std::unique_ptr<RawConnection>> clients;
    for (int i = 0; i < 4; ++i)
        clients.push_back(std::make_unique<RawConnection>(api.port()));
    for (int round = 0; round < 10; ++round) {
        for (const auto &client : clients) {
            client->send(RawConnection::request("POST", "/v1/auth/token", api.port(),
                "Content-Type: application/x-www-form-urlencoded\r\n"
                "Origin: http://localhost:3000\r\n",
                AnonymousForm));
            const RawResponse answer = client->readResponse();
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
        }
    }
    QCOMPARE(dataVersion(), before);

    // A login writes (a new session): the watcher sees that.
    QVERIFY(!api.login().isEmpty());
    QVERIFY(dataVersion() != before);
    watcher.close();
    watcher = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("watcher"));
}

void TestNetworkThreads::applicationChangesTakeEffectAtOnce()
{
    // The hot path keeps applications and their origins in memory; a change made in the console
    // (the same process) must still count from the next request on, on every thread.
    ApiFixture api(withThreads(2));
    QVERIFY(api.start());
    std::vector<std::unique_ptr<RawConnection>> clients;
    for (int i = 0; i < 2; ++i)
        clients.push_back(std::make_unique<RawConnection>(api.port()));
    const auto statusOnEach = [&](const QByteArray &origin) {
        QList<int> statuses;
        for (const auto &client : clients) {
            client->send(RawConnection::request("POST", "/v1/auth/token", api.port(),
                "Content-Type: application/x-www-form-urlencoded\r\nOrigin: " + origin + "\r\n", AnonymousForm));
            statuses << client->readResponse().status;
        }
        return statuses;
    };
    const QByteArray shop = QByteArrayLiteral("https://shop.test");
    QCOMPARE(statusOnEach(shop), (QList<int> { 403, 403 }));

    ApplicationService &applications = api.services().applications();
    Result<std::optional<Application>> found = applications.find(QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QVERIFY(found && found->has_value());
    Application changed = **found;
    changed.settings.corsOrigins << QString::fromLatin1(shop);
    QVERIFY(applications.update(changed, QStringLiteral("test")));
    QCOMPARE(statusOnEach(shop), (QList<int> { 200, 200 }));

    changed.enabled = false;
    QVERIFY(applications.update(changed, QStringLiteral("test")));
    // Disabled: its origins no longer count, and its client ID no longer authenticates.
    QCOMPARE(statusOnEach(shop), (QList<int> { 403, 403 }));
    QCOMPARE(statusOnEach(QByteArrayLiteral("http://localhost:3000")), (QList<int> { 401, 401 }));
}

QTEST_GUILESS_MAIN(TestNetworkThreads)
#include "tst_networkthreads.moc"
