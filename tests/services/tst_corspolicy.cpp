// CorsPolicy without a socket (spec section 6): which browser origins may call the API, from the
// global list and the enabled applications' own lists, on a real database, and how soon a change of
// an application shows.

#include "apifixture.h"
#include "services/applicationservice.h"
#include "services/corspolicy.h"
#include "services/servicehub.h"

#include <QTest>

using namespace authdesk;

namespace {

const QString Actor = QStringLiteral("tester");

} // namespace

class TestCorsPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isAllowed_data();
    void isAllowed();
    void changesShowAtTheNextRequest();
    void globalOriginsReplaceTheDefaults();

private:
    // A new marketplace application with these origins.
    QString createApplication(const QString &name, const QStringList &origins, bool enabled = true);

    ApiFixture m_api;
};

QString TestCorsPolicy::createApplication(const QString &name, const QStringList &origins, bool enabled)
{
    const Result<IssuedSecret> created
        = m_api.services().applications().create(name, ApplicationType::Marketplace, Actor);
    if (!created)
        return {};
    Application application = created->application;
    application.settings.corsOrigins = origins;
    application.enabled = enabled;
    return m_api.services().applications().update(application, Actor) ? application.clientId : QString();
}

void TestCorsPolicy::initTestCase()
{
    QVERIFY(m_api.startServices());
    QVERIFY(!createApplication(QStringLiteral("Shop B"), { QStringLiteral("https://shop.example") }).isEmpty());
    QVERIFY(!createApplication(QStringLiteral("Old shop"), { QStringLiteral("https://old.example") }, false).isEmpty());
}

void TestCorsPolicy::isAllowed_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("global default, localhost") << QStringLiteral("http://localhost:3000") << true;
    QTest::newRow("global default, 127.0.0.1") << QStringLiteral("http://127.0.0.1:3000") << true;
    QTest::newRow("an application's origin") << QStringLiteral("https://shop.example") << true;
    QTest::newRow("a disabled application's origin") << QStringLiteral("https://old.example") << false;
    QTest::newRow("another port") << QStringLiteral("http://localhost:3001") << false;
    QTest::newRow("another scheme") << QStringLiteral("http://shop.example") << false;
    QTest::newRow("with a trailing slash") << QStringLiteral("https://shop.example/") << false;
    QTest::newRow("in capitals") << QStringLiteral("HTTPS://SHOP.EXAMPLE") << false;
    QTest::newRow("a subdomain") << QStringLiteral("https://evil.shop.example") << false;
    QTest::newRow("null (a sandboxed page)") << QStringLiteral("null") << false;
    QTest::newRow("none") << QString() << false;
}

void TestCorsPolicy::isAllowed()
{
    QFETCH(QString, origin);
    QFETCH(bool, allowed);
    QCOMPARE(m_api.services().cors().isAllowed(origin), allowed);
}

void TestCorsPolicy::changesShowAtTheNextRequest()
{
    CorsPolicy &cors = m_api.services().cors();
    const QString first = QStringLiteral("https://first.example");
    const QString second = QStringLiteral("https://second.example");
    const QString clientId = createApplication(QStringLiteral("Changing shop"), { first });
    QVERIFY(!clientId.isEmpty());
    QVERIFY(cors.isAllowed(first));

    Application application = **m_api.services().applications().find(clientId);
    application.settings.corsOrigins = { second };
    QVERIFY(m_api.services().applications().update(application, Actor));
    QVERIFY(!cors.isAllowed(first));
    QVERIFY(cors.isAllowed(second));

    application.enabled = false;
    QVERIFY(m_api.services().applications().update(application, Actor));
    QVERIFY(!cors.isAllowed(second));

    QVERIFY(m_api.services().applications().remove(clientId, Actor));
    QVERIFY(!cors.isAllowed(second));
}

void TestCorsPolicy::globalOriginsReplaceTheDefaults()
{
    CorsPolicy &cors = m_api.services().cors();
    const QStringList defaults = cors.globalOrigins();
    QCOMPARE(defaults, CorsPolicy::defaultGlobalOrigins());
    cors.setGlobalOrigins({ QStringLiteral("https://console.example") });
    QVERIFY(cors.isAllowed(QStringLiteral("https://console.example")));
    QVERIFY(!cors.isAllowed(QStringLiteral("http://127.0.0.1:3000")));
    // The seeded application lists this one itself.
    QVERIFY(cors.isAllowed(QStringLiteral("http://localhost:3000")));
    cors.setGlobalOrigins(defaults);
}

QTEST_GUILESS_MAIN(TestCorsPolicy)
#include "tst_corspolicy.moc"
