#include "apifixture.h"
#include "server/authserver.h"
#include "services/applicationservice.h"
#include "services/datachangenotifier.h"
#include "services/loginasservice.h"
#include "services/servicehub.h"
#include "storage/database.h"
#include "ui/mainwindow.h"
#include "ui/serverbanner.h"
#include "ui/tryitpage.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace authdesk;

// Issue #14: pages show what the services committed without F5 (points 1), and the server's state
// and the reason it is not running stay in sight, with a way out (point 6).
class TestLivePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tryItListsAnApplicationCreatedMeanwhile();
    void aPageReloadsWhenOpened();
    void changesFromServerThreadsArriveCoalesced();
    void refreshAndAboutAreInTheMenus();
    void theOperatorAnswersLoginAsApprovals();
    void aTakenPortShowsTheReasonAndAnotherPortFixesIt();

private:
    ConsoleContext context()
    {
        return { &m_fixture.services(), &m_fixture.server(), QStringLiteral("the key file /tmp/x"),
            QStringLiteral("tester") };
    }
    static QAction *action(MainWindow &window, const QString &name);
    QString createApplication(const QString &name);

    ApiFixture m_fixture;
};

void TestLivePages::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livepages"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY(m_fixture.start());
}

void TestLivePages::init()
{
    QSettings().clear();
}

QAction *TestLivePages::action(MainWindow &window, const QString &name)
{
    return window.menuBar()->findChild<QAction *>(name);
}

QString TestLivePages::createApplication(const QString &name)
{
    const Result<IssuedSecret> created
        = m_fixture.services().applications().create(name, ApplicationType::Marketplace, QStringLiteral("tester"));
    return created ? created->application.clientId : QString();
}

void TestLivePages::tryItListsAnApplicationCreatedMeanwhile()
{
    MainWindow window(context());
    window.showPage(MainWindow::Page::TryIt);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tryIt = qobject_cast<TryItPage *>(window.pageWidget(MainWindow::Page::TryIt));
    QVERIFY(tryIt);

    // Created through the service, as the Applications page or a seed would: no F5 in between.
    const QString clientId = createApplication(QStringLiteral("Created meanwhile"));
    QVERIFY(!clientId.isEmpty());
    QTRY_VERIFY(tryIt->applicationCombo()->findData(clientId) >= 0);
}

void TestLivePages::aPageReloadsWhenOpened()
{
    MainWindow window(context());
    window.showPage(MainWindow::Page::Server);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tryIt = qobject_cast<TryItPage *>(window.pageWidget(MainWindow::Page::TryIt));

    // Behind the notifier's back, as another process on the same database would.
    const QSignalBlocker silence(&m_fixture.services().changes());
    const QString clientId = createApplication(QStringLiteral("Created elsewhere"));
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(tryIt->applicationCombo()->findData(clientId), -1);

    window.showPage(MainWindow::Page::TryIt);
    QVERIFY(tryIt->applicationCombo()->findData(clientId) >= 0);
}

void TestLivePages::changesFromServerThreadsArriveCoalesced()
{
    DataChangeNotifier &changes = m_fixture.services().changes();
    // When each delivery arrives: coalescing means at most one per MinIntervalMs, however long the
    // burst takes on this machine (a slow machine only spreads them further apart).
    QElapsedTimer clock;
    clock.start();
    QList<qint64> deliveries;
    const QMetaObject::Connection delivered
        = connect(&changes, &DataChangeNotifier::sessionsChanged, this, [&] { deliveries << clock.elapsed(); });
    // A burst of logins on the server's threads.
    constexpr int Logins = 50;
    for (int i = 0; i < Logins; ++i)
        QCOMPARE(m_fixture
                     .token("grant_type=client_credentials&client_id=" + QByteArray(ApiFixture::MarketplaceClientId)
                         + "&scope=public-read")
                     .status,
            200);
    QTRY_VERIFY(!deliveries.isEmpty());
    disconnect(delivered);
    // QTimer's default (coarse) timers may fire up to 5% early; a millisecond is lost to rounding.
    constexpr qint64 MinGapMs = DataChangeNotifier::MinIntervalMs * 90 / 100;
    for (qsizetype i = 1; i < deliveries.size(); ++i) {
        QVERIFY2(deliveries[i] - deliveries[i - 1] >= MinGapMs,
            qPrintable(QStringLiteral("deliveries %1 ms apart").arg(deliveries[i] - deliveries[i - 1])));
    }
}

void TestLivePages::theOperatorAnswersLoginAsApprovals()
{
    // The approval page is served by the server, not the window: the console tells the service who
    // answers it, so the audit log names the operator of File > Settings (tst_loginas checks the log).
    const MainWindow window(context());
    QCOMPARE(m_fixture.services().loginAs().operatorName(), QStringLiteral("tester"));
}

void TestLivePages::refreshAndAboutAreInTheMenus()
{
    MainWindow window(context());
    QAction *refresh = action(window, QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QVERIFY(refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, (QStringList { QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help") }));
    QVERIFY(action(window, QStringLiteral("aboutAction")));
    QVERIFY(action(window, QStringLiteral("documentationAction")));
    QVERIFY(MainWindow::documentationUrl().isLocalFile());

    const QString about = window.aboutText();
    QVERIFY2(about.contains(QStringLiteral("9.8.7")), qPrintable(about));
    QVERIFY2(about.contains(m_fixture.database().location().toHtmlEscaped()), qPrintable(about));
    QVERIFY2(about.contains(m_fixture.server().baseUrl().toString()), qPrintable(about));
    QVERIFY2(about.contains(QStringLiteral("Data folder")), qPrintable(about));
}

void TestLivePages::aTakenPortShowsTheReasonAndAnotherPortFixesIt()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    const quint16 taken = other.serverPort();

    AuthServer &server = m_fixture.server();
    server.stop();
    MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!server.start(QHostAddress(QHostAddress::LocalHost), taken));

    ServerBanner *banner = window.serverBanner();
    QVERIFY(banner->isVisible());
    const QString reason = banner->message()->text();
    QVERIFY2(reason.contains(QStringLiteral("Port %1 is in use by another program").arg(taken)), qPrintable(reason));
    QVERIFY(banner->useAnotherPortButton()->isVisible());
    QCOMPARE(window.serverStatus()->text(), QStringLiteral("Server: not running"));
    // Permanent: a passing message (as a menu's help text shows) does not hide it.
    window.statusBar()->showMessage(QStringLiteral("Reload the page from the database."));
    QVERIFY(window.serverStatus()->isVisible());

    QTest::mouseClick(banner->useAnotherPortButton(), Qt::LeftButton);
    QVERIFY(server.isRunning());
    QVERIFY(server.port() != taken);
    const QString said = banner->message()->text();
    QVERIFY2(said.contains(QStringLiteral("now runs on port %1").arg(server.port())), qPrintable(said));
    QVERIFY(!banner->useAnotherPortButton()->isVisible());
    QCOMPARE(window.serverStatus()->text(), QStringLiteral("Server: running on %1").arg(server.baseUrl().toString()));
    QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestLivePages)
#include "tst_livepages.moc"
