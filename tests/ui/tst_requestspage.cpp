#include "apifixture.h"
#include "server/authserver.h"
#include "services/applicationservice.h"
#include "services/auditlog.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "ui/requestdetailpane.h"
#include "ui/requestlogmodel.h"
#include "ui/requestspage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace authdesk;

namespace {

const QString WrongPassword = QStringLiteral("wrong-horse-battery");

} // namespace

class TestRequestsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsAWrongPasswordWithItsReasonAndNoPassword();
    void loadsWhatWasLoggedBefore();
    void pauseResumeAndClear();
    void copyAsCurlIsRedacted();
    void copyAsCurlShowsBasicAuthentication();
    void detailPaneShowsTheWholeDecision();
    void corsRefusalIsFixedInOneClick();
    void everyEntryNamesItsEndpointTheSameWay();

private:
    HttpReply wrongPassword();

    ApiFixture m_fixture;
};

void TestRequestsPage::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestRequestsPage::init()
{
    m_fixture.services().requestLog().clear();
}

HttpReply TestRequestsPage::wrongPassword()
{
    return m_fixture.token("grant_type=password&username=joe%40example.com&scope=user&password="
        + WrongPassword.toLatin1() + "&client_id=" + ApiFixture::MarketplaceClientId);
}

void TestRequestsPage::showsAWrongPasswordWithItsReasonAndNoPassword()
{
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(wrongPassword().status, 401);

    QTRY_COMPARE(page.model()->rowCount(), 1);
    const RequestLogModel &model = *page.model();
    QVERIFY2(model.index(0, RequestLogModel::Reason).data().toString().startsWith(QStringLiteral("wrong password")),
        qPrintable(model.index(0, RequestLogModel::Reason).data().toString()));
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("401 invalid_grant"));
    QCOMPARE(model.index(0, RequestLogModel::Grant).data().toString(), QStringLiteral("password"));
    // A known client by its application's name; the client ID it sent in the tooltip.
    QCOMPARE(model.index(0, RequestLogModel::Client).data().toString(), QStringLiteral("Web shop"));
    QCOMPARE(model.index(0, RequestLogModel::Client).data(Qt::ToolTipRole).toString(),
        QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QCOMPARE(model.index(0, RequestLogModel::Endpoint).data().toString(), QStringLiteral("token"));

    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                QVERIFY(!model.index(row, column).data(role).toString().contains(WrongPassword));
        }
        for (const auto &[name, value] : model.decision(row).parameters)
            QVERIFY2(!value.contains(WrongPassword), qPrintable(name));
    }
}

void TestRequestsPage::loadsWhatWasLoggedBefore()
{
    QCOMPARE(wrongPassword().status, 401);
    QCOMPARE(wrongPassword().status, 401);
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    QCOMPARE(page.model()->rowCount(), 2);
    QCoreApplication::processEvents(); // the queued signals of those two must not add them again
    QCOMPARE(page.model()->rowCount(), 2);
}

void TestRequestsPage::pauseResumeAndClear()
{
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    QCOMPARE(wrongPassword().status, 401);
    QTRY_COMPARE(page.model()->rowCount(), 1);

    page.pauseButton()->click();
    QVERIFY(page.model()->isPaused());
    QCOMPARE(page.pauseButton()->text(), QStringLiteral("&Resume"));
    QCOMPARE(wrongPassword().status, 401);
    QCOMPARE(wrongPassword().status, 401);
    QTRY_COMPARE(page.model()->missed(), 2);
    QCOMPARE(page.model()->rowCount(), 1);

    page.pauseButton()->click();
    QVERIFY(!page.model()->isPaused());
    QCOMPARE(wrongPassword().status, 401);
    QTRY_COMPARE(page.model()->rowCount(), 2);

    page.clear();
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(m_fixture.services().requestLog().snapshot().isEmpty());
    page.refresh(); // F5 does not bring them back
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestRequestsPage::copyAsCurlIsRedacted()
{
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    QCOMPARE(wrongPassword().status, 401);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.selectedAsCurl().isEmpty());
    page.view()->selectRow(0);

    const QString curl = page.selectedAsCurl();
    QVERIFY2(curl.startsWith(QStringLiteral("curl -X POST '") + m_fixture.server().baseUrl().toString()
                 + QStringLiteral("/v1/auth/token'")),
        qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("[redacted]")));
    QVERIFY(curl.contains(QStringLiteral("-d 'password=[redacted]'")));
    QVERIFY(curl.contains(QStringLiteral("-d 'username=joe@example.com'")));
    QVERIFY(!curl.contains(WrongPassword));

    page.copySelectedAsCurl();
    QCOMPARE(QGuiApplication::clipboard()->text(), curl);
}

