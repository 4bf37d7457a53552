// The refresh_token grant through real HTTP (spec section 3, "Refresh-token rotation"): rotation,
// the grace window for the immediate predecessor, reuse detection that revokes the whole family,
// expiry, idle timeout, foreign clients, banned users, password resets, and 20 parallel refreshes.

#include "apifixture.h"
#include "services/applicationservice.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"
#include "services/tokenservice.h"
#include "storage/tokenrepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <latch>
#include <memory>
#include <vector>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;

QByteArray enc(const QByteArray &value)
{
    return QUrl::toPercentEncoding(QString::fromLatin1(value));
}

QByteArray refreshForm(const QByteArray &clientId, const QByteArray &refreshToken)
{
    return "client_id=" + enc(clientId) + "&grant_type=refresh_token&refresh_token=" + enc(refreshToken);
}

QByteArray field(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString().toLatin1();
}

// The claims of a JWT, read without checking the signature (the server checks it; here we only need fid).
QJsonObject claimsOf(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// Counts the unretired refresh tokens of a family straight from the database, so the check does not
// trust the repository under test.
int liveHeads(const TestDatabase &database, const QString &familyId)
{
    int count = -1;
    const QString name = QStringLiteral("heads-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = database.addIndependentConnection(name);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE family_id = ? AND retired_at IS NULL"));
            query.addBindValue(familyId);
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

struct RawReply
{
    int status = 0;
    QByteArray body;
};

// One HTTP/1.1 POST over a raw socket, blocking; for use on a worker thread.
RawReply rawPost(quint16 port, const QByteArray &path, const QByteArray &body, std::latch &ready)
{
    RawReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    const bool connected = socket.waitForConnected(5000);
    ready.arrive_and_wait(); // every thread sends at the same moment
    if (!connected)
        return reply;
    const QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket.write(request);
    socket.flush();
    QByteArray received;
    qsizetype headerEnd = -1;
    qsizetype contentLength = -1;
    while (true) {
        if (headerEnd < 0) {
            headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                for (const QByteArray &line : received.left(headerEnd).split('\n')) {
                    const QByteArray trimmed = line.trimmed();
                    if (trimmed.toLower().startsWith("content-length:"))
                        contentLength = trimmed.mid(15).trimmed().toLongLong();
                }
            }
        }
        if (headerEnd >= 0 && contentLength >= 0 && received.size() >= headerEnd + 4 + contentLength)
            break;
        if (!socket.waitForReadyRead(15000))
            break;
        received += socket.readAll();
    }
    const QList<QByteArray> statusLine = received.left(received.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        reply.status = statusLine.at(1).toInt();
    if (headerEnd >= 0)
        reply.body = received.mid(headerEnd + 4, contentLength);
    return reply;
}

} // namespace

class TestRefreshRotation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rotatesToANewTokenOfTheSameFamily();
    void sessionRecordsWhereItCameFrom();
    void predecessorWithinGraceGetsTheSameSuccessor();
    void predecessorAfterGraceRevokesTheFamily();
    void olderAncestorWithinGraceRevokesTheFamily();
    void expiredRefreshTokenIsRefused();
    void idleFamilyIsRefused();
    void tokenOfAnotherApplicationIsRefused();
    void bannedUserCannotRefresh();
    void passwordResetRevokesTheUsersFamilies();
    void zeroGraceWindowDetectsImmediateReuse();
    void parallelRefreshesLeaveOneHead();
    void parallelRefreshesInsideTheServiceLeaveOneHead();

private:
    HttpReply refresh(const QByteArray &token, const QByteArray &clientId = Market);
    QJsonObject loginAs(const QByteArray &clientId, const QByteArray &email, const QByteArray &password);
    QByteArray createApp(const std::function<void(GrantSettings &)> &configure);
    void verifyRefused(const HttpReply &reply);

    std::unique_ptr<ApiFixture> m_api;
};

void TestRefreshRotation::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
}

void TestRefreshRotation::cleanup()
{
    m_api.reset();
}

HttpReply TestRefreshRotation::refresh(const QByteArray &token, const QByteArray &clientId)
{
    return m_api->token(refreshForm(clientId, token));
}

