// Issue 17: the Test controls page (time travel, fault rules) and the clock banner, on a real
// database and a running server: what the operator does there is what the server does next.

#include "apifixture.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "services/testcontrols.h"
#include "ui/requestlogmodel.h"
#include "ui/testcontrolspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace authdesk;

namespace {

const QByteArray Anonymous
    = QByteArrayLiteral("grant_type=client_credentials&client_id=") + ApiFixture::MarketplaceClientId;

} // namespace

class TestTestControlsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clockMovesAndTheBannerSaysSo();
    void addedRuleFaultsTheServerAndIsListed();
    void refusedRuleShowsWhy();
    void clearSelectedAndAll();
    void injectedAnswerIsMarkedOnTheRequestsPage();

private:
    TestControls &controls() { return m_api->services().testControls(); }
    void selectIn(QComboBox *box, const QVariant &data) { box->setCurrentIndex(box->findData(data)); }

    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<TestControlsPage> m_page;
    ClockBanner *m_banner = nullptr; // on the page, as it is on the window
};

void TestTestControlsPage::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    m_page = std::make_unique<TestControlsPage>(controls(), QStringLiteral("tester"));
    m_banner = new ClockBanner(controls(), QStringLiteral("tester"), m_page.get());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTestControlsPage::cleanup()
{
    m_banner = nullptr;
    m_page.reset();
    m_api.reset();
}

void TestTestControlsPage::clockMovesAndTheBannerSaysSo()
{
    QVERIFY(m_banner->isHidden());
    QVERIFY(m_page->clockLabel()->text().contains(QStringLiteral("real time")));
    m_page->offsetEdit()->setValue(960);
    QTest::mouseClick(m_page->setClockButton(), Qt::LeftButton);
    QCOMPARE(controls().clockOffsetSeconds(), 960);
    QCOMPARE(m_api->services().clock().now(), m_api->clock().now().addSecs(960));
    QVERIFY(m_page->clockLabel()->text().contains(QStringLiteral("+960")));
    QVERIFY(m_banner->isVisible());
    QVERIFY(m_banner->message()->text().contains(QStringLiteral("+960")));
    QVERIFY(m_page->errorLabel()->isHidden());

    // The banner's button is the way back.
    QTest::mouseClick(m_banner->resetButton(), Qt::LeftButton);
    QCOMPARE(controls().clockOffsetSeconds(), 0);
    QVERIFY(m_banner->isHidden());
    QVERIFY(m_page->clockLabel()->text().contains(QStringLiteral("real time")));
}

void TestTestControlsPage::addedRuleFaultsTheServerAndIsListed()
{
    selectIn(m_page->endpointBox(), QStringLiteral("token"));
    m_page->grantEdit()->setText(QStringLiteral("client_credentials"));
    selectIn(m_page->actionBox(), static_cast<int>(FaultRule::Action::Status));
    m_page->actionValueEdit()->setValue(503);
    selectIn(m_page->limitBox(), QStringLiteral("count"));
    m_page->limitValueEdit()->setValue(2);
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    QVERIFY2(m_page->errorLabel()->isHidden(), qPrintable(m_page->errorLabel()->text()));

    QCOMPARE(m_page->rulesTable()->rowCount(), 1);
    QCOMPARE(m_page->rulesTable()->item(0, 1)->text(), QStringLiteral("token, grant client_credentials"));
    QCOMPARE(m_page->rulesTable()->item(0, 2)->text(), QStringLiteral("answer 503"));
    QVERIFY(m_page->rulesTable()->item(0, 3)->text().startsWith(QStringLiteral("2 request")));
    // The same rule as a command, for a script.
    QVERIFY(m_page->rulesTable()->item(0, 1)->toolTip().endsWith(
        QStringLiteral("authdesk fault add --endpoint token --grant client_credentials --status 503 --count 2")));

    QCOMPARE(m_api->token(Anonymous).status, 503);
    QCOMPARE(m_api->token(Anonymous).status, 503);
    QCOMPARE(m_api->token(Anonymous).status, 200);
}

void TestTestControlsPage::refusedRuleShowsWhy()
{
    selectIn(m_page->endpointBox(), QStringLiteral("api"));
    m_page->grantEdit()->setText(QStringLiteral("password"));
    selectIn(m_page->actionBox(), static_cast<int>(FaultRule::Action::Drop));
    QVERIFY(!m_page->actionValueEdit()->isEnabled());
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    QVERIFY(m_page->errorLabel()->isVisible());
    QVERIFY(m_page->errorLabel()->text().contains(QStringLiteral("token endpoint")));
    QCOMPARE(m_page->rulesTable()->rowCount(), 0);
    QVERIFY(controls().faults()->isEmpty());
}

void TestTestControlsPage::clearSelectedAndAll()
{
    FaultRule rule;
    rule.endpoint = QStringLiteral("token");
    rule.status = 500;
    QVERIFY(controls().addFault(rule, 0, QStringLiteral("tester")));
    rule.endpoint = QStringLiteral("revoke");
    QVERIFY(controls().addFault(rule, 30, QStringLiteral("tester")));
    rule.endpoint = QStringLiteral("api");
    QVERIFY(controls().addFault(rule, 0, QStringLiteral("tester")));
    // Added elsewhere (here: the services directly), listed at once.
    QTRY_COMPARE(m_page->rulesTable()->rowCount(), 3);

    m_page->rulesTable()->selectRow(0);
    QTest::mouseClick(m_page->clearSelectedButton(), Qt::LeftButton);
    QCOMPARE(m_page->rulesTable()->rowCount(), 2);
    QCOMPARE(m_api->token(Anonymous).status, 200);

    QTest::mouseClick(m_page->clearAllButton(), Qt::LeftButton);
    QCOMPARE(m_page->rulesTable()->rowCount(), 0);
    QVERIFY(controls().faults()->isEmpty());
}

void TestTestControlsPage::injectedAnswerIsMarkedOnTheRequestsPage()
{
    FaultRule rule;
    rule.endpoint = QStringLiteral("token");
    rule.status = 429;
    rule.remaining = 1;
    QVERIFY(controls().addFault(rule, 0, QStringLiteral("tester")));
    QCOMPARE(m_api->token(Anonymous).status, 429);
    QCOMPARE(m_api->token(Anonymous).status, 200);
    const QList<TokenDecision> log = m_api->services().requestLog().snapshot();
    QStringList statuses;
    for (const TokenDecision &decision : log)
        statuses << RequestLogModel::statusText(decision);
    statuses.sort();
    QCOMPARE(statuses, QStringList({ QStringLiteral("200"), QStringLiteral("429 too_many_requests (injected)") }));
}

QTEST_MAIN(TestTestControlsPage)
#include "tst_testcontrolspage.moc"
