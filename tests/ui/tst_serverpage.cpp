#include "apifixture.h"
#include "server/authserver.h"
#include "services/corspolicy.h"
#include "services/servicehub.h"
#include "ui/messagebox.h"
#include "ui/requestratechart.h"
#include "ui/serverpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace authdesk;

namespace {

const QString KeyFile = QStringLiteral("the key file /tmp/x");

} // namespace

class TestServerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsTheRunningServer();
    void stopAndStartAgain();
    void aPortInUseIsExplained();
    void showsWhereTheKeyLives();
    void remembersAllowedOrigins();
    void chartsRequestsPerSecond();
    void chartWindowMoves();

private:
    ApiFixture m_fixture;
};

void TestServerPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverpage"));
    QVERIFY(m_fixture.start());
}

void TestServerPage::init()
{
    QSettings().clear();
    if (!m_fixture.server().isRunning())
        QVERIFY(m_fixture.server().start(QHostAddress(QHostAddress::LocalHost), 0));
}

void TestServerPage::showsTheRunningServer()
{
    ServerPage page(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
    QCOMPARE(page.stateLabel()->text(), QStringLiteral("Running"));
    QCOMPARE(page.baseUrlField()->text(), m_fixture.server().baseUrl().toString());
    QVERIFY(page.baseUrlField()->text().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(page.addressField()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(page.portField()->value(), int(m_fixture.server().port()));
}

void TestServerPage::stopAndStartAgain()
{
    ServerPage page(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
    const QUrl before = m_fixture.server().baseUrl();
    QCOMPARE(HttpClient(before).get(QStringLiteral("/health")).status, 200);

    page.stop();
    QVERIFY(!m_fixture.server().isRunning());
    QVERIFY2(page.stateLabel()->text().startsWith(QStringLiteral("Stopped")), qPrintable(page.stateLabel()->text()));
    QVERIFY(page.baseUrlField()->text().isEmpty());
    QCOMPARE(HttpClient(before).get(QStringLiteral("/health")).status, 0);

    page.addressField()->setText(QStringLiteral("127.0.0.1"));
    page.portField()->setValue(0);
    QVERIFY(page.start());
    QCOMPARE(page.stateLabel()->text(), QStringLiteral("Running"));
    const QUrl after = m_fixture.server().baseUrl();
    QCOMPARE(page.baseUrlField()->text(), after.toString());
    QCOMPARE(HttpClient(after).get(QStringLiteral("/health")).status, 200);

    // Restart keeps what is typed: port 0 again picks a free port.
    page.portField()->setValue(0);
    QVERIFY(page.restart());
    QVERIFY(m_fixture.server().isRunning());
    QCOMPARE(HttpClient(m_fixture.server().baseUrl()).get(QStringLiteral("/health")).status, 200);
}

void TestServerPage::aPortInUseIsExplained()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress(QHostAddress::LocalHost), 0));
    ServerPage page(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
    page.stop();
    page.portField()->setValue(occupant.serverPort());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.start());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Port %1 is in use").arg(occupant.serverPort())),
        qPrintable(MessageBox::lastText()));
    // The page says why, not only that it is stopped.
    QCOMPARE(page.stateLabel()->text(),
        QStringLiteral("Not running: Port %1 is in use by another program.").arg(occupant.serverPort()));

    page.addressField()->setText(QStringLiteral("not an address"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.start());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not an IP address")));
}

void TestServerPage::showsWhereTheKeyLives()
{
    ServerPage page(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
    QVERIFY(page.keyLocationLabel()->text().contains(QStringLiteral("the key file /tmp/x")));
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    const bool explainsKeychain = std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return label->text().contains(QStringLiteral("without --key-file")); });
    QVERIFY(explainsKeychain);

    ServerPage keychainPage(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(),
        QStringLiteral("the Secret Service keychain (service AuthDesk)"));
    const QList<QLabel *> keychainLabels = keychainPage.findChildren<QLabel *>();
    QVERIFY(std::none_of(keychainLabels.cbegin(), keychainLabels.cend(),
        [](const QLabel *label) { return label->text().contains(QStringLiteral("without --key-file")); }));
}