void TestRequestsPage::copyAsCurlShowsBasicAuthentication()
{
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    const QByteArray credentials
        = QByteArray(QByteArray(ApiFixture::IntegrationClientId) + ':' + ApiFixture::IntegrationSecret).toBase64();
    const HttpReply reply
        = m_fixture.token("grant_type=client_credentials&scope=integ", { { "Authorization", "Basic " + credentials } });
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.view()->selectRow(0);
    const QString curl = page.selectedAsCurl();
    QVERIFY2(
        curl.contains(QStringLiteral("-u '%1:[redacted]'").arg(QString::fromLatin1(ApiFixture::IntegrationClientId))),
        qPrintable(curl));
    QVERIFY(!curl.contains(QString::fromLatin1(ApiFixture::IntegrationSecret)));
    QVERIFY(!curl.contains(QString::fromLatin1(credentials)));
}

void TestRequestsPage::detailPaneShowsTheWholeDecision()
{
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    QCOMPARE(m_fixture
                 .token("grant_type=password&username=joe%40example.com&scope=user&password=" + WrongPassword.toLatin1()
                         + "&client_id=" + ApiFixture::MarketplaceClientId,
                     { { "User-Agent", "curious-client/2.1" }, { "Cookie", "session=cookie-secret-123" } })
                 .status,
        401);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.detailPane()->text().isEmpty());
    page.view()->selectRow(0);

    const QString detail = page.detailPane()->text();
    for (const QString &shown : { QStringLiteral("POST /v1/auth/token"), QStringLiteral("401 invalid_grant"),
             QStringLiteral("wrong password"), QStringLiteral("127.0.0.1"), QStringLiteral("curious-client/2.1"),
             QStringLiteral("username=joe@example.com"), QStringLiteral("password=[redacted]"),
             QStringLiteral("Cookie: [redacted]"), QStringLiteral("\"error\":\"invalid_grant\"") })
        QVERIFY2(
            detail.contains(shown, Qt::CaseInsensitive), qPrintable(shown + QStringLiteral(" not in:\n") + detail));
    QVERIFY(!detail.contains(WrongPassword));
    QVERIFY(!detail.contains(QStringLiteral("cookie-secret-123")));
    QVERIFY(page.detailPane()->allowButton()->isHidden()); // not a CORS refusal

    // Copy as curl says what it left out.
    page.copySelectedAsCurl();
    QVERIFY2(
        page.noticeLabel()->text().contains(QStringLiteral("placeholder")), qPrintable(page.noticeLabel()->text()));
}