QJsonObject TestRefreshRotation::loginAs(
    const QByteArray &clientId, const QByteArray &email, const QByteArray &password)
{
    const HttpReply reply = m_api->token("grant_type=password&scope=user&username=" + enc(email)
        + "&password=" + enc(password) + "&client_id=" + enc(clientId));
    return reply.status == 200 ? reply.json() : QJsonObject();
}

QByteArray TestRefreshRotation::createApp(const std::function<void(GrantSettings &)> &configure)
{
    Application app;
    app.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.name = QStringLiteral("Shop ") + app.clientId.left(8);
    app.type = ApplicationType::Marketplace;
    app.settings = GrantSettings::defaultsFor(app.type);
    configure(app.settings);
    const Result<Application> created
        = m_api->services().applications().createWith(app, QString(), QStringLiteral("test"));
    if (!created) {
        qWarning("createWith: %s", qPrintable(created.error().message()));
        return {};
    }
    return app.clientId.toLatin1();
}

// What a client sees for every refused refresh: 401 invalid_grant with a Bearer challenge (spec 3, 8).
void TestRefreshRotation::verifyRefused(const HttpReply &reply)
{
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer realm=\"authdesk\""));
    QVERIFY(!reply.json().contains(QLatin1String("access_token")));
    QVERIFY(!reply.json().contains(QLatin1String("refresh_token")));
}

