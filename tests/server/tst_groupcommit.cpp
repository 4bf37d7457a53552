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
    const quint16 port = m_api->port();
    std::vector<RawResponse> replies(Sessions);
    QList<QThread *> threads;
    for (int i = 0; i < Sessions; ++i) {
        threads << QThread::create([&, i] {
            RawConnection connection(port);
            connection.send(RawConnection::request("POST", "/v1/auth/token", port,
                "Content-Type: application/x-www-form-urlencoded\r\n", refreshForm(tokens[static_cast<size_t>(i)])));
            replies[static_cast<size_t>(i)] = connection.readResponse(20000);
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }

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

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