void TestRequestsPage::corsRefusalIsFixedInOneClick()
{
    const QByteArray origin = "http://localhost:4000";
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    page.show();
    const QByteArray form = "grant_type=password&username=joe%40example.com&scope=user&password="
        + WrongPassword.toLatin1() + "&client_id=" + ApiFixture::MarketplaceClientId;
    QCOMPARE(m_fixture.token(form, { { "Origin", origin } }).status, 403);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(
        page.model()->index(0, RequestLogModel::Status).data().toString(), QStringLiteral("403 origin_not_allowed"));
    page.view()->selectRow(0);
    QVERIFY(page.detailPane()->text().contains(QStringLiteral("Origin: http://localhost:4000"), Qt::CaseInsensitive));

    QPushButton *allow = page.detailPane()->allowButton();
    QVERIFY(allow->isVisible());
    QCOMPARE(allow->text(), QStringLiteral("Allow http://localhost:4000 for Web shop"));
    allow->click();

    // Done, said on the page, recorded in the audit log with the operator's name...
    QVERIFY2(page.detailPane()->outcomeLabel()->text().startsWith(QStringLiteral("Done")),
        qPrintable(page.detailPane()->outcomeLabel()->text()));
    QVERIFY(allow->isHidden());
    const Result<std::optional<Application>> shop
        = m_fixture.services().applications().find(QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QVERIFY(shop && shop->has_value());
    QVERIFY((*shop)->settings.corsOrigins.contains(QString::fromLatin1(origin)));
    const Result<QList<AuditEvent>> events = m_fixture.services().audit().list({}, 1, 0);
    QVERIFY(events && !events->isEmpty());
    QCOMPARE(events->first().action, QStringLiteral("application.allow_origin"));
    QCOMPARE(events->first().actor, QStringLiteral("tester"));
    QVERIFY(events->first().reason.contains(QStringLiteral("Web shop")));

    // ... and the same request now passes the CORS check (a wrong password is the grant's answer).
    const HttpReply again = m_fixture.token(form, { { "Origin", origin } });
    QCOMPARE(again.status, 401);
    QCOMPARE(again.header("Access-Control-Allow-Origin"), origin);
}

void TestRequestsPage::everyEntryNamesItsEndpointTheSameWay()
{
    RequestsPage page(m_fixture.services().requestLog(), m_fixture.services().applications(), &m_fixture.server(),
        QStringLiteral("tester"));
    // A grant's answer (logged by the token endpoint), a CORS refusal (logged in front of it) and an
    // API stand-in's error (logged by its route).
    QCOMPARE(wrongPassword().status, 401);
    const QByteArray form
        = "grant_type=client_credentials&scope=public-read&client_id=" + QByteArray(ApiFixture::MarketplaceClientId);
    QCOMPARE(m_fixture.token(form, { { "Origin", "http://localhost:4001" } }).status, 403);
    QCOMPARE(m_fixture.http().get(QStringLiteral("/v1/api/current_user/show")).status, 401);
    QTRY_COMPARE(page.model()->rowCount(), 3);

    const RequestLogModel &model = *page.model();
    QStringList endpoints;
    for (int row = model.rowCount() - 1; row >= 0; --row)
        endpoints << model.index(row, RequestLogModel::Endpoint).data().toString();
    QCOMPARE(endpoints,
        (QStringList { QStringLiteral("token"), QStringLiteral("token"), QStringLiteral("api/current_user/show") }));
    // The path is in the tooltip and the detail pane.
    QCOMPARE(
        model.index(1, RequestLogModel::Endpoint).data(Qt::ToolTipRole).toString(), QStringLiteral("/v1/auth/token"));
    page.view()->selectRow(1);
    QVERIFY2(page.detailPane()->text().contains(QStringLiteral("POST /v1/auth/token")),
        qPrintable(page.detailPane()->text()));

    // The same names for what the server logged with its path or its name, under a marketplace prefix too.
    TokenDecision decision;
    decision.path = QStringLiteral("/my-marketplace/v1/auth/revoke");
    decision.endpoint = decision.path;
    QCOMPARE(RequestLogModel::endpointName(decision), QStringLiteral("revoke"));
    decision.endpoint = QStringLiteral("revoke");
    QCOMPARE(RequestLogModel::endpointName(decision), QStringLiteral("revoke"));
    decision.path = decision.endpoint = QStringLiteral("/api/authorize-as");
    QCOMPARE(RequestLogModel::endpointName(decision), QStringLiteral("authorize-as"));
    decision.path = decision.endpoint = QStringLiteral("/health");
    QCOMPARE(RequestLogModel::endpointName(decision), QStringLiteral("health"));
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
