// A refresh-token rotation is one transaction (spec section 3): a failure injected before each of
// its statements answers 503 + Retry-After, hands out no token, and leaves the presented token as
// the family's only head, so exactly one of old/new works afterwards: the old one.

#include "apifixture.h"
#include "services/servicehub.h"
#include "storage/tokenrepository.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <atomic>
#include <memory>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;

QByteArray refreshForm(const QByteArray &refreshToken)
{
    return "client_id=" + Market
        + "&grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(QString::fromLatin1(refreshToken));
}

QByteArray field(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toString().toLatin1();
}

// Counts what the database holds, independently of the repository under test.
int count(const TestDatabase &database, const QString &sql)
{
    int result = -1;
    const QString name = QStringLiteral("faults-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = database.addIndependentConnection(name);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestRotationFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failureLeavesTheOldTokenWorking_data();
    void failureLeavesTheOldTokenWorking();
    void everyStepIsReached();

private:
    std::unique_ptr<ApiFixture> m_api;
};

void TestRotationFaults::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
}

void TestRotationFaults::cleanup()
{
    if (m_api)
        m_api->services().tokenRepository().setFaultInjector({});
    m_api.reset();
}

void TestRotationFaults::failureLeavesTheOldTokenWorking_data()
{
    QTest::addColumn<QString>("step");
    for (const char *step : { "retire", "insert", "family", "commit" })
        QTest::newRow(step) << QString::fromLatin1(step);
}

void TestRotationFaults::failureLeavesTheOldTokenWorking()
{
    QFETCH(QString, step);
    const TestDatabase &db = m_api->testDatabase();
    const QByteArray r1 = field(m_api->login(), "refresh_token");
    QVERIFY(!r1.isEmpty());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens")), 1);

    // Fails the named step once; later rotations go through.
    auto fired = std::make_shared<std::atomic_int>(0);
    m_api->services().tokenRepository().setFaultInjector([step, fired](const QString &at) -> Result<void> {
        if (at == step && fired->fetch_add(1) == 0)
            return Error::storageUnavailable(QStringLiteral("injected fault before %1").arg(at));
        return {};
    });

    const HttpReply failed = m_api->token(refreshForm(r1));
    QCOMPARE(fired->load(), 1);
    QCOMPARE(failed.status, 503);
    QVERIFY(!failed.header("Retry-After").isEmpty());
    QCOMPARE(failed.json().value(QLatin1String("error")).toString(), QStringLiteral("temporarily_unavailable"));
    QVERIFY(!failed.json().contains(QLatin1String("access_token")));
    QVERIFY(!failed.json().contains(QLatin1String("refresh_token"))); // never a token that was not stored
    QCOMPARE(failed.header("Cache-Control"), QByteArray("no-store"));

    // Nothing of the rotation stayed: one token, still the head, no sealed successor, family untouched.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE retired_at IS NULL")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE sealed_successor IS NOT NULL")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM token_families WHERE revoked_at IS NULL")), 1);
    const Result<QList<TokenFamily>> families = m_api->services().tokenRepository().families(FamilyFilter(), 10, 0);
    QVERIFY(families);
    QCOMPARE(families->size(), 1);
    const Result<std::optional<RefreshTokenRecord>> head
        = m_api->services().tokenRepository().head(families->first().id);
    QVERIFY(head && head->has_value());
    QCOMPARE((*head)->tokenHash, QCryptographicHash::hash(r1, QCryptographicHash::Sha256));

    // The old token still refreshes (the client retries after Retry-After), and its successor works.
    const HttpReply retried = m_api->token(refreshForm(r1));
    QCOMPARE(retried.status, 200);
    const QByteArray r2 = field(retried.json(), "refresh_token");
    QVERIFY(!r2.isEmpty());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE retired_at IS NULL")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM token_families")), 1);
    const HttpReply next = m_api->token(refreshForm(r2));
    QCOMPARE(next.status, 200);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE retired_at IS NULL")), 1);
    QCOMPARE(fired->load(), 3); // the injector ran again on the retries, without failing them
}

// Guards the table above: each named step really is a step of rotate(), in this order.
void TestRotationFaults::everyStepIsReached()
{
    const QByteArray r1 = field(m_api->login(), "refresh_token");
    auto steps = std::make_shared<QStringList>();
    m_api->services().tokenRepository().setFaultInjector([steps](const QString &at) -> Result<void> {
        steps->append(at);
        return {};
    });
    QCOMPARE(m_api->token(refreshForm(r1)).status, 200);
    QCOMPARE(*steps,
        (QStringList {
            QStringLiteral("retire"), QStringLiteral("insert"), QStringLiteral("family"), QStringLiteral("commit") }));
}

QTEST_GUILESS_MAIN(TestRotationFaults)
#include "tst_rotationfaults.moc"
