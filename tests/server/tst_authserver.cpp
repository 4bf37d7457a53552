#include "server/authserver.h"
#include "services/healthservice.h"
#include "storage/database.h"
#include "tempdir.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace authdesk;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray allow;
};

} // namespace

class TestAuthServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void healthAnswersOk();
    void wrongMethodIsRefused_data();
    void wrongMethodIsRefused();
    void unknownPathIsNotFound_data();
    void unknownPathIsNotFound();
    void handlerRunsOffTheCallersThread();
    void takenPortIsAnError();
    void stopClosesThePort();

private:
    Answer send(const QByteArray &method, const QString &path);

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<AuthServer> m_server;
    QNetworkAccessManager m_network;
};

void TestAuthServer::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy); // talk to 127.0.0.1 directly, whatever http_proxy says
    m_dir = std::make_unique<TempDir>();
    Result<std::unique_ptr<Database>> db = Database::openSqlite(m_dir->filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    m_database = std::move(db).value();
    m_health = std::make_unique<HealthService>(*m_database);
    ServerServices services;
    services.health = m_health.get();
    m_server = std::make_unique<AuthServer>(services);

    const Result<quint16> port = m_server->start(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
    QVERIFY(*port != 0);
    QCOMPARE(m_server->port(), *port);
    QVERIFY(m_server->isRunning());
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(*port));
}

void TestAuthServer::cleanup()
{
    m_server.reset();
    m_health.reset();
    m_database.reset();
    m_dir.reset();
}

Answer TestAuthServer::send(const QByteArray &method, const QString &path)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, QByteArray()));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("Content-Type"), reply->rawHeader("Cache-Control"), reply->rawHeader("Allow") };
}

void TestAuthServer::healthAnswersOk()
{
    const Answer answer = send("GET", QStringLiteral("/health"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArrayLiteral(R"({"status":"ok"})"));
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(answer.cacheControl, QByteArrayLiteral("no-store"));
}

void TestAuthServer::wrongMethodIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");

    QTest::addRow("POST") << QByteArrayLiteral("POST");
    QTest::addRow("PUT") << QByteArrayLiteral("PUT");
    QTest::addRow("DELETE") << QByteArrayLiteral("DELETE");
}

void TestAuthServer::wrongMethodIsRefused()
{
    QFETCH(QByteArray, method);

    const Answer answer = send(method, QStringLiteral("/health"));
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.allow, QByteArrayLiteral("GET, OPTIONS")); // OPTIONS (CORS preflight) is routed too
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString(),
        QStringLiteral("method_not_allowed"));
}

void TestAuthServer::unknownPathIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::addRow("root") << QByteArrayLiteral("GET") << QStringLiteral("/");
    QTest::addRow("unknown") << QByteArrayLiteral("GET") << QStringLiteral("/nope");
    QTest::addRow("below health") << QByteArrayLiteral("GET") << QStringLiteral("/health/x");
    QTest::addRow("case differs") << QByteArrayLiteral("GET") << QStringLiteral("/HEALTH");
    QTest::addRow("POST unknown") << QByteArrayLiteral("POST") << QStringLiteral("/oauth/nothing");
}

void TestAuthServer::unknownPathIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    const Answer answer = send(method, path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(answer.cacheControl, QByteArrayLiteral("no-store"));
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
}

void TestAuthServer::handlerRunsOffTheCallersThread()
{
    // The health check asks the database on the handler's thread, and the database opens one
    // connection per thread. A new connection therefore means the handler ran on another thread than
    // this one, which already has its own.
    m_database->connection();
    const QStringList before = QSqlDatabase::connectionNames();
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);
    const QStringList during = QSqlDatabase::connectionNames();
    QCOMPARE(during.size(), before.size() + 1);

    // Stopping the server ends its thread, which closes that thread's connection.
    m_server->stop();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size());
}

void TestAuthServer::takenPortIsAnError()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));

    AuthServer second { ServerServices { m_health.get() } };
    const Result<quint16> port = second.start(QHostAddress(QHostAddress::LocalHost), squatter.serverPort());
    QVERIFY(!port.ok());
    QVERIFY2(
        port.error().message().contains(QString::number(squatter.serverPort())), qPrintable(port.error().message()));
    QVERIFY(!second.isRunning());
    QCOMPARE(second.port(), quint16(0));

    // The port AuthDesk already holds is just as taken.
    AuthServer third { ServerServices { m_health.get() } };
    QVERIFY(!third.start(QHostAddress(QHostAddress::LocalHost), m_server->port()).ok());
    // The first server is still serving.
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);
}

void TestAuthServer::stopClosesThePort()
{
    const quint16 port = m_server->port();
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);

    m_server->stop();
    QVERIFY(!m_server->isRunning());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!socket.waitForConnected(3000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);

    // And it can start again.
    const Result<quint16> restarted = m_server->start(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY(restarted.ok());
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestAuthServer)
#include "tst_authserver.moc"
