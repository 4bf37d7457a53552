// Issue #18: the console on a PostgreSQL database that goes away shows a banner ("Retrying...")
// while it is unreachable, hides it once the server is back, and works again without a restart.
// Runs on a cluster of its own (tests/faults/with-pg-cluster.sh), which it stops and starts.

#include "apifixture.h"
#include "serveprocess.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace authdesk;

namespace {

// pg_ctl on this test's own cluster (scripts/lib/pg-cluster.sh).
bool pgCtl(const QStringList &arguments)
{
    const ProcessResult result = runProcess(
        qEnvironmentVariable("AUTHDESK_FAULTS_PG_CTL"), arguments, QProcessEnvironment::systemEnvironment(), 60000);
    if (!result.ok || result.exitCode != 0) {
        qWarning() << "pg_ctl" << arguments << "failed:" << result.err;
        return false;
    }
    return true;
}

} // namespace

class TestDatabaseBanner : public QObject
{
    Q_OBJECT

private slots:
    void bannerWhileTheDatabaseIsAway();
};

void TestDatabaseBanner::bannerWhileTheDatabaseIsAway()
{
    if (qEnvironmentVariableIsEmpty("AUTHDESK_FAULTS_PG_CTL"))
        QSKIP("run through tests/faults/with-pg-cluster.sh, which starts a cluster this test may stop");
    ApiFixture api;
    QVERIFY(api.start());
    MainWindow window(
        ConsoleContext { &api.services(), nullptr, QStringLiteral("test key"), QStringLiteral("tester") });
    window.show();
    window.showPage(MainWindow::Page::Applications);
    auto *table = window.pageWidget(MainWindow::Page::Applications)->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(!window.databaseBanner()->isVisible());

    QVERIFY(pgCtl({ QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast") }));
    QTRY_VERIFY_WITH_TIMEOUT(window.databaseBanner()->isVisible(), 10000);
    QVERIFY2(window.databaseBanner()->text().contains(QStringLiteral("Retrying")),
        qPrintable(window.databaseBanner()->text()));
    QVERIFY(!api.services().applications().list());

    QVERIFY(pgCtl({ QStringLiteral("start") }));
    QTRY_VERIFY_WITH_TIMEOUT(!window.databaseBanner()->isVisible(), 10000);

    // The console works again on the same window: a change is saved and the page shows it.
    QVERIFY(api.services().applications().create(
        QStringLiteral("After the restart"), ApplicationType::Marketplace, QStringLiteral("tester")));
    window.showPage(MainWindow::Page::TestUsers);
    window.showPage(MainWindow::Page::Applications);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(table->model()->rowCount(), 3);
}

QTEST_MAIN(TestDatabaseBanner)
#include "tst_databasebanner.moc"
