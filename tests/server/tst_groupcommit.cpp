// Group commit (core/server/commitbatcher): grants that store tokens are answered only after the
// transaction holding them is committed, many of them share one commit, and a batch that cannot be
// saved is refused with 503 and changes nothing. SQLite only: PostgreSQL grants commit alone.

#include "apifixture.h"
#include "rawhttp.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <memory>
#include <vector>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;

QByteArray refreshForm(const QByteArray &refreshToken)
{
    return "client_id=" + Market
        + "&grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(QString::fromLatin1(refreshToken));
}

QByteArray refreshTokenOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("refresh_token")).toString().toLatin1();
}

QByteArray integrationForm()
{
    return "client_id=" + QByteArray(ApiFixture::IntegrationClientId)
        + "&client_secret=" + QByteArray(ApiFixture::IntegrationSecret) + "&grant_type=client_credentials";
}

// The claims of the answer's access token (its signature is the API's to check).
QJsonObject accessClaimsOf(const QByteArray &body)
{
    const QByteArray token
        = QJsonDocument::fromJson(body).object().value(QLatin1String("access_token")).toString().toLatin1();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

// Sends each body as its own POST /v1/auth/token on its own connection, all at once, so that the
// grants queue up together; the replies in the same order.
std::vector<RawResponse> postAtOnce(quint16 port, const QList<QByteArray> &bodies, int timeoutMs = 20000)
{
    std::vector<RawResponse> replies(static_cast<size_t>(bodies.size()));
    QList<QThread *> threads;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        threads << QThread::create([&, i] {
            RawConnection connection(port);
            connection.send(RawConnection::request(
                "POST", "/v1/auth/token", port, "Content-Type: application/x-www-form-urlencoded\r\n", bodies.at(i)));
            replies[static_cast<size_t>(i)] = connection.readResponse(timeoutMs);
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    return replies;
}

// A connection of the test's own to the database file: what it sees is what was committed.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~OtherConnection() { QSqlDatabase::removeDatabase(m_name); }

    bool isOpen() const { return m_open; }
    bool exec(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(statement);
    }
    // Whether a token family with this ID is stored.
    bool hasFamily(const QString &familyId)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM token_families WHERE id = ?"));
        query.addBindValue(familyId);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }
    int families()
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM token_families")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }
    // Whether the refresh token is the live head of its family (not retired, family not revoked).
    bool isLiveHead(const QByteArray &refreshToken)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM refresh_tokens t JOIN token_families f ON f.id = t.family_id "
                           "WHERE t.token_hash = ? AND t.retired_at IS NULL AND f.revoked_at IS NULL"));
        query.addBindValue(QCryptographicHash::hash(refreshToken, QCryptographicHash::Sha256));
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestGroupCommit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parallelRefreshesOfManySessionsAreAllSaved();
    void aBatchThatCannotBeSavedIsRefusedAndChangesNothing();
    void anAnonymousTokenWithASecretWaitsForNoCommit();
    void parallelIntegrationTokensAreAllSavedBeforeTheyAreAnswered();
    void everyGrantOfABatchThatCannotBeSavedIsRefused();

private:
    std::unique_ptr<ApiFixture> m_api;
};

void TestGroupCommit::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
}

void TestGroupCommit::cleanup()
{
    m_api.reset();
}

void TestGroupCommit::parallelRefreshesOfManySessionsAreAllSaved()
{
    constexpr int Sessions = 24;
    std::vector<QByteArray> tokens;
    for (int i = 0; i < Sessions; ++i) {
        tokens.push_back(refreshTokenOf(QJsonDocument(m_api->login()).toJson()));
        QVERIFY(!tokens.back().isEmpty());
    }

    // Every session refreshed at once, each on its own connection, so the grants queue up together.
    QList<QByteArray> forms;
    for (const QByteArray &token : tokens)
        forms << refreshForm(token);
    const std::vector<RawResponse> replies = postAtOnce(m_api->port(), forms);

    OtherConnection other(m_api->databasePath());
    QVERIFY(other.isOpen());
    for (int i = 0; i < Sessions; ++i) {
        const RawResponse &reply = replies[static_cast<size_t>(i)];
        QVERIFY2(reply.status == 200,
            qPrintable(
                QStringLiteral("session %1: %2 %3").arg(i).arg(reply.status).arg(QString::fromUtf8(reply.body))));
        const QByteArray successor = refreshTokenOf(reply.body);
        QVERIFY(!successor.isEmpty());
        // Answered means committed: another connection already sees the successor as the live head.
        QVERIFY2(other.isLiveHead(successor), qPrintable(QStringLiteral("session %1").arg(i)));
        QVERIFY(!other.isLiveHead(tokens[static_cast<size_t>(i)]));
    }
}