void TestRefreshRotation::rotatesToANewTokenOfTheSameFamily()
{
    const QJsonObject login = m_api->login();
    const QByteArray r1 = field(login, "refresh_token");
    QVERIFY(!r1.isEmpty());

    const HttpReply second = refresh(r1);
    QCOMPARE(second.status, 200);
    const QByteArray r2 = field(second.json(), "refresh_token");
    QVERIFY(!r2.isEmpty());
    QVERIFY(r2 != r1);
    QCOMPARE(second.json().value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    const QString family = claimsOf(field(login, "access_token")).value(QLatin1String("fid")).toString();
    QVERIFY(!family.isEmpty());
    QCOMPARE(claimsOf(field(second.json(), "access_token")).value(QLatin1String("fid")).toString(), family);

    const HttpReply third = refresh(r2);
    QCOMPARE(third.status, 200);
    QVERIFY(field(third.json(), "refresh_token") != r2);
    QCOMPARE(liveHeads(m_api->testDatabase(), family), 1);
}

void TestRefreshRotation::sessionRecordsWhereItCameFrom()
{
    const HttpReply login = m_api->token(
        QByteArrayLiteral("grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&scope=user"
                          "&client_id=")
            + Market,
        { { "User-Agent", "shop-web/1.0" } });
    QCOMPARE(login.status, 200);
    const QString familyId = claimsOf(field(login.json(), "access_token")).value(QLatin1String("fid")).toString();
    TokenFamily family = **m_api->services().sessions().find(familyId);
    QCOMPARE(family.loginAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(family.loginUserAgent, QStringLiteral("shop-web/1.0"));
    QVERIFY(family.refreshAddress.isEmpty());
    const QDateTime loggedIn = family.lastUsedAt;

    m_api->clock().advance(120);
    const HttpReply refreshed = m_api->token(
        refreshForm(Market, field(login.json(), "refresh_token")), { { "User-Agent", "shop-app/2.0 (Android)" } });
    QCOMPARE(refreshed.status, 200);
    family = **m_api->services().sessions().find(familyId);
    QCOMPARE(family.loginUserAgent, QStringLiteral("shop-web/1.0"));
    QCOMPARE(family.refreshAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(family.refreshUserAgent, QStringLiteral("shop-app/2.0 (Android)"));
    QCOMPARE(family.lastUsedAt, loggedIn.addSecs(120));
}

void TestRefreshRotation::predecessorWithinGraceGetsTheSameSuccessor()
{
    const QByteArray r1 = field(m_api->login(), "refresh_token");
    const HttpReply first = refresh(r1);
    QCOMPARE(first.status, 200);
    const QByteArray r2 = field(first.json(), "refresh_token");
    const QByteArray a2 = field(first.json(), "access_token");

    m_api->clock().advance(29); // the seed's grace window is 30 s
    const HttpReply repeat = refresh(r1);
    QCOMPARE(repeat.status, 200);
    QCOMPARE(field(repeat.json(), "refresh_token"), r2);
    const QByteArray repeatAccess = field(repeat.json(), "access_token");
    QVERIFY(!repeatAccess.isEmpty());
    QVERIFY(repeatAccess != a2);
    QCOMPARE(claimsOf(repeatAccess).value(QLatin1String("fid")), claimsOf(a2).value(QLatin1String("fid")));
    QCOMPARE(claimsOf(repeatAccess).value(QLatin1String("iat")).toInteger(),
        m_api->clock().now().toSecsSinceEpoch()); // freshly issued

    // The successor already handed out stays valid.
    const HttpReply next = refresh(r2);
    QCOMPARE(next.status, 200);
    QVERIFY(field(next.json(), "refresh_token") != r2);
}

void TestRefreshRotation::predecessorAfterGraceRevokesTheFamily()
{
    const QJsonObject login = m_api->login();
    const QByteArray r1 = field(login, "refresh_token");
    const HttpReply first = refresh(r1);
    QCOMPARE(first.status, 200);
    const QByteArray r2 = field(first.json(), "refresh_token");
    const QByteArray a2 = field(first.json(), "access_token");
    const QString family = claimsOf(a2).value(QLatin1String("fid")).toString();

    m_api->clock().advance(31);
    verifyRefused(refresh(r1));
    // The whole family is revoked: the successor too ...
    verifyRefused(refresh(r2));
    // ... and its access token (still within its 900 s), as the revocation endpoint shows.
    const HttpReply revoke = m_api->http().postForm(
        QStringLiteral("/v1/auth/revoke"), "token=" + enc(r2), { { "Authorization", "Bearer " + a2 } });
    QCOMPARE(revoke.status, 401);
    QCOMPARE(revoke.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_token"));
    QVERIFY(revoke.header("WWW-Authenticate").contains("error=\"invalid_token\""));

    // Recorded as a security event about this family.
    AuditFilter filter;
    filter.kind = AuditEvent::Kind::SecurityEvent;
    const Result<QList<AuditEvent>> events = m_api->services().audit().list(filter, 100, 0);
    QVERIFY(events);
    bool found = false;
    for (const AuditEvent &event : *events)
        found = found || (event.action == QLatin1String("refresh.reuse_detected") && event.target == family);
    QVERIFY2(found, "no refresh.reuse_detected event for the family");

    FamilyFilter families;
    const Result<QList<TokenFamily>> listed = m_api->services().tokenRepository().families(families, 10, 0);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().revokedAt.isValid());
    QVERIFY(listed->first().reuseDetected);
}

void TestRefreshRotation::olderAncestorWithinGraceRevokesTheFamily()
{
    const QByteArray r1 = field(m_api->login(), "refresh_token");
    const HttpReply second = refresh(r1);
    QCOMPARE(second.status, 200);
    const QByteArray r2 = field(second.json(), "refresh_token");
    const HttpReply third = refresh(r2);
    QCOMPARE(third.status, 200);
    const QByteArray r3 = field(third.json(), "refresh_token");

    // No time passes: R1 is within the grace window, but it is not the immediate predecessor of R3.
    verifyRefused(refresh(r1));
    verifyRefused(refresh(r3));
    verifyRefused(refresh(r2));
}

void TestRefreshRotation::expiredRefreshTokenIsRefused()
{
    const QByteArray app = createApp([](GrantSettings &settings) { settings.refreshTokenTtlSeconds = 60; });
    QVERIFY(!app.isEmpty());
    const QByteArray early = field(loginAs(app, ApiFixture::UserEmail, ApiFixture::UserPassword), "refresh_token");
    const QByteArray late = field(loginAs(app, ApiFixture::UserEmail, ApiFixture::UserPassword), "refresh_token");
    QVERIFY(!early.isEmpty() && !late.isEmpty());

    m_api->clock().advance(59);
    QCOMPARE(refresh(early, app).status, 200); // still inside its lifetime
    m_api->clock().advance(2); // 61 s after login
    verifyRefused(refresh(late, app));
}

void TestRefreshRotation::idleFamilyIsRefused()
{
    const QByteArray app = createApp([](GrantSettings &settings) { settings.refreshIdleTimeoutSeconds = 120; });
    QVERIFY(!app.isEmpty());
    const QByteArray used = field(loginAs(app, ApiFixture::UserEmail, ApiFixture::UserPassword), "refresh_token");
    const QByteArray idle = field(loginAs(app, ApiFixture::UserEmail, ApiFixture::UserPassword), "refresh_token");
    QVERIFY(!used.isEmpty() && !idle.isEmpty());

    m_api->clock().advance(119);
    const HttpReply kept = refresh(used, app);
    QCOMPARE(kept.status, 200);
    m_api->clock().advance(2); // 121 s after login, 2 s after the other family's last use
    verifyRefused(refresh(idle, app));
    QCOMPARE(refresh(field(kept.json(), "refresh_token"), app).status, 200);
}

void TestRefreshRotation::tokenOfAnotherApplicationIsRefused()
{
    const QByteArray other = createApp([](GrantSettings &) {});
    QVERIFY(!other.isEmpty());
    const QByteArray r1 = field(m_api->login(), "refresh_token");
    verifyRefused(refresh(r1, other));
    // The foreign attempt neither rotated nor revoked it.
    QCOMPARE(refresh(r1).status, 200);
}

void TestRefreshRotation::bannedUserCannotRefresh()
{
    TestUserService &users = m_api->services().testUsers();
    const Result<TestUser> user = users.create(
        { QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("ann-password"), false },
        QStringLiteral("test"));
    QVERIFY(user);
    const QByteArray r1 = field(loginAs(Market, "ann@example.com", "ann-password"), "refresh_token");
    QVERIFY(!r1.isEmpty());
    const QByteArray joe = field(m_api->login(), "refresh_token");
    QVERIFY(users.setBanned(user->id, true, QStringLiteral("test")));
    verifyRefused(refresh(r1));
    QCOMPARE(refresh(joe).status, 200); // other users are not affected
}

void TestRefreshRotation::passwordResetRevokesTheUsersFamilies()
{
    TestUserService &users = m_api->services().testUsers();
    const Result<TestUser> user = users.create(
        { QStringLiteral("bob@example.com"), QStringLiteral("Bob"), QStringLiteral("bob-password"), false },
        QStringLiteral("test"));
    QVERIFY(user);
    const QByteArray first = field(loginAs(Market, "bob@example.com", "bob-password"), "refresh_token");
    const HttpReply rotated = refresh(field(loginAs(Market, "bob@example.com", "bob-password"), "refresh_token"));
    QCOMPARE(rotated.status, 200);
    const QByteArray second = field(rotated.json(), "refresh_token");
    const QByteArray joe = field(m_api->login(), "refresh_token");

    const Result<int> revoked = users.resetPassword(user->id, QStringLiteral("new-password"), QStringLiteral("test"));
    QVERIFY(revoked);
    QCOMPARE(*revoked, 2);
    verifyRefused(refresh(first));
    verifyRefused(refresh(second));
    QCOMPARE(refresh(joe).status, 200);
    QVERIFY(loginAs(Market, "bob@example.com", "bob-password").isEmpty());
    QVERIFY(!loginAs(Market, "bob@example.com", "new-password").isEmpty());
}

void TestRefreshRotation::zeroGraceWindowDetectsImmediateReuse()
{
    const QByteArray app = createApp([](GrantSettings &settings) { settings.graceWindowSeconds = 0; });
    QVERIFY(!app.isEmpty());
    const QByteArray r1 = field(loginAs(app, ApiFixture::UserEmail, ApiFixture::UserPassword), "refresh_token");
    const HttpReply second = refresh(r1, app);
    QCOMPARE(second.status, 200);
    const QByteArray r2 = field(second.json(), "refresh_token");
    verifyRefused(refresh(r1, app)); // the same instant, but no grace
    verifyRefused(refresh(r2, app));
}

void TestRefreshRotation::parallelRefreshesLeaveOneHead()
{
    constexpr int Clients = 20;
    const QJsonObject login = m_api->login();
    const QByteArray r1 = field(login, "refresh_token");
    const QString family = claimsOf(field(login, "access_token")).value(QLatin1String("fid")).toString();
    QVERIFY(!r1.isEmpty() && !family.isEmpty());

    const quint16 port = static_cast<quint16>(m_api->http().baseUrl().port());
    const QByteArray body = refreshForm(Market, r1);
    std::latch ready(Clients);
    std::vector<RawReply> replies(Clients);
    QList<QThread *> threads;
    for (int i = 0; i < Clients; ++i) {
        threads << QThread::create(
            [&, i] { replies[static_cast<size_t>(i)] = rawPost(port, "/v1/auth/token", body, ready); });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }

    QByteArray successor;
    for (int i = 0; i < Clients; ++i) {
        const RawReply &reply = replies[static_cast<size_t>(i)];
        QVERIFY2(reply.status > 0 && reply.status < 500,
            qPrintable(QStringLiteral("client %1 got status %2").arg(i).arg(reply.status)));
        QVERIFY2(reply.status == 200,
            qPrintable(
                QStringLiteral("client %1 got %2: %3").arg(i).arg(reply.status).arg(QString::fromUtf8(reply.body))));
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        const QByteArray token = field(json, "refresh_token");
        QVERIFY(!token.isEmpty());
        if (successor.isEmpty())
            successor = token;
        QCOMPARE(token, successor); // all within the grace window: one successor for all
        QCOMPARE(claimsOf(field(json, "access_token")).value(QLatin1String("fid")).toString(), family);
    }

    TokenRepository &tokens = m_api->services().tokenRepository();
    const Result<QList<TokenFamily>> families = tokens.families(FamilyFilter(), 100, 0);
    QVERIFY(families);
    QCOMPARE(families->size(), 1);
    QCOMPARE(families->first().id, family);
    QVERIFY(!families->first().revokedAt.isValid());
    const Result<std::optional<RefreshTokenRecord>> head = tokens.head(family);
    QVERIFY(head && head->has_value());
    QCOMPARE((*head)->tokenHash, sha256(successor));
    QCOMPARE((*head)->generation, 1);
    QCOMPARE(liveHeads(m_api->testDatabase(), family), 1);

    const HttpReply next = refresh(successor);
    QCOMPARE(next.status, 200);
    QVERIFY(field(next.json(), "refresh_token") != successor);
}

// The HTTP server serves one request at a time; several AuthDesk instances on one database (or a
// future multi-threaded server) do not. The same race, straight into the thread-safe TokenService,
// each thread on its own database connection.
void TestRefreshRotation::parallelRefreshesInsideTheServiceLeaveOneHead()
{
    constexpr int Workers = 20;
    const QJsonObject login = m_api->login();
    const QByteArray r1 = field(login, "refresh_token");
    const QString family = claimsOf(field(login, "access_token")).value(QLatin1String("fid")).toString();
    QVERIFY(!r1.isEmpty() && !family.isEmpty());

    TokenRequest request;
    request.parameters.insert(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    request.parameters.insert(QStringLiteral("client_id"), QString::fromLatin1(Market));
    request.parameters.insert(QStringLiteral("refresh_token"), QString::fromLatin1(r1));
    request.client.clientId = QString::fromLatin1(Market);
    request.client.method = ClientCredentials::Method::Body;
    request.issuer = m_api->http().baseUrl().toString();

    TokenService &service = m_api->services().tokens();
    std::latch ready(Workers);
    std::vector<TokenResult> results(Workers);
    QList<QThread *> threads;
    for (int i = 0; i < Workers; ++i) {
        threads << QThread::create([&, i] {
            ready.arrive_and_wait();
            results[static_cast<size_t>(i)] = service.handle(request);
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }

    QByteArray successor;
    for (const TokenResult &result : results) {
        const auto *error = std::get_if<OAuthError>(&result);
        QVERIFY2(!error,
            error ? qPrintable(
                QString::fromLatin1(OAuthError::codeName(error->code)) + QStringLiteral(": ") + error->reason.english())
                  : "");
        const IssuedTokens &issued = std::get<IssuedTokens>(result);
        if (successor.isEmpty())
            successor = issued.refreshToken;
        QCOMPARE(issued.refreshToken, successor);
    }
    const Result<QList<TokenFamily>> families = m_api->services().tokenRepository().families(FamilyFilter(), 100, 0);
    QVERIFY(families);
    QCOMPARE(families->size(), 1);
    QVERIFY(!families->first().revokedAt.isValid());
    QCOMPARE(liveHeads(m_api->testDatabase(), family), 1);
    const Result<std::optional<RefreshTokenRecord>> head = m_api->services().tokenRepository().head(family);
    QVERIFY(head && head->has_value());
    QCOMPARE((*head)->tokenHash, sha256(successor));
    QCOMPARE(refresh(successor).status, 200);
}

QTEST_GUILESS_MAIN(TestRefreshRotation)
#include "tst_refreshrotation.moc"