void TestServerPage::remembersAllowedOrigins()
{
    {
        ServerPage page(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
        QCOMPARE(page.allowedOrigins(),
            (QStringList { QStringLiteral("http://localhost:3000"), QStringLiteral("http://127.0.0.1:3000") }));
        auto *input = page.findChild<QListWidget *>(QStringLiteral("allowedOrigins"));
        QVERIFY(input);
        const QList<QLineEdit *> edits = page.findChildren<QLineEdit *>();
        QLineEdit *newOrigin = nullptr;
        for (QLineEdit *edit : edits) {
            if (edit->placeholderText().contains(QStringLiteral("5173")))
                newOrigin = edit;
        }
        QVERIFY(newOrigin);
        newOrigin->setText(QStringLiteral("http://localhost:5173/"));
        QTest::keyClick(newOrigin, Qt::Key_Return);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        newOrigin->setText(QStringLiteral("http://localhost:5173/path"));
        QTest::keyClick(newOrigin, Qt::Key_Return);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("without a path")));
    }
    // The server enforces the list at once...
    QVERIFY(m_fixture.services().cors().globalOrigins().contains(QStringLiteral("http://localhost:5173")));
    HttpClient http(m_fixture.server().baseUrl());
    const QByteArray form = "grant_type=client_credentials&client_id=" + QByteArray(ApiFixture::MarketplaceClientId);
    QCOMPARE(
        http.postForm(QStringLiteral("/v1/auth/token"), form, { { "Origin", "http://localhost:5173" } }).status, 200);
    QCOMPARE(
        http.postForm(QStringLiteral("/v1/auth/token"), form, { { "Origin", "http://evil.example" } }).status, 403);
    // ... and remembers it.
    m_fixture.services().cors().setGlobalOrigins({});
    ServerPage reopened(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
    QCOMPARE(m_fixture.services().cors().globalOrigins(), reopened.allowedOrigins());
    QCOMPARE(reopened.allowedOrigins(),
        (QStringList { QStringLiteral("http://localhost:3000"), QStringLiteral("http://127.0.0.1:3000"),
            QStringLiteral("http://localhost:5173") }));
}

void TestServerPage::chartsRequestsPerSecond()
{
    ServerPage page(&m_fixture.server(), m_fixture.services().requestLog(), m_fixture.services().cors(), KeyFile);
    const int before = page.chart()->requestsInWindow();
    // The server may have moved to another port in an earlier test.
    HttpClient http(m_fixture.server().baseUrl());
    const QByteArray form = "grant_type=client_credentials&client_id=" + QByteArray(ApiFixture::MarketplaceClientId);
    QCOMPARE(http.postForm(QStringLiteral("/v1/auth/token"), form).status, 200);
    QTRY_COMPARE(page.chart()->requestsInWindow(), before + 1);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.chart()->repaint(); // paints without complaint
}

void TestServerPage::chartWindowMoves()
{
    RequestRateChart chart;
    const qint64 now = 2'000'000'000;
    chart.advanceTo(now);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    chart.addRequest(at);
    chart.addRequest(at);
    chart.addRequest(at.addSecs(-5));
    chart.addRequest(at.addSecs(-100)); // older than the window
    QCOMPARE(chart.perSecond().size(), RequestRateChart::Seconds);
    QCOMPARE(chart.perSecond().last(), 2);
    QCOMPARE(chart.perSecond().at(RequestRateChart::Seconds - 6), 1);
    QCOMPARE(chart.requestsInWindow(), 3);
    chart.advanceTo(now + 10);
    QCOMPARE(chart.perSecond().at(RequestRateChart::Seconds - 11), 2);
    QCOMPARE(chart.perSecond().last(), 0);
    chart.advanceTo(now + 60);
    QCOMPARE(chart.requestsInWindow(), 0);
}

QTEST_MAIN(TestServerPage)
#include "tst_serverpage.moc"