void TestGroupCommit::aBatchThatCannotBeSavedIsRefusedAndChangesNothing()
{
    const QByteArray token = refreshTokenOf(QJsonDocument(m_api->login()).toJson());
    QVERIFY(!token.isEmpty());

    // Another process holding the database's write lock for longer than the server waits for it
    // (busy_timeout, 5 s): the batch cannot begin, so its grant is refused, not answered unsaved.
    OtherConnection other(m_api->databasePath());
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const HttpReply refused = m_api->token(refreshForm(token));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("temporarily_unavailable"));
    QVERIFY(!refused.header("Retry-After").isEmpty());
    QVERIFY(refreshTokenOf(refused.body).isEmpty());
    QVERIFY(other.isLiveHead(token)); // nothing changed: the same token still works
    const HttpReply retried = m_api->token(refreshForm(token));
    QCOMPARE(retried.status, 200);
    QVERIFY(other.isLiveHead(refreshTokenOf(retried.body)));
}

// A marketplace application that sends its secret still gets an anonymous token, which stores
// nothing: it is answered while another process holds the write lock, where a grant that waited for
// a commit would be refused after the busy timeout.
void TestGroupCommit::anAnonymousTokenWithASecretWaitsForNoCommit()
{
    OtherConnection other(m_api->databasePath());
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const HttpReply anonymous = m_api->token("client_id=" + Market + "&client_secret="
        + QByteArray(ApiFixture::MarketplaceSecret) + "&grant_type=client_credentials&scope=public-read");
    const HttpReply integration = m_api->token("client_id=" + QByteArray(ApiFixture::IntegrationClientId)
        + "&client_secret=" + QByteArray(ApiFixture::IntegrationSecret) + "&grant_type=client_credentials");
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

    QCOMPARE(anonymous.status, 200);
    QCOMPARE(anonymous.json().value(QLatin1String("scope")).toString(), QStringLiteral("public-read"));
    QVERIFY(anonymous.json().value(QLatin1String("refresh_token")).isUndefined());
    // The integration grant starts a family: it does wait for its commit.
    QCOMPARE(integration.status, 503);
}

// Integration tokens share commits like rotations do; the writer only decides them, and each answer
// (its access token signed afterwards on a network thread) names a family that is already stored.
void TestGroupCommit::parallelIntegrationTokensAreAllSavedBeforeTheyAreAnswered()
{
    constexpr int Grants = 24;
    const std::vector<RawResponse> replies = postAtOnce(m_api->port(), QList<QByteArray>(Grants, integrationForm()));

    OtherConnection other(m_api->databasePath());
    QVERIFY(other.isOpen());
    QSet<QString> families;
    for (int i = 0; i < Grants; ++i) {
        const RawResponse &reply = replies[static_cast<size_t>(i)];
        QVERIFY2(reply.status == 200,
            qPrintable(QStringLiteral("grant %1: %2 %3").arg(i).arg(reply.status).arg(QString::fromUtf8(reply.body))));
        const QJsonObject claims = accessClaimsOf(reply.body);
        QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("integ"));
        const QString familyId = claims.value(QLatin1String("fid")).toString();
        QVERIFY(!familyId.isEmpty());
        // Answered means committed: another connection already sees the family.
        QVERIFY2(other.hasFamily(familyId), qPrintable(QStringLiteral("grant %1").arg(i)));
        families.insert(familyId);
        // The access token it was answered with is live for the API.
        const QByteArray accessToken
            = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("access_token")).toString().toLatin1();
        const HttpReply introspected = m_api->http().postForm(QStringLiteral("/v1/auth/introspect"),
            "client_id=" + QByteArray(ApiFixture::IntegrationClientId)
                + "&client_secret=" + QByteArray(ApiFixture::IntegrationSecret) + "&token=" + accessToken);
        QCOMPARE(introspected.status, 200);
        QCOMPARE(introspected.json().value(QLatin1String("active")).toBool(), true);
    }
    QCOMPARE(families.size(), Grants);
}

// While another process holds the write lock past the busy timeout, every grant queued for a commit
// (integration tokens and rotations alike) is refused with 503 and stores nothing.
void TestGroupCommit::everyGrantOfABatchThatCannotBeSavedIsRefused()
{
    const QByteArray token = refreshTokenOf(QJsonDocument(m_api->login()).toJson());
    QVERIFY(!token.isEmpty());
    OtherConnection other(m_api->databasePath());
    QVERIFY(other.isOpen());
    const int familiesBefore = other.families();

    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const std::vector<RawResponse> replies
        = postAtOnce(m_api->port(), { integrationForm(), refreshForm(token), integrationForm() }, 40000);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

    for (const RawResponse &reply : replies) {
        QCOMPARE(reply.status, 503);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("temporarily_unavailable"));
        QVERIFY(body.value(QLatin1String("access_token")).isUndefined());
    }
    QCOMPARE(other.families(), familiesBefore);
    QVERIFY(other.isLiveHead(token));
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
